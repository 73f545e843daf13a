import type { z } from 'zod';
import { canonicalCompanyUrl, canonicalProfileUrl, foldName, salesNavigatorLeadId } from '../identity';
import type { ExperienceEntry, LinkedInLayout, PersonCapture } from '../model/capture';
import { MAX_EXPERIENCE } from '../model/capture-limits';
import { AnchorLog, absoluteHttpUrl, clean, meta, str, textOf, textWithoutButtons } from './anchors';
import {
  hasDeferredCards,
  isOffSubject,
  normaliseSlug,
  profileCards,
  profileIdOfCard,
  sduiTopCard,
  slugsOfCard,
  slugsOfPage,
} from './linkedin-cards';
import {
  classicExperience,
  classicOrPublicExperience,
  classicTopCard,
  embeddedProfile,
  firstOf,
  jsonLdPerson,
  recordOf,
} from './linkedin-classic';
import { compact } from './linkedin-experience';
import { experienceCards, sduiExperience } from './linkedin-sdui-experience';
import { readTopCardLines, titleFromHeadline, topCardCompany } from './linkedin-top-card';
import type { RawWaiting } from './reads';

// Reads a LinkedIn person page in any of the layouts LinkedIn serves side by side (EVIDENCE.md):
// the server-driven profile of 2026, the classic profile, the logged-out public page, a Sales
// Navigator lead. Each field is a table of anchors tried in order; the first that yields a value
// wins and is reported. Free of Zod at run time so the page script stays small: the background
// checks what this returns with utils/detectors/check-capture.ts, as the tests do.

export type RawPerson = z.input<typeof PersonCapture>;

const BASE = 'https://www.linkedin.com/';
const URN_IN_LINK = /profileUrn=(urn(?:%3A|:)li(?:%3A|:)fsd_profile(?:%3A|:)[\w-]+)/;

/**
 * Detail pages (/details/experience/) name the profile in the URL but list one section (E3);
 * recent activity is a feed. Overlays (/overlay/contact-info/) open over the profile, which is
 * still the page: it is read, and their title, which names the overlay (TT2), is not.
 */
const OTHER_PROFILE_PAGE = /\/in\/[^/?#]+\/(?:recent-activity|details)\//i;
const OVERLAY = /\/in\/[^/?#]+\/overlay\//i;

/** While LinkedIn moves to a profile, company or lead page in place, the panel waits for it. */
export function linkedInWaiting(url: string): RawWaiting | null {
  const readable = (canonicalProfileUrl(url) && !OTHER_PROFILE_PAGE.test(url)) || canonicalCompanyUrl(url) || salesNavigatorLeadId(url);
  return readable ? { kind: 'waiting', site: 'linkedin', url } : null;
}

/** "(3) Ana Castillo | LinkedIn" → "Ana Castillo"; undefined when the title is not a person's. */
function titleName(doc: Document, url: string): string | undefined {
  if (OVERLAY.test(url)) return undefined;
  const match = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/.exec(doc.title.trim());
  return clean(match?.[1]?.split(/ [-–] /)[0]);
}

/** Names that agree: equal, or one the start of the other ("Wei Zhang - IT Director" is still Wei Zhang). */
function sameName(a: string, b: string): boolean {
  const [x, y] = [foldName(a), foldName(b)];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/**
 * Whether the page's own markers agree with the URL. LinkedIn moves between profiles in the page:
 * the URL changes first and the old profile's markup can linger (EVIDENCE N1, N2). The top card's
 * slugs (its verification marker, its overlay links) decide; without them the page-wide slug hooks;
 * without those the tab title, which may lag (N4) but then names someone other than the heading.
 */
function agreesWithUrl(doc: Document, url: string, card: Element | undefined, slug: string | undefined, name: string | undefined): boolean {
  if (!slug) return true;
  const cardSlugs = card ? slugsOfCard(card) : [];
  if (cardSlugs.length > 0) return cardSlugs.every((found) => found === slug);
  const pageSlugs = slugsOfPage(doc);
  if (pageSlugs.length > 0) return pageSlugs.every((found) => found === slug);
  const fromTitle = titleName(doc, url);
  return !fromTitle || !name || sameName(fromTitle, name);
}

/** Two tokens, or a first name and a hyphenated surname: the only names split without asking. */
function splitName(fullName: string): [string, string] | undefined {
  const tokens = fullName.split(/\s+/);
  return tokens.length === 2 && tokens.every((token) => /^\p{L}[\p{L}'’.-]*$/u.test(token))
    ? [tokens[0] ?? '', tokens[1] ?? '']
    : undefined;
}

function layoutOf(leadId: string | null, sdui: boolean, doc: Document): LinkedInLayout {
  if (leadId) return 'sales-navigator';
  if (sdui) return 'sdui';
  if (doc.querySelector('section.top-card-layout, .top-card-layout__title') || (jsonLdPerson(doc) && !doc.querySelector('.pv-top-card')))
    return 'public';
  return 'classic';
}

export function readLinkedInProfile(doc: Document, url: string): RawPerson | RawWaiting | null {
  const leadId = salesNavigatorLeadId(url);
  const urlProfile = canonicalProfileUrl(url);
  if (!urlProfile && !leadId) return null;
  if (urlProfile && OTHER_PROFILE_PAGE.test(url)) return null;

  const log = new AnchorLog();
  const slug = urlProfile ? normaliseSlug(urlProfile.split('/in/')[1] ?? '') : undefined;
  const sduiCard = sduiTopCard(doc, slug);
  const person = jsonLdPerson(doc);
  const entity = embeddedProfile(doc, slug);
  const card = sduiCard ?? classicTopCard(doc);
  const lines = sduiCard ? readTopCardLines(sduiCard) : undefined;
  // A Sales Navigator lead's own header (S1): similar leads in the rail carry the same attributes.
  const lead = leadId ? (doc.querySelector('h1[data-anonymize="person-name"]')?.closest('section') ?? doc) : undefined;
  const anonymized = (field: string) => clean(lead?.querySelector(`[data-anonymize="${field}"]`)?.textContent);

  const profileUrl = log.first('profileUrl', [
    ['url', () => urlProfile],
    // Sales Navigator links to the member's LinkedIn profile.
    ['profile-link', () => canonicalProfileUrl(lead?.querySelector('a[href*="linkedin.com/in/"]')?.getAttribute('href') ?? '')],
  ]);

  const fullName = log.first('fullName', [
    ['top-card-heading', () => lines?.name],
    ['json-ld', () => str(person?.name)],
    ['embedded-json', () => clean([str(entity?.firstName), str(entity?.lastName)].filter(Boolean).join(' '))],
    ['sales-navigator', () => anonymized('person-name')],
    ['top-card-h1', () => clean(card?.querySelector('h1')?.textContent)],
    [
      'photo-alt',
      () => clean(card?.querySelector('img[class*="profile-picture"], img.pv-top-card-profile-picture__image')?.getAttribute('alt')),
    ],
    // Last: the tab's title can lag behind an in-page move and name the previous person (N4).
    ['title', () => (card ? undefined : titleName(doc, url))],
  ]);
  if (!fullName || /^linkedin$/i.test(fullName)) return null;
  if (!agreesWithUrl(doc, url, card, slug, fullName)) return { kind: 'waiting', site: 'linkedin', url };
  const fromTitle = titleName(doc, url);
  const titleIsStale = fromTitle !== undefined && !sameName(fromTitle, fullName) ? true : undefined;

  const split = splitName(fullName);
  const firstName = log.first('firstName', [
    ['embedded-json', () => str(entity?.firstName)],
    ['meta', () => meta(doc, 'profile:first_name')],
    ['json-ld', () => str(person?.givenName)],
    ['name-split', () => split?.[0]],
  ]);
  const lastName = log.first('lastName', [
    ['embedded-json', () => str(entity?.lastName)],
    ['meta', () => meta(doc, 'profile:last_name')],
    ['json-ld', () => str(person?.familyName)],
    ['name-split', () => split?.[1]],
  ]);
  const pronouns = log.first('pronouns', [['name-block', () => lines?.pronouns]]);
  const degree = log.first('degree', [['name-block', () => lines?.degree]]);

  const headline = log.first('headline', [
    ['top-card-first-line', () => lines?.headline],
    ['embedded-json', () => str(entity?.headline) ?? str(entity?.occupation)],
    ['sales-navigator', () => anonymized('headline')],
    ['public-top-card', () => clean(doc.querySelector('.top-card-layout__headline')?.textContent)],
    ['top-card-text', () => clean(card?.querySelector('.text-body-medium')?.textContent)],
    // Hashed layouts with an h1: the first paragraph after the name heading.
    [
      'after-h1',
      () => clean(card?.querySelector('h1')?.closest('div')?.parentElement?.querySelector(':scope > p, :scope > div + p')?.textContent),
    ],
  ]);

  const sduiEntries = sduiExperience(doc);
  const experienceCard = experienceCards(doc)[0];
  const classic = sduiEntries?.length ? undefined : classicOrPublicExperience(doc);
  const entries: ExperienceEntry[] =
    (sduiEntries?.length ? sduiEntries : undefined) ?? classic?.entries ?? (experienceCard ? classicExperience(experienceCard) : []);
  const experience = entries
    .filter((entry) => entry.title || entry.company)
    .slice(0, MAX_EXPERIENCE)
    .map(compact);
  if (experience.length > 0) log.hits.experience = sduiEntries?.length ? 'experience-card' : (classic?.anchor ?? 'experience-card-list');
  const current = experience.find((entry) => entry.current);
  const worksFor = recordOf(firstOf(person?.worksFor));
  const cardCompany = lines ? topCardCompany(lines) : undefined;

  const company = log.first('company', [
    ['experience-current', () => current?.company],
    ['sales-navigator', () => anonymized('company-name')],
    ['json-ld', () => str(worksFor?.name)],
    ['top-card-company-line', () => cardCompany],
    [
      'public-top-card',
      () => clean(doc.querySelector('.topcard__org-name-link, .top-card-link--link[data-tracking-control-name*="org"]')?.textContent),
    ],
    // The classic top card's current-company button shows the company's logo beside its name.
    ['top-card-company', () => clean(card?.querySelector('button[aria-label] img[alt]')?.closest('button')?.textContent)],
  ]);
  const title = log.first('title', [
    ['experience-current', () => current?.title],
    ['sales-navigator', () => anonymized('job-title') ?? anonymized('title')],
    ['json-ld', () => str(firstOf(person?.jobTitle))],
    // Until the Experience card has rendered (it loads when scrolled into view), the headline's
    // "Title at Company". Derived: reported as such, never taken for a job change.
    ['headline-derived', () => titleFromHeadline(headline, company)],
  ]);
  const companyUrl = log.first('companyUrl', [
    ['experience-current', () => (current?.company === company ? current?.companyUrl : undefined)],
    ['json-ld', () => canonicalCompanyUrl(str(worksFor?.url) ?? '')],
  ]);

  const location = log.first('location', [
    [lines?.locationAnchor ?? 'contact-info-row', () => lines?.location],
    ['embedded-json', () => str(entity?.locationName) ?? str(entity?.geoLocationName)],
    [
      'json-ld',
      () => {
        // A locality that already reads "City, Region, Country" is the whole place; the country
        // code beside it would only repeat it.
        const address = recordOf(person?.address);
        const locality = str(address?.addressLocality);
        if (locality?.includes(',')) return locality;
        return clean([locality, str(address?.addressRegion), str(address?.addressCountry)].filter(Boolean).join(', '));
      },
    ],
    ['sales-navigator', () => anonymized('location')],
    ['public-top-card', () => clean(doc.querySelector('.top-card__subline-item, .top-card-layout__first-subline > div span')?.textContent)],
    ['top-card-text', () => clean(card?.querySelector('.text-body-small.inline.t-black--light')?.textContent)],
    ['after-headline', () => clean(card?.querySelector('h1')?.closest('div')?.parentElement?.querySelector(':scope > p + p')?.textContent)],
  ]);

  const photoUrl = log.first('photoUrl', [
    [
      'top-card-photo',
      () => absoluteHttpUrl(sduiCard?.querySelector('[componentkey="topcard-logo-image-referencekey"] img')?.getAttribute('src'), BASE),
    ],
    ['json-ld', () => absoluteHttpUrl(str(recordOf(person?.image)?.contentUrl ?? person?.image), BASE)],
    [
      'top-card-img',
      () =>
        absoluteHttpUrl(
          card
            ?.querySelector(
              'img[src*="profile-displayphoto"], img[src*="profile-framedphoto"], img[class*="profile-picture"], img.top-card__profile-image',
            )
            ?.getAttribute('src'),
          BASE,
        ),
    ],
    ['sales-navigator', () => absoluteHttpUrl(lead?.querySelector('img[data-anonymize="headshot-photo"]')?.getAttribute('src'), BASE)],
    ['og-image', () => (meta(doc, 'og:image')?.includes('media.licdn.com') ? absoluteHttpUrl(meta(doc, 'og:image'), BASE) : undefined)],
  ]);

  const aboutCard = profileCards(doc, 'About')[0];
  const aboutSection = doc.getElementById('about')?.closest('section');
  const about = log.first('about', [
    ['about-card', () => textWithoutButtons(aboutCard?.querySelector('[data-testid="expandable-text-box"]'))],
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
    [
      'top-card-urn-link',
      () => URN_IN_LINK.exec(card?.querySelector('a[href*="profileUrn="]')?.getAttribute('href') ?? '')?.[1]?.replace(/%3A/gi, ':'),
    ],
    [
      'card-key',
      () => (sduiCard && profileIdOfCard(sduiCard, 'Topcard') ? `urn:li:fsd_profile:${profileIdOfCard(sduiCard, 'Topcard')}` : undefined),
    ],
    ['embedded-json', () => str(entity?.entityUrn)],
    ['data-attribute', () => str(doc.querySelector('[data-member-urn]')?.getAttribute('data-member-urn'))],
    [
      'page-urn-link',
      () => {
        const link = [...doc.querySelectorAll('main a[href*="profileUrn=urn"]')].find((candidate) => !isOffSubject(candidate));
        return URN_IN_LINK.exec(link?.getAttribute('href') ?? '')?.[1]?.replace(/%3A/gi, ':');
      },
    ],
  ]);

  // The Experience card is among those LinkedIn fetches only once scrolled into view (L17).
  const pending = sduiCard && experience.length === 0 && hasDeferredCards(doc) ? (['experience'] as const) : undefined;

  return {
    kind: 'linkedin-person',
    layout: layoutOf(leadId, sduiCard !== undefined, doc),
    profileUrl,
    salesNavigatorUrl: leadId ? `https://www.linkedin.com/sales/lead/${leadId}` : undefined,
    memberUrn,
    fullName,
    firstName,
    lastName,
    pronouns,
    degree,
    headline,
    title,
    company,
    companyUrl,
    location,
    photoUrl,
    about,
    experience,
    titleIsStale,
    pending: pending ? [...pending] : undefined,
    anchors: log.hits,
  };
}
