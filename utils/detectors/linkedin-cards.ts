// LinkedIn's server-driven profile (2026, EVIDENCE L1–L19): every card of the person carries
// `com.linkedin.sdui.profile.card.ref<profile id><CardName>` in its `componentkey` or its `id` (both
// seen, on <section> then on <div>); class names are hashes that change between deploys, so none is
// read. Other people share the page (a sticky toolbar repeating the subject, "More profiles for
// you", side rails, dialogs): everything here skips them.

export const CARD_PREFIX = 'com.linkedin.sdui.profile.card.ref';

/** Where other people, copies of the subject or overlays live (L18, I1, T3). */
const OFF_SUBJECT = [
  '[role="dialog"]',
  '[popover]',
  '[inert]',
  // Classic pages put visible text in aria-hidden spans; a hidden container is never the subject.
  ':not(span)[aria-hidden="true"]',
  '[role="toolbar"]',
  'aside',
  'iframe',
  'header',
  `[componentkey$="SuggestedForYou"]`,
  `[id$="SuggestedForYou"]`,
].join(', ');

export function isOffSubject(element: Element): boolean {
  return element.closest(OFF_SUBJECT) !== null;
}

function cardSelector(name: string): string {
  return `[componentkey^="${CARD_PREFIX}"][componentkey$="${name}"], [id^="${CARD_PREFIX}"][id$="${name}"]`;
}

/** The subject's cards whose key ends in `name`, outermost only (a key can sit on a wrapper and its section). */
export function profileCards(root: ParentNode, name: string): Element[] {
  const selector = cardSelector(name);
  return [...root.querySelectorAll(selector)].filter((card) => !isOffSubject(card) && card.parentElement?.closest(selector) == null);
}

/** The card key (componentkey or id) an element carries, if it is a profile card. */
export function cardKeyOf(element: Element): string | undefined {
  for (const attribute of ['componentkey', 'id']) {
    const value = element.getAttribute(attribute);
    if (value?.startsWith(CARD_PREFIX)) return value;
  }
  return undefined;
}

/** The member's opaque profile id from a card key (`…ref<ACoAA…>Topcard`), which makes their URN. */
export function profileIdOfCard(card: Element, name: string): string | undefined {
  const key = cardKeyOf(card);
  const id = key?.slice(CARD_PREFIX.length, key.length - name.length);
  return id && /^AC[A-Za-z0-9_-]{10,}$/.test(id) ? id : undefined;
}

/** A profile slug as Tend compares them: decoded and lower-cased. */
export function normaliseSlug(slug: string): string {
  try {
    return decodeURIComponent(slug).toLowerCase();
  } catch {
    return slug.toLowerCase();
  }
}

const MARKER = 'ProfileVerificationTriggerRef-';

/** The profile slugs a top card names: its verification marker (L13) and its own overlay links (T3). */
export function slugsOfCard(card: Element): string[] {
  const slugs = new Set<string>();
  const marked = card.matches(`[componentkey^="${MARKER}"]`) ? [card] : [];
  for (const marker of [...marked, ...card.querySelectorAll(`[componentkey^="${MARKER}"]`)]) {
    const slug = marker.getAttribute('componentkey')?.slice(MARKER.length);
    if (slug) slugs.add(normaliseSlug(slug));
  }
  for (const link of card.querySelectorAll('a[href*="/in/"][href*="/overlay/"]')) {
    if (isOffSubject(link)) continue;
    const slug = /\/in\/([^/?#]+)\/overlay\//.exec(link.getAttribute('href') ?? '')?.[1];
    if (slug) slugs.add(normaliseSlug(slug));
  }
  return [...slugs];
}

/**
 * Slugs the rest of the page names: the Activity card keyed by the slug, the deferred containers
 * `profileCardsBelowActivityPart<n><slug>` (L17), `data-testid="profile_<Card>_<slug>"` hooks (L6).
 */
export function slugsOfPage(doc: Document): string[] {
  const slugs = new Set<string>();
  for (const card of doc.querySelectorAll(cardSelector('Activity'))) {
    const key = cardKeyOf(card) ?? '';
    const middle = key.slice(CARD_PREFIX.length, key.length - 'Activity'.length);
    if (middle && !/^AC[A-Za-z0-9_-]{10,}$/.test(middle)) slugs.add(normaliseSlug(middle));
  }
  for (const container of doc.querySelectorAll('[id^="profileCardsBelowActivityPart"]')) {
    const slug = /^profileCardsBelowActivityPart\d+(.+)$/.exec(container.id)?.[1];
    if (slug) slugs.add(normaliseSlug(slug));
  }
  for (const hook of doc.querySelectorAll('[data-testid^="profile_"]')) {
    const slug = /^profile_[A-Za-z]+_(.+)$/.exec(hook.getAttribute('data-testid') ?? '')?.[1];
    if (slug && !isOffSubject(hook)) slugs.add(normaliseSlug(slug));
  }
  return [...slugs];
}

/** The top card of the person whose slug the URL names, or the only one there is. */
export function sduiTopCard(doc: Document, slug: string | undefined): Element | undefined {
  const cards = profileCards(doc, 'Topcard');
  if (cards.length <= 1 || !slug) return cards[0];
  return cards.find((card) => slugsOfCard(card).includes(slug)) ?? cards[0];
}

/** Placeholders for deferred cards that have not fetched their content yet (L17). */
export function hasDeferredCards(doc: Document): boolean {
  return [...doc.querySelectorAll('[id^="profileCardsBelowActivityPart"]')].some((container) => container.childElementCount === 0);
}
