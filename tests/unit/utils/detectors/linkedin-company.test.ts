// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectLinkedInCompany } from '../../../../utils/detectors/linkedin-company';
import { documentOf, fixture } from '../../fixtures';

describe('detectLinkedInCompany', () => {
  it('reads a logged-in company About tab', () => {
    const company = detectLinkedInCompany(
      documentOf(fixture('linkedin/company-about.html')),
      'https://www.linkedin.com/company/globex/about/',
    );
    expect(company).toMatchObject({
      kind: 'linkedin-company',
      companyUrl: 'https://www.linkedin.com/company/globex',
      name: 'Globex',
      website: 'https://www.globex.example/',
      domain: 'globex.example',
      industry: 'Industrial Machinery Manufacturing',
      size: '1001-5000 employees',
      headquarters: 'Springfield, Oregon, US',
    });
    expect(company?.kind === 'linkedin-company' && company.anchors).toMatchObject({
      name: 'embedded-json',
      website: 'embedded-json',
      industry: 'embedded-json',
    });
  });

  it('falls back to the About list when the embedded data is gone', () => {
    const doc = documentOf(fixture('linkedin/company-about.html'));
    for (const code of doc.querySelectorAll('code')) code.remove();
    const company = detectLinkedInCompany(doc, 'https://www.linkedin.com/company/globex/about/');
    expect(company).toMatchObject({
      name: 'Globex',
      website: 'https://www.globex.example/',
      industry: 'Industrial Machinery Manufacturing',
      size: '1,001-5,000 employees',
      headquarters: 'Springfield, Oregon',
    });
    expect(company?.kind === 'linkedin-company' && company.anchors).toMatchObject({
      name: 'top-card-h1',
      website: 'about-list-link',
      size: 'about-list',
    });
  });

  it('reads a logged-out public company page, unwrapping the redirect link', () => {
    const company = detectLinkedInCompany(documentOf(fixture('linkedin/company-public.html')), 'https://www.linkedin.com/company/initech');
    expect(company).toMatchObject({
      companyUrl: 'https://www.linkedin.com/company/initech',
      name: 'Initech',
      website: 'https://initech.example.com/',
      domain: 'initech.example.com',
      industry: 'Computer Software',
      size: '1890 employees',
      headquarters: 'Austin, Texas, US',
    });
    const doc = documentOf(fixture('linkedin/company-public.html'));
    doc.querySelector('script[type="application/ld+json"]')?.remove();
    expect(detectLinkedInCompany(doc, 'https://www.linkedin.com/company/initech')).toMatchObject({
      name: 'Initech',
      website: 'https://initech.example.com/',
      size: '1,001-5,000 employees',
      headquarters: 'Austin, Texas',
    });
  });

  it('waits while the heading names another company than the tab title (an in-page move in progress)', () => {
    const doc = documentOf(fixture('linkedin/company-about.html'));
    for (const code of doc.querySelectorAll('code')) code.remove();
    doc.title = 'Initech: About | LinkedIn';
    expect(detectLinkedInCompany(doc, 'https://www.linkedin.com/company/initech/about/')?.kind).toBe('waiting');
  });

  it('returns null on pages that are not company pages', () => {
    expect(detectLinkedInCompany(documentOf(fixture('linkedin/company-public.html')), 'https://www.linkedin.com/in/initech')).toBeNull();
  });
});
