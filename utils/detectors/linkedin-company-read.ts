import type { z } from 'zod';
import { canonicalCompanyUrl, foldName } from '../identity';
import type { CompanyCapture } from '../model/capture';
import { AnchorLog, absoluteHttpUrl, clean, embeddedEntities, isRecord, jsonLdOfType, meta, str } from './anchors';
import type { RawWaiting } from './reads';

// Reads a LinkedIn company page, logged in (any tab of it) or the logged-out public page. Company
// pages were still the classic layout in July–August 2026 and no server-driven company page has
// been observed (EVIDENCE C1, C2). Free of Zod at run time; check-capture.ts checks what it returns.

export type RawCompany = z.input<typeof CompanyCapture>;

/** "(2) Globex: About | LinkedIn", "Globex - Overview | LinkedIn" → "Globex" (TT3). */
function titleCompany(doc: Document): string | undefined {
  const match = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/.exec(doc.title.trim());
  return clean(match?.[1]?.split(/:\s| [-–] /)[0]);
}

const BASE = 'https://www.linkedin.com/';
const COMPANY_TYPE = /organization\.(Company|Organization)$/;

/** The public page's about list: `data-test-id="about-us__<field>"` items holding a `dd`. */
function aboutUs(doc: Document, field: string): string | undefined {
  const item = doc.querySelector(`[data-test-id="about-us__${field}"]`);
  return clean((item?.querySelector('dd') ?? item)?.textContent);
}

/** LinkedIn wraps outbound links in /redir/redirect?url=…; the real address is the `url` parameter. */
function unwrapRedirect(href: string | null | undefined): string | undefined {
  const url = absoluteHttpUrl(href, BASE);
  if (!url) return undefined;
  const parsed = new URL(url);
  if (/linkedin\.com$/.test(parsed.hostname)) {
    const target = parsed.searchParams.get('url');
    return target ? absoluteHttpUrl(target, BASE) : undefined;
  }
  return url;
}

function domainOf(website: string | undefined): string | undefined {
  if (!website) return undefined;
  try {
    return new URL(website).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The about page's definition list: the `dd` after a `dt` whose heading is one of the given labels. */
function definition(doc: Document, labels: RegExp): string | undefined {
  for (const dt of doc.querySelectorAll('dl dt')) {
    if (labels.test(clean(dt.textContent) ?? '')) return clean(dt.nextElementSibling?.textContent);
  }
  return undefined;
}

export function readLinkedInCompany(doc: Document, url: string): RawCompany | RawWaiting | null {
  const urlCompany = canonicalCompanyUrl(url);
  if (!urlCompany) return null;
  const slug = urlCompany.split('/company/')[1] ?? '';
  const log = new AnchorLog();
  const org = jsonLdOfType(doc, 'Organization');
  const entity = embeddedEntities(doc).find(
    (item) =>
      typeof item.$type === 'string' &&
      COMPANY_TYPE.test(item.$type) &&
      String(item.universalName ?? '').toLowerCase() === decodeURIComponent(slug),
  );
  const topCard =
    doc.querySelector('.org-top-card, [data-view-name="organization-top-card"], section.top-card-layout') ??
    doc.querySelector('main h1')?.closest('section');

  const companyUrl = urlCompany;
  log.hits.companyUrl = 'url';

  const name = log.first('name', [
    ['json-ld', () => str(org?.name)],
    ['embedded-json', () => str(entity?.name)],
    ['top-card-h1', () => clean(topCard?.querySelector('h1')?.textContent)],
    ['og-title', () => clean(meta(doc, 'og:title')?.replace(/\s*\|\s*LinkedIn$/, ''))],
    ['title', () => clean(doc.title.replace(/^\(\d+\+?\)\s*/, '').split(/ [|–] /)[0])],
  ]);
  if (!name || /^linkedin$/i.test(name)) return null;
  // After an in-page move between companies the previous one's heading can linger while the tab's
  // title already names the next (or the other way round): wait until they agree.
  const named = titleCompany(doc);
  if (log.hits.name === 'top-card-h1' && named && foldName(named) !== foldName(name)) return { kind: 'waiting', site: 'linkedin', url };

  const website = log.first('website', [
    ['json-ld', () => absoluteHttpUrl(str(org?.sameAs), BASE)],
    ['embedded-json', () => absoluteHttpUrl(str(entity?.websiteUrl) ?? str(entity?.companyPageUrl), BASE)],
    ['public-about', () => unwrapRedirect(doc.querySelector('[data-test-id="about-us__website"] a')?.getAttribute('href'))],
    [
      'tracking-control',
      () =>
        unwrapRedirect(
          doc
            .querySelector('a[data-tracking-control-name$="_website"], a[data-control-name="visit_company_website"]')
            ?.getAttribute('href'),
        ),
    ],
    // The logged-in about tab: the one outbound link inside its definition list.
    [
      'about-list-link',
      () => unwrapRedirect(doc.querySelector('dl a[href^="http"]:not([href*="linkedin.com/company"])')?.getAttribute('href')),
    ],
  ]);
  const domain = log.first('domain', [['website', () => domainOf(website)]]);

  const industry = log.first('industry', [
    [
      'embedded-json',
      () => {
        const industries = entity?.industries ?? entity?.companyIndustries;
        const first = Array.isArray(industries) ? industries[0] : undefined;
        return typeof first === 'string' ? clean(first) : isRecord(first) ? str(first.localizedName) : undefined;
      },
    ],
    ['public-about', () => aboutUs(doc, 'industry') ?? aboutUs(doc, 'industries')],
    ['about-list', () => definition(doc, /^(Industry|Branche|Industrie|Sector|Secteur|Settore)$/i)],
    ['top-card-info', () => clean(topCard?.querySelector('.org-top-card-summary-info-list__info-item')?.textContent)],
  ]);

  const size = log.first('size', [
    [
      'embedded-json',
      () => {
        const range = entity?.staffCountRange ?? entity?.employeeCountRange;
        if (!isRecord(range) || typeof range.start !== 'number') return undefined;
        return typeof range.end === 'number' ? `${range.start}-${range.end} employees` : `${range.start}+ employees`;
      },
    ],
    [
      'json-ld',
      () =>
        isRecord(org?.numberOfEmployees) && typeof org.numberOfEmployees.value === 'number'
          ? `${org.numberOfEmployees.value} employees`
          : undefined,
    ],
    ['public-about', () => aboutUs(doc, 'size')],
    [
      'about-list',
      () => definition(doc, /^(Company size|Unternehmensgröße|Taille de l’entreprise|Taille de l'entreprise|Tamaño de la empresa)$/i),
    ],
  ]);

  const headquarters = log.first('headquarters', [
    [
      'embedded-json',
      () => {
        const hq = entity?.headquarter ?? entity?.headquarters;
        if (!isRecord(hq)) return undefined;
        const address = isRecord(hq.address) ? hq.address : hq;
        return clean([str(address.city), str(address.geographicArea), str(address.country)].filter(Boolean).join(', '));
      },
    ],
    [
      'json-ld',
      () => {
        const address = isRecord(org?.address) ? org.address : undefined;
        return clean([str(address?.addressLocality), str(address?.addressRegion), str(address?.addressCountry)].filter(Boolean).join(', '));
      },
    ],
    ['public-about', () => aboutUs(doc, 'headquarters')],
    ['about-list', () => definition(doc, /^(Headquarters|Hauptsitz|Siège social|Sede)$/i)],
  ]);

  const logoUrl = log.first('logoUrl', [
    ['json-ld', () => absoluteHttpUrl(str(isRecord(org?.logo) ? org.logo.contentUrl : org?.logo), BASE)],
    ['top-card-img', () => absoluteHttpUrl(topCard?.querySelector('img[class*="logo"]')?.getAttribute('src'), BASE)],
  ]);

  const layout = doc.querySelector('section.top-card-layout') || org ? 'public' : 'classic';
  return { kind: 'linkedin-company', layout, companyUrl, name, website, domain, industry, size, headquarters, logoUrl, anchors: log.hits };
}
