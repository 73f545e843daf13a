// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { detectLinkedInProfile } from '../../../../utils/detectors/linkedin-profile';
import { savedPages } from '../../corpus';
import { documentOf } from '../../fixtures';
import { fieldCount, mismatchesOf } from '../../page-expectations';

// Pages Tend has never seen, made from the saved server-driven profiles by the changes the
// evidence records LinkedIn making between deploys and variants: hashed classes renamed (L7), card
// keys moved between `componentkey` and `id` (L4, X2) and from <section> to <div> (L5), the
// verification marker gone (X4), visible and accessible text twins (L16, X5), other people in a
// side rail and a sticky copy of someone else (L18), no contact-info link (T3, T4). Each must
// still read its expected fields, and no one else on the page may leak into the person.

const STRANGER = 'Ottoline Brackenbury';
const CARD = 'com.linkedin.sdui.profile.card.ref';

type Change = (doc: Document) => void;

const CHANGES: Record<string, Change> = {
  'classes rehashed': (doc) => {
    for (const element of doc.querySelectorAll('[class]'))
      element.setAttribute('class', `_${(element.className.length * 2654435761).toString(16).slice(-8)}`);
  },
  'card keys in id only': (doc) => {
    for (const card of doc.querySelectorAll(`[componentkey^="${CARD}"]`)) {
      card.id = card.getAttribute('componentkey') ?? '';
      card.removeAttribute('componentkey');
    }
  },
  'card keys in componentkey only': (doc) => {
    for (const card of doc.querySelectorAll(`[id^="${CARD}"]`)) {
      card.setAttribute('componentkey', card.id);
      card.removeAttribute('id');
    }
  },
  'cards on <section> instead of <div>': (doc) => {
    for (const card of [...doc.querySelectorAll(`div[componentkey^="${CARD}"], div[id^="${CARD}"]`)]) {
      const section = doc.createElement('section');
      for (const attribute of card.attributes) section.setAttribute(attribute.name, attribute.value);
      section.append(...card.childNodes);
      card.replaceWith(section);
    }
  },
  'no verification marker': (doc) => {
    for (const marker of doc.querySelectorAll('[componentkey^="ProfileVerificationTriggerRef-"]')) marker.removeAttribute('componentkey');
  },
  'visible and accessible text twins': (doc) => {
    for (const p of doc.querySelectorAll('main p')) {
      if (p.children.length > 0 || !p.textContent?.trim()) continue;
      const text = p.textContent;
      p.textContent = '';
      const visible = doc.createElement('span');
      visible.setAttribute('aria-hidden', 'true');
      visible.textContent = text;
      const hidden = doc.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = text;
      p.append(visible, hidden);
    }
  },
  'a side rail and a sticky card of someone else': (doc) => {
    const main = doc.querySelector('main');
    const rail = doc.createElement('aside');
    rail.innerHTML = `<h2>People also viewed</h2><div role="listitem"><a href="https://www.linkedin.com/in/ottoline-brackenbury/"><p>${STRANGER}</p><p>· 2nd</p><p>Chief Revenue Officer at Stranger Holdings</p><p>Leeds, England, United Kingdom</p></a><a href="https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAStrangerStrangerXyz">Message</a></div>`;
    main?.prepend(rail);
    const sticky = doc.createElement('div');
    sticky.setAttribute('role', 'toolbar');
    sticky.setAttribute('aria-hidden', 'true');
    sticky.innerHTML = `<a href="https://www.linkedin.com/in/ottoline-brackenbury/"><h2>${STRANGER}</h2><p>Chief Revenue Officer at Stranger Holdings</p></a>`;
    main?.prepend(sticky);
  },
  'no contact-info link': (doc) => {
    for (const link of doc.querySelectorAll('a[href*="/overlay/contact-info/"]')) link.closest('p')?.remove();
  },
};

CHANGES['all of these at once'] = (doc) => {
  for (const [name, change] of Object.entries(CHANGES))
    if (name !== 'all of these at once' && name !== 'card keys in componentkey only') change(doc);
};

const pages = savedPages('linkedin').filter((page) => {
  if (page.origin === 'shared' || page.expectation.pageType !== 'linkedin-profile' || page.expectation.expected.waiting) return false;
  return detectLinkedInProfile(documentOf(page.html), page.expectation.url)?.kind === 'linkedin-person' && page.html.includes(CARD);
});
const cases = pages.flatMap((page) => Object.keys(CHANGES).map((change) => [page.file.split('/').pop() ?? '', change, page] as const));
const tally = { fields: 0, wrong: 0 };

afterAll(() => {
  console.info(`Changed pages: ${cases.length}; fields read right: ${tally.fields - tally.wrong} of ${tally.fields}`);
});

describe('server-driven profiles changed as LinkedIn changes them', () => {
  it('start from every saved server-driven profile', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('%s with %s reads the same', (_file, change, page) => {
    const doc = documentOf(page.html);
    CHANGES[change]?.(doc);
    const capture = detectLinkedInProfile(doc, page.expectation.url);
    const { expected } = page.expectation;
    const mismatches = mismatchesOf('linkedin-profile', capture, expected);
    tally.fields += fieldCount(expected);
    tally.wrong += mismatches.length;
    expect(mismatches).toEqual([]);
    const text = JSON.stringify(capture);
    for (const other of [STRANGER, 'Stranger Holdings', 'ottoline', 'ACoAAStranger', ...(page.expectation.mustNotExtract?.names ?? [])])
      expect(text).not.toContain(other);
  });
});
