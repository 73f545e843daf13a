import { isEmailAddress } from './model/email-address';

// Identity: canonical URLs and alias keys, so the same person seen on a LinkedIn profile, in Sales
// Navigator, in a Gmail thread and in an import file is recognised as one contact.

const LINKEDIN_HOST = /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/i;

function parseUrl(raw: string, base?: string): URL | null {
  try {
    return new URL(raw.trim(), base);
  } catch {
    return null;
  }
}

/** A LinkedIn profile slug, decoded and lower-cased (slugs are case-insensitive on LinkedIn). */
function normaliseSlug(slug: string): string | null {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed percent escape: keep the raw slug rather than invent one.
  }
  const clean = decoded.trim().toLowerCase();
  return clean.length > 0 && clean.length <= 200 && !/[\s/?#]/.test(clean) ? clean : null;
}

/** `https://www.linkedin.com/in/<slug>` for any URL of a profile (locale hosts, query, trailing slash, subpages). */
export function canonicalProfileUrl(raw: string): string | null {
  const url = parseUrl(raw, 'https://www.linkedin.com');
  if (!url || !LINKEDIN_HOST.test(url.hostname)) return null;
  const match = /^\/(?:in|pub)\/([^/]+)/i.exec(url.pathname);
  const slug = match?.[1] ? normaliseSlug(match[1]) : null;
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}` : null;
}

/** `https://www.linkedin.com/company/<slug>` for any URL of a company page or its subpages. */
export function canonicalCompanyUrl(raw: string): string | null {
  const url = parseUrl(raw, 'https://www.linkedin.com');
  if (!url || !LINKEDIN_HOST.test(url.hostname)) return null;
  const match = /^\/(?:company|school|showcase)\/([^/]+)/i.exec(url.pathname);
  const slug = match?.[1] ? normaliseSlug(match[1]) : null;
  return slug ? `https://www.linkedin.com/company/${encodeURIComponent(slug)}` : null;
}

/** The Sales Navigator lead id from `/sales/lead/<id>,<auth>,<type>` or `/sales/people/<id>,…`. */
export function salesNavigatorLeadId(raw: string): string | null {
  const url = parseUrl(raw, 'https://www.linkedin.com');
  if (!url || !LINKEDIN_HOST.test(url.hostname)) return null;
  const match = /^\/sales\/(?:lead|people)\/([^,/]+)/i.exec(url.pathname);
  return match?.[1] ?? null;
}

export function profileAlias(url: string): string | null {
  const canonical = canonicalProfileUrl(url);
  return canonical ? `li:in:${canonical.slice('https://www.linkedin.com/in/'.length)}` : null;
}

export function companyAlias(url: string): string | null {
  const canonical = canonicalCompanyUrl(url);
  return canonical ? `li:company:${canonical.slice('https://www.linkedin.com/company/'.length)}` : null;
}

/** Member URNs look like `urn:li:fsd_profile:ACoAA…` or `urn:li:member:123`; the id part is kept. */
export function memberUrnAlias(urn: string): string | null {
  const match = /^urn:li:(?:fsd_profile|fs_miniProfile|fs_profile|member|person):([A-Za-z0-9_-]+)$/.exec(urn.trim());
  return match?.[1] ? `li:urn:${match[1]}` : null;
}

export function salesNavigatorAlias(url: string): string | null {
  const id = salesNavigatorLeadId(url);
  return id ? `li:sn:${id}` : null;
}

/** An address lower-cased (plus tags and quoted local parts kept as written), or null if it is none. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return isEmailAddress(email) ? email : null;
}

export function emailAlias(raw: string): string | null {
  const email = normaliseEmail(raw);
  return email ? `email:${email}` : null;
}

export function domainAlias(raw: string): string | null {
  const host = raw
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? `domain:${host}` : null;
}

export interface IdentityHints {
  linkedinUrl?: string | undefined;
  memberUrn?: string | undefined;
  salesNavigatorUrl?: string | undefined;
  emails?: readonly string[] | undefined;
}

/** Every alias key the hints yield, without duplicates, strongest first. */
export function aliasesFor(hints: IdentityHints): string[] {
  const keys = [
    hints.linkedinUrl ? profileAlias(hints.linkedinUrl) : null,
    hints.memberUrn ? memberUrnAlias(hints.memberUrn) : null,
    hints.salesNavigatorUrl ? salesNavigatorAlias(hints.salesNavigatorUrl) : null,
    ...(hints.emails ?? []).map(emailAlias),
  ];
  return [...new Set(keys.filter((key): key is string => key !== null))];
}

/** A name as names compare: without accents, case or punctuation ("Søren Andersen" ~ "soren andersen"). */
export function foldName(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Letters that do not decompose into a base letter and a mark.
      .replace(
        /[øđłħŧ]|æ|œ|ß|þ/g,
        (letter) => ({ ø: 'o', đ: 'd', ł: 'l', ħ: 'h', ŧ: 't', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' })[letter] ?? letter,
      )
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** Name + company key for "possible" matches that need a person's decision. */
export function nameCompanyKey(fullName: string, company: string | undefined): string | null {
  const name = foldName(fullName);
  const org = company ? foldName(company) : '';
  return name && org ? `${name}|${org}` : null;
}
