import { clean, textOf } from './anchors';
import { isOffSubject } from './linkedin-cards';
import { dotParts } from './linkedin-experience';

// The server-driven top card's fields are unlabelled lines in a fixed order (EVIDENCE T1): name
// heading, then pronouns and "· 2nd" beside it, the headline, "Company · School" (or one button per
// affiliation), the location in the row of the Contact-info link, a lone "·", followers and
// connections. Lines are told apart by structure (the row of the contact link, buttons, the block
// around the name) and by shape (a degree is "· <digit>…"), never by their words.

export interface TopCardLines {
  heading: Element | undefined;
  name: string | undefined;
  pronouns: string | undefined;
  degree: string | undefined;
  headline: string | undefined;
  location: string | undefined;
  /** How the location was found: the contact-info row (structure) or a place-shaped line (shape). */
  locationAnchor: 'contact-info-row' | 'place-shape' | undefined;
  /** "Company · School": the part before the dot. */
  companyLine: string | undefined;
  /** One button per current company and school, company first (T2). */
  affiliations: string[];
}

interface Line {
  element: Element;
  text: string;
}

const DEGREE = /^·\s*(\d\S{0,5})$/;
const PRONOUNS = /^\p{L}{1,12}(?:\s*\/\s*\p{L}{1,12}){1,2}$/u;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;
/** "2,318 followers", "500+ connections": a number leads a count. */
const COUNT = /^\d[\d.,\s\u202f\u00a0]*\+?\s+\S/;
const PLACE = /^[^·|\d]{2,80}(?:,\s*[^,·|\d]{2,80}){1,3}$/;

/** The element that owns a piece of top-card text: its paragraph or heading, else its parent. */
function ownerOf(text: Text, card: Element): Element | undefined {
  const parent = text.parentElement;
  if (!parent || parent.closest('svg, script, style, template')) return undefined;
  const block = parent.closest('p, h1, h2, h3, h4, h5, h6');
  return block && card.contains(block) ? block : parent;
}

/** The card's lines in document order, without the action controls (links and buttons with bare text). */
function linesOf(card: Element): Line[] {
  const lines: Line[] = [];
  const seen = new Set<Element>();
  const walker = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const owner = ownerOf(node as Text, card);
    if (!owner || seen.has(owner)) continue;
    seen.add(owner);
    if (isOffSubject(owner) || owner.matches('a, button') || owner.closest('a[href*="/messaging/"], [componentkey*="Button"]')) continue;
    const text = textOf(owner);
    if (text) lines.push({ element: owner, text });
  }
  return lines;
}

/** The block around the name that holds pronouns and the degree, when the card has one (not the whole card). */
function nameBlockOf(heading: Element, card: Element, after: readonly Line[]): Element | undefined {
  for (let node = heading.parentElement; node && node !== card; node = node.parentElement) {
    const inside = after.filter((line) => node.contains(line.element)).length;
    if (inside > 0) return inside < after.length ? node : undefined;
  }
  return undefined;
}

/** The name heading: inside the verification marker (L13), else the card's first h1/h2. */
export function nameHeadingOf(card: Element): Element | undefined {
  const marked = card.querySelector('[componentkey^="ProfileVerificationTriggerRef-"]');
  const inMarker = marked?.querySelector('h1, h2, h3') ?? (marked?.matches('h1, h2, h3') ? marked : null);
  if (inMarker) return inMarker;
  return [...card.querySelectorAll('h1, h2')].find((heading) => !isOffSubject(heading) && clean(heading.textContent));
}

export function readTopCardLines(card: Element): TopCardLines {
  const heading = nameHeadingOf(card);
  const lines = linesOf(card);
  const start = heading ? lines.findIndex((line) => line.element === heading || heading.contains(line.element)) : -1;
  const after = lines.slice(start + 1);
  const block = heading ? nameBlockOf(heading, card, after) : undefined;

  let pronouns: string | undefined;
  let degree: string | undefined;
  const regular: Line[] = [];
  const affiliations: string[] = [];
  let contactRow: Element | undefined;
  // Without a block around the name, pronouns are the line right after it when the degree follows.
  const loosePronouns = !block && PRONOUNS.test(after[0]?.text ?? '') && DEGREE.test(after[1]?.text ?? '') ? after[0] : undefined;
  if (loosePronouns) pronouns = loosePronouns.text;
  for (const line of after) {
    if (line === loosePronouns) continue;
    const degreeMatch = DEGREE.exec(line.text);
    if (degreeMatch) {
      degree ??= degreeMatch[1];
      continue;
    }
    if (block?.contains(line.element)) {
      if (PRONOUNS.test(line.text)) pronouns ??= line.text;
      continue;
    }
    const contact = line.element.querySelector('a[href*="/overlay/contact-info/"]');
    if (contact) {
      contactRow = rowOf(line.element, card);
      continue;
    }
    if (PUNCTUATION_ONLY.test(line.text)) continue;
    if (COUNT.test(line.text) || line.element.querySelector('a[href*="connectionOf"], a[href*="/mynetwork/"], a[href*="followers"]'))
      continue;
    if (line.element.closest('button')) {
      affiliations.push(line.text);
      continue;
    }
    regular.push(line);
  }

  // The headline is the first line outside the contact row (a profile without one shows the place first).
  const headlineLine = regular.find((line) => !contactRow?.contains(line.element));
  const rest = regular.filter((line) => line !== headlineLine);
  const inRow = contactRow ? rest.find((line) => contactRow?.contains(line.element)) : undefined;
  const placeLine = inRow ?? rest.find((line) => PLACE.test(line.text));
  const others = rest.filter((line) => line !== placeLine);
  const dotted = others.find((line) => dotParts(line.text).length > 1);
  const bare = others.find((line) => headlineLine?.text.includes(line.text));
  return {
    heading,
    name: textOf(heading),
    pronouns,
    degree,
    headline: headlineLine?.text,
    location: placeLine?.text,
    locationAnchor: inRow ? 'contact-info-row' : placeLine ? 'place-shape' : undefined,
    companyLine: dotted ? dotParts(dotted.text)[0] : bare?.text,
    affiliations,
  };
}

/** The small row around the contact-info link: its nearest ancestor that holds other text too. */
function rowOf(contactLine: Element, card: Element): Element | undefined {
  for (let node = contactLine.parentElement; node && node !== card; node = node.parentElement) {
    const text = clean(node.textContent) ?? '';
    if (text !== clean(contactLine.textContent) && !PUNCTUATION_ONLY.test(text.replace(clean(contactLine.textContent) ?? '', ''))) {
      return node;
    }
  }
  return undefined;
}

/**
 * The current company a top card shows: the "Company · School" line, else the first of two
 * affiliation buttons (company, then school); a single button or a bare line only when the headline
 * names it too (it could be a school).
 */
export function topCardCompany(lines: TopCardLines): string | undefined {
  if (lines.companyLine) return lines.companyLine;
  if (lines.affiliations.length >= 2) return lines.affiliations[0];
  const only = lines.affiliations[0];
  return only && lines.headline?.includes(only) ? only : undefined;
}

/**
 * The title a headline gives before the company it names ("Head of Data at Tidemark", "CEO @ Acme",
 * "Directora de Compras en Grupo Alcor"): only when a connector (a short lowercase word or a mark)
 * stands between them. Derived, so reported as such and never counted as a job change.
 */
export function titleFromHeadline(headline: string | undefined, company: string | undefined): string | undefined {
  if (!headline || !company) return undefined;
  const first = headline.split(/\s+[|·•]\s+/)[0] ?? headline;
  const at = first.toLocaleLowerCase().indexOf(company.toLocaleLowerCase());
  if (at <= 0) return undefined;
  const before = first.slice(0, at).trimEnd();
  const connector = /\s*(?:[@,:–—-]|\s\p{Ll}{1,6})$/u.exec(before);
  const title = connector ? before.slice(0, connector.index).trim() : undefined;
  return title && !PUNCTUATION_ONLY.test(title) ? title : undefined;
}
