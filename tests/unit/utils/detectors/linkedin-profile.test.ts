// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectLinkedInProfile } from '../../../../utils/detectors/linkedin-profile';
import { corpusFiles, readText } from '../../corpus';
import { documentOf, fixture } from '../../fixtures';

const detect = (file: string, url: string) => detectLinkedInProfile(documentOf(fixture(file)), url);

describe('detectLinkedInProfile on the classic logged-in layout', () => {
  const person = detect('linkedin/profile-classic.html', 'https://www.linkedin.com/in/ana-castillo-7b2a19/?miniProfileUrn=x');

  it('reads every field from the embedded API data first', () => {
    expect(person).toMatchObject({
      kind: 'linkedin-person',
      profileUrl: 'https://www.linkedin.com/in/ana-castillo-7b2a19',
      memberUrn: 'urn:li:fsd_profile:ACoAAB3x9QkBq7mZ',
      fullName: 'Ana Castillo',
      firstName: 'Ana',
      lastName: 'Castillo',
      headline: 'Head of Procurement at Globex | Strategic sourcing, supplier risk',
      title: 'Head of Procurement',
      company: 'Globex',
      companyUrl: 'https://www.linkedin.com/company/globex',
      location: 'Berlin, Germany',
      about: 'Twelve years buying for manufacturing. I look for suppliers who make risk visible early.',
    });
    expect(person?.photoUrl).toMatch(/^https:\/\/media\.licdn\.com\/dms\/image\/.*profile-displayphoto/);
  });

  it('lists the experience entries with their dates', () => {
    expect(person?.experience).toEqual([
      {
        title: 'Head of Procurement',
        company: 'Globex',
        companyUrl: 'https://www.linkedin.com/company/globex',
        dates: 'Mar 2021 - Present · 3 yrs 9 mos',
      },
      {
        title: 'Senior Buyer',
        company: 'Initech',
        companyUrl: 'https://www.linkedin.com/company/initech',
        dates: 'Jan 2016 - Feb 2021 · 5 yrs 2 mos',
      },
    ]);
  });

  it('reports which anchor produced each field', () => {
    expect(person?.anchors).toMatchObject({
      fullName: 'embedded-json',
      headline: 'embedded-json',
      title: 'experience-current',
      location: 'embedded-json',
      about: 'about-section',
      photoUrl: 'top-card-img',
      experience: 'experience-section',
    });
  });

  it('falls back to the markup when the embedded data is gone', () => {
    const doc = documentOf(fixture('linkedin/profile-classic.html'));
    for (const code of doc.querySelectorAll('code')) code.remove();
    const fallback = detectLinkedInProfile(doc, 'https://www.linkedin.com/in/ana-castillo-7b2a19/');
    expect(fallback).toMatchObject({
      fullName: 'Ana Castillo',
      headline: 'Head of Procurement at Globex | Strategic sourcing, supplier risk',
      location: 'Berlin, Germany',
      title: 'Head of Procurement',
      company: 'Globex',
    });
    expect(fallback?.anchors).toMatchObject({ fullName: 'top-card-h1', headline: 'top-card-text', location: 'top-card-text' });
    // First and last name come only from structured data: a full name is not split by guessing.
    expect(fallback?.firstName).toBeUndefined();
    expect(fallback?.lastName).toBeUndefined();
    expect(fallback?.memberUrn).toBeUndefined();
  });
});

describe('detectLinkedInProfile on the newer layout with hashed class names (German UI)', () => {
  const person = detect('linkedin/profile-hashed.html', 'https://www.linkedin.com/in/s%C3%B8ren-andersen-2c9e41/');

  it('reads fields through view names, headings and structure, not class names or English text', () => {
    expect(person).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/s%C3%B8ren-andersen-2c9e41',
      fullName: 'Søren Andersen',
      headline: 'Analyst bei Umbrella Health · Gesundheitsökonomie',
      title: 'Analyst',
      company: 'Umbrella Health',
      companyUrl: 'https://www.linkedin.com/company/umbrella-health',
      location: 'Kopenhagen, Hauptstadtregion, Dänemark',
      memberUrn: 'urn:li:fsd_profile:ACoAAC7kPqRs_x1',
    });
    expect(person?.experience.map((entry) => entry.title)).toEqual(['Analyst', 'Werkstudent Controlling']);
    expect(person?.anchors).toMatchObject({
      fullName: 'top-card-h1',
      headline: 'after-h1',
      location: 'after-headline',
      memberUrn: 'profile-urn-link',
    });
  });

  it('reports what the page does not show as missing', () => {
    expect(person?.about).toBeUndefined();
    expect(person?.firstName).toBeUndefined();
    expect(person?.anchors.about).toBeUndefined();
  });
});

describe('detectLinkedInProfile on the logged-out public profile', () => {
  const person = detect(
    'linkedin/profile-public.html',
    'https://www.linkedin.com/in/wei-zhang-initech?trk=people-guest_people_search-card',
  );

  it('reads the JSON-LD person and the public top card', () => {
    expect(person).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/wei-zhang-initech',
      fullName: 'Wei Zhang',
      firstName: 'Wei',
      lastName: 'Zhang',
      headline: 'IT Director at Initech',
      title: 'IT Director',
      company: 'Initech',
      companyUrl: 'https://www.linkedin.com/company/initech',
      location: 'Austin, Texas, United States, US',
      about: 'I run infrastructure for a 2,000-person company & care about boring, reliable systems.',
    });
    expect(person?.experience).toEqual([
      {
        title: 'IT Director',
        company: 'Initech',
        companyUrl: 'https://www.linkedin.com/company/initech',
        dates: 'Jun 2019 - Present 5 years 6 months',
      },
      {
        title: 'Systems Engineer',
        company: 'Hooli',
        companyUrl: 'https://www.linkedin.com/company/hooli',
        dates: 'Aug 2014 - May 2019 4 years 10 months',
      },
    ]);
    expect(person?.anchors).toMatchObject({ fullName: 'json-ld', firstName: 'meta', headline: 'public-top-card', photoUrl: 'json-ld' });
  });
});

describe('detectLinkedInProfile refuses what it does not understand', () => {
  it.each([
    ['a feed page', 'linkedin/profile-classic.html', 'https://www.linkedin.com/feed/'],
    ['another site', 'linkedin/profile-classic.html', 'https://example.com/in/ana'],
  ])('returns null on %s', (_label, file, url) => {
    expect(detect(file, url)).toBeNull();
  });

  it('returns null on a profile URL whose page has not rendered a name yet', () => {
    expect(
      detectLinkedInProfile(
        documentOf('<html><head><title>LinkedIn</title></head><body><main></main></body></html>'),
        'https://www.linkedin.com/in/x',
      ),
    ).toBeNull();
  });

  it('drops a field the schema refuses instead of losing the capture', () => {
    const doc = documentOf(fixture('linkedin/profile-hashed.html'));
    doc.querySelector('figure img')?.setAttribute('src', 'javascript:alert(1)');
    const person = detectLinkedInProfile(doc, 'https://www.linkedin.com/in/s%C3%B8ren-andersen-2c9e41/');
    expect(person?.fullName).toBe('Søren Andersen');
    expect(person?.photoUrl).toBeUndefined();
  });
});

describe('detectLinkedInProfile on real saved pages', () => {
  const pages = corpusFiles('linkedin', /\.html?$/).filter((file) => /\/in\/|profile/i.test(file));
  it.runIf(pages.length === 0)('has no saved LinkedIn profile pages in ../shared/corpus/linkedin yet (skipped)', () => {
    expect(pages).toEqual([]);
  });
  it.each(pages)('finds a named person in %s', (file) => {
    const html = readText(file);
    const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? 'https://www.linkedin.com/in/unknown';
    const person = detectLinkedInProfile(documentOf(html), url);
    expect(person?.fullName).toBeTruthy();
  });
});
