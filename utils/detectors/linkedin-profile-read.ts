import { canonicalCompanyUrl, canonicalProfileUrl, salesNavigatorLeadId } from '../identity';
import { AnchorLog, absoluteHttpUrl, clean, embeddedEntities, isRecord, jsonLdOfType, meta, str, textOf } from './anchors';

// Reads a LinkedIn person page (logged-in profile in its several layouts, the logged-out public
// profile, a Sales Navigator lead). Kept free of Zod so the content script stays tiny; the
// validated entry point is detectLinkedInProfile in linkedin-profile.ts.

export interface RawExperience {
  title?: string | undefined;
  company?: string | undefined;
  companyUrl?: string | undefined;
  dates?: string | undefined;
}

export interface RawPerson {
  kind: 'linkedin-person';
  profileUrl?: string | undefined;
  salesNavigatorUrl?: string | undefined;
  memberUrn?: string | undefined;
  fullName: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
  headline?: string | undefined;
  title?: string | undefined;
  company?: string | undefined;
  companyUrl?: string | undefined;
  location?: string | undefined;
  photoUrl?: string | undefined;
  about?: string | undefined;
  experience: RawExperience[];
  anchors: Record<string, string>;
}

const BASE = 'https://www.linkedin.com/';
const PROFILE_TYPE = /identity\.profile\.Profile$|identity\.shared\.MiniProfile$/;

function slugOfUrl(url: string): string | undefined {
  return canonicalProfileUrl(url)?.split('/in/')[1];
}

/** The embedded API entity of the person this page is about, matched on its public identifier. */
function embeddedProfile(doc: Document, slug: string | undefined): Record<string, unknown> | undefined {
  const profiles = embeddedEntities(doc).filter((entity) => typeof entity.$type === 'string' && PROFILE_TYPE.test(entity.$type));
  const bySlug = profiles.find(
    (entity) => slug !== undefined && decodeURIComponent(String(entity.publicIdentifier ?? '')).toLowerCase() === slug,
  );
  return bySlug ?? (profiles.length === 1 ? profiles[0] : undefined);
}

/** The top card: LinkedIn's classic class, the newer view names, or the section holding the page's h1. */
function topCard(doc: Document): Element | undefined {
  return (
    doc.querySelector('.pv-top-card, [data-view-name="profile-top-card"], section.top-card-layout, [data-member-id]') ??
    doc.querySelector('main h1')?.closest('section') ??
    undefined
  );
}

function h1Name(card: Element | undefined): string | undefined {
  return clean(card?.querySelector('h1')?.textContent);
}

/** Experience list items: the section anchored by `#experience` (logged in) or public `experience-item`s. */
function experienceItems(doc: Document): Element[] {
  const anchor = doc.getElementById('experience');
  const section = anchor?.closest('section');
  if (section) return [...section.querySelectorAll(':scope ul > li')].filter((li) => li.parentElement?.closest('li') === null);
  return [...doc.querySelectorAll('li.experience-item, li.profile-section-card.experience-item')];
}

function readExperience(item: Element): RawExperience {
  // Public profile: titled sub-elements.
  const publicTitle = item.querySelector('.experience-item__title, .profile-section-card__title');
  if (publicTitle) {
    const companyLink = item.querySelector<HTMLAnchorElement>('.experience-item__subtitle a, .profile-section-card__subtitle a');
    return {
      title: clean(publicTitle.textContent),
      company: clean(item.querySelector('.experience-item__subtitle, .profile-section-card__subtitle')?.textContent),
      companyUrl: companyLink
        ? (canonicalCompanyUrl(companyLink.href || (companyLink.getAttribute('href') ?? '')) ?? undefined)
        : undefined,
      dates: clean(item.querySelector('.date-range')?.textContent),
    };
  }
  // Logged-in layouts: the visible lines, in order: title, "Company · Employment type", dates.
  const lines = [...item.querySelectorAll('span[aria-hidden="true"]')]
    .map((span) => clean(span.textContent))
    .filter((line): line is string => line !== undefined);
  const companyHref = [...item.querySelectorAll('a[href*="/company/"]')].map((a) => a.getAttribute('href') ?? '')[0];
  const dateLine = lines.find((line) => /\b(19|20)\d{2}\b/.test(line));
  const [title, companyLine] = lines;
  return {
    title,
    company: companyLine && companyLine !== dateLine ? clean(companyLine.split(' · ')[0]) : undefined,
    companyUrl: companyHref ? (canonicalCompanyUrl(companyHref) ?? undefined) : undefined,
    dates: dateLine,
  };
}

/** An entry is current when its date range has no end year after the dash ("2021 – Present", "2021 - heute"). */
function isCurrent(entry: RawExperience): boolean {
  return entry.dates !== undefined && !/[-–]\s*[^·]*\b(19|20)\d{2}\b/.test(entry.dates);
}

function jsonLdPerson(doc: Document): Record<string, unknown> | undefined {
  return jsonLdOfType(doc, 'Person');
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export function readLinkedInProfile(doc: Document, url: string): RawPerson | null {
  const leadId = salesNavigatorLeadId(url);
  const urlProfile = canonicalProfileUrl(url);
  if (!urlProfile && !leadId) return null;

  const log = new AnchorLog();
  const person = jsonLdPerson(doc);
  const card = topCard(doc);
  const canonicalLink = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');

  const profileUrl = log.first('profileUrl', [
    ['url', () => urlProfile],
    ['link-canonical', () => (canonicalLink ? canonicalProfileUrl(canonicalLink) : null)],
    ['og-url', () => canonicalProfileUrl(meta(doc, 'og:url') ?? '')],
    ['json-ld', () => canonicalProfileUrl(str(person?.url) ?? '')],
    // Sales Navigator links to the member's LinkedIn profile.
    [
      'profile-link',
      () => (leadId ? canonicalProfileUrl(doc.querySelector('a[href*="linkedin.com/in/"]')?.getAttribute('href') ?? '') : null),
    ],
  ]);
  const slug = profileUrl ? slugOfUrl(profileUrl) : undefined;
  const entity = embeddedProfile(doc, slug);

  const fullName = log.first('fullName', [
    ['json-ld', () => str(person?.name)],
    ['embedded-json', () => clean([str(entity?.firstName), str(entity?.lastName)].filter(Boolean).join(' '))],
    ['sales-navigator', () => clean(doc.querySelector('[data-anonymize="person-name"]')?.textContent)],
    ['top-card-h1', () => h1Name(card)],
    [
      'photo-alt',
      () => clean(card?.querySelector('img[class*="profile-picture"], img.pv-top-card-profile-picture__image')?.getAttribute('alt')),
    ],
    ['og-title', () => clean(meta(doc, 'og:title')?.split(/ [-|–] /)[0])],
    // The page title is "(3) Ana Castillo | LinkedIn": notification count, name, site.
    ['title', () => clean(doc.title.replace(/^\(\d+\+?\)\s*/, '').split(/ [|–-] /)[0])],
  ]);
  if (!fullName || /^linkedin$/i.test(fullName)) return null;

  const firstName = log.first('firstName', [
    ['embedded-json', () => str(entity?.firstName)],
    ['meta', () => meta(doc, 'profile:first_name')],
    ['json-ld', () => str(person?.givenName)],
  ]);
  const lastName = log.first('lastName', [
    ['embedded-json', () => str(entity?.lastName)],
    ['meta', () => meta(doc, 'profile:last_name')],
    ['json-ld', () => str(person?.familyName)],
  ]);

  const headline = log.first('headline', [
    ['embedded-json', () => str(entity?.headline) ?? str(entity?.occupation)],
    ['sales-navigator', () => clean(doc.querySelector('[data-anonymize="headline"]')?.textContent)],
    ['public-top-card', () => clean(doc.querySelector('.top-card-layout__headline')?.textContent)],
    ['top-card-text', () => clean(card?.querySelector('.text-body-medium')?.textContent)],
    // Newer layouts: the first paragraph after the name heading in the top card.
    [
      'after-h1',
      () => clean(card?.querySelector('h1')?.closest('div')?.parentElement?.querySelector(':scope > p, :scope > div + p')?.textContent),
    ],
  ]);

  const experience = experienceItems(doc)
    .map(readExperience)
    .filter((entry) => entry.title || entry.company)
    .slice(0, 50);
  const current = experience.find(isCurrent);
  const worksFor = firstOf(person?.worksFor);

  const title = log.first('title', [
    ['experience-current', () => current?.title],
    ['sales-navigator', () => clean(doc.querySelector('[data-anonymize="job-title"]')?.textContent)],
    ['json-ld', () => str(firstOf(person?.jobTitle))],
  ]);
  const company = log.first('company', [
    ['experience-current', () => current?.company],
    ['sales-navigator', () => clean(doc.querySelector('[data-anonymize="company-name"]')?.textContent)],
    ['json-ld', () => (isRecord(worksFor) ? str(worksFor.name) : undefined)],
    // The top card's current-company button links to the company page and shows its logo.
    ['top-card-company', () => clean(card?.querySelector('button[aria-label] img[alt]')?.closest('button')?.textContent)],
  ]);
  const companyUrl = log.first('companyUrl', [
    ['experience-current', () => current?.companyUrl],
    ['json-ld', () => (isRecord(worksFor) ? canonicalCompanyUrl(str(worksFor.url) ?? '') : null)],
  ]);

  const location = log.first('location', [
    ['embedded-json', () => str(entity?.locationName) ?? str(entity?.geoLocationName)],
    [
      'json-ld',
      () => {
        const address = isRecord(person?.address) ? person.address : undefined;
        return clean([str(address?.addressLocality), str(address?.addressRegion), str(address?.addressCountry)].filter(Boolean).join(', '));
      },
    ],
    ['sales-navigator', () => clean(doc.querySelector('[data-anonymize="location"]')?.textContent)],
    ['public-top-card', () => clean(doc.querySelector('.top-card__subline-item, .top-card-layout__first-subline > div')?.textContent)],
    ['top-card-text', () => clean(card?.querySelector('.text-body-small.inline.t-black--light')?.textContent)],
    // Newer layouts: the paragraph after the headline paragraph, under the name heading.
    ['after-headline', () => clean(card?.querySelector('h1')?.closest('div')?.parentElement?.querySelector(':scope > p + p')?.textContent)],
  ]);

  const photoUrl = log.first('photoUrl', [
    ['json-ld', () => absoluteHttpUrl(str(isRecord(person?.image) ? person.image.contentUrl : person?.image), BASE)],
    [
      'top-card-img',
      () => absoluteHttpUrl(card?.querySelector('img[class*="profile-picture"], img.top-card__profile-image')?.getAttribute('src'), BASE),
    ],
    ['sales-navigator', () => absoluteHttpUrl(doc.querySelector('img[data-anonymize="headshot-photo"]')?.getAttribute('src'), BASE)],
    ['og-image', () => (meta(doc, 'og:image')?.includes('media.licdn.com') ? absoluteHttpUrl(meta(doc, 'og:image'), BASE) : undefined)],
  ]);

  const aboutSection = doc.getElementById('about')?.closest('section');
  const about = log.first('about', [
    ['embedded-json', () => str(entity?.summary)],
    [
      'about-section',
      () => textOf(aboutSection?.querySelector('.inline-show-more-text, [class*="full-width"] > span, .pv-shared-text-with-see-more')),
    ],
    [
      'public-summary',
      () =>
        clean(
          doc.querySelector('section.summary .core-section-container__content, [data-section="summary"] .core-section-container__content')
            ?.textContent,
        ),
    ],
    ['json-ld', () => str(person?.description)],
  ]);

  const memberUrn = log.first('memberUrn', [
    ['embedded-json', () => str(entity?.entityUrn)],
    ['data-attribute', () => str(doc.querySelector('[data-member-urn]')?.getAttribute('data-member-urn'))],
    [
      'profile-urn-link',
      () => {
        const href = doc.querySelector('a[href*="profileUrn=urn"]')?.getAttribute('href') ?? '';
        return /profileUrn=(urn(?:%3A|:)li(?:%3A|:)fsd_profile(?:%3A|:)[\w-]+)/.exec(href)?.[1]?.replace(/%3A/g, ':');
      },
    ],
  ]);

  if (experience.length > 0) log.hits.experience = doc.getElementById('experience') ? 'experience-section' : 'public-experience';

  return {
    kind: 'linkedin-person',
    profileUrl,
    salesNavigatorUrl: leadId ? `https://www.linkedin.com/sales/lead/${leadId}` : undefined,
    memberUrn,
    fullName,
    firstName,
    lastName,
    headline,
    title,
    company,
    companyUrl,
    location,
    photoUrl,
    about,
    experience,
    anchors: log.hits,
  };
}
