// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../../utils/detectors/check-capture';
import { detectLinkedInProfile } from '../../../../utils/detectors/linkedin-profile';
import { readLinkedInProfile } from '../../../../utils/detectors/linkedin-profile-read';
import type { PersonCapture } from '../../../../utils/model/capture';
import { documentOf, fixture } from '../../fixtures';

// What every saved page must read is in tests/unit/utils/detectors/saved-pages.test.ts; here, the
// behaviour around it: which anchor answered, what happens when one is gone, when the page is
// mid-move, when a value is refused, and what is never read.

const SDUI = 'corpus/linkedin/sdui-profile-2026.html';
const MARISOL = 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21/';

function person(file: string, url: string, change?: (doc: Document) => void): PersonCapture {
  const doc = documentOf(fixture(file));
  change?.(doc);
  const capture = detectLinkedInProfile(doc, url);
  if (capture?.kind !== 'linkedin-person') throw new Error(`expected a person, got ${JSON.stringify(capture)}`);
  return capture;
}

describe('the server-driven profile', () => {
  it('reports the anchor behind each field: structure and link targets, never classes', () => {
    expect(person(SDUI, MARISOL).anchors).toEqual({
      profileUrl: 'url',
      fullName: 'top-card-heading',
      firstName: 'name-split',
      lastName: 'name-split',
      pronouns: 'name-block',
      degree: 'name-block',
      headline: 'top-card-first-line',
      experience: 'experience-card',
      title: 'experience-current',
      company: 'experience-current',
      companyUrl: 'experience-current',
      location: 'contact-info-row',
      photoUrl: 'top-card-photo',
      about: 'about-card',
      memberUrn: 'top-card-urn-link',
    });
  });

  it('reads title and company from the top card until the Experience card has loaded, and says it is coming', () => {
    const early = person(SDUI, MARISOL, (doc) => {
      const card = doc.querySelector('[componentkey$="ExperienceTopLevelSection"]');
      const placeholder = doc.createElement('div');
      placeholder.id = 'profileCardsBelowActivityPart3marisol-quennevaux-4b7e21';
      card?.replaceWith(placeholder);
    });
    expect(early).toMatchObject({
      title: 'Head of Data Platform',
      company: 'Tidemark Freightlabs',
      experience: [],
      pending: ['experience'],
    });
    expect(early.anchors).toMatchObject({ title: 'headline-derived', company: 'top-card-company-line' });
    expect(early.companyUrl).toBeUndefined();
    expect(person(SDUI, MARISOL).pending).toBeUndefined();
  });

  it('takes the member id from the top card key when the Message link is gone', () => {
    const capture = person(SDUI, MARISOL, (doc) => doc.querySelector('a[href*="/messaging/compose/"]')?.remove());
    expect(capture.memberUrn).toBe('urn:li:fsd_profile:ACoAAD3kQ7sB0fZc2mWq9XvLr5HtPu1yE8g');
    expect(capture.anchors.memberUrn).toBe('card-key');
  });

  it('finds the location by its shape when the contact-info link is gone', () => {
    const capture = person(SDUI, MARISOL, (doc) => doc.querySelector('a[href*="/overlay/contact-info/"]')?.closest('p')?.remove());
    expect(capture.location).toBe('Halifax, Nova Scotia, Canada');
    expect(capture.anchors.location).toBe('place-shape');
  });

  it('reads the same page the same when class names change and card keys move from componentkey to id', () => {
    const before = person(SDUI, MARISOL);
    const after = person(SDUI, MARISOL, (doc) => {
      for (const element of doc.querySelectorAll('[class]')) element.setAttribute('class', `_${Math.random().toString(16).slice(2, 10)}`);
      for (const card of doc.querySelectorAll('[componentkey^="com.linkedin.sdui.profile.card.ref"]')) {
        card.id = card.getAttribute('componentkey') ?? '';
        card.removeAttribute('componentkey');
      }
    });
    expect(after).toEqual(before);
  });

  it('leaves a field missing rather than guessing it: a name of three words is not split', () => {
    const capture = person(SDUI, MARISOL, (doc) => {
      const heading = doc.querySelector('[componentkey^="ProfileVerificationTriggerRef-"] h2');
      if (heading) heading.textContent = 'Marisol de la Quennevaux';
      doc.title = 'Marisol de la Quennevaux | LinkedIn';
    });
    expect(capture.fullName).toBe('Marisol de la Quennevaux');
    expect(capture.firstName).toBeUndefined();
    expect(capture.lastName).toBeUndefined();
  });
});

describe('text LinkedIn renders twice', () => {
  it('reads a visible and an accessible copy side by side once, and leaves a repeated name whole', () => {
    const twins = person(SDUI, MARISOL, (doc) => {
      const heading = doc.querySelector('[componentkey^="ProfileVerificationTriggerRef-"] h2');
      if (heading) heading.innerHTML = '<span>Marisol Quennevaux</span><span>Marisol Quennevaux</span>';
    });
    expect(twins.fullName).toBe('Marisol Quennevaux');
    const repeated = person(SDUI, MARISOL, (doc) => {
      const heading = doc.querySelector('[componentkey^="ProfileVerificationTriggerRef-"] h2');
      if (heading) heading.textContent = 'Ali Ali';
      doc.title = 'Ali Ali | LinkedIn';
    });
    expect(repeated).toMatchObject({ fullName: 'Ali Ali', firstName: 'Ali', lastName: 'Ali' });
  });
});

describe('a page caught between two profiles', () => {
  it('waits while the page shows another profile than the URL names', () => {
    expect(detectLinkedInProfile(documentOf(fixture(SDUI)), 'https://www.linkedin.com/in/someone-else/')).toEqual({
      kind: 'waiting',
      site: 'linkedin',
      url: 'https://www.linkedin.com/in/someone-else/',
    });
  });

  it('waits on a page without slug markers while the title names someone else than the heading', () => {
    const doc = documentOf(fixture('linkedin/profile-hashed.html'));
    for (const link of doc.querySelectorAll('a[href*="/overlay/"]')) link.removeAttribute('href');
    doc.title = 'Wei Zhang | LinkedIn';
    expect(detectLinkedInProfile(doc, 'https://www.linkedin.com/in/wei-zhang-initech')?.kind).toBe('waiting');
  });

  it('reads the page once its markers agree, and says when only the title lags', () => {
    const capture = person('corpus/linkedin/sdui-profile-2026-iframe-nav.html', 'https://www.linkedin.com/in/dovrin-halloway-ekwueme/');
    expect(capture.fullName).toBe('Dovrin Halloway-Ekwueme');
    expect(capture.titleIsStale).toBe(true);
  });

  it('never takes the embedded data of another member for the URL’s', () => {
    const doc = documentOf(fixture('linkedin/profile-classic.html'));
    const capture = readLinkedInProfile(doc, 'https://www.linkedin.com/in/viewer-self/');
    // The classic page's own links name Ana: the page is not Viewer Self's yet.
    expect(capture?.kind).toBe('waiting');
  });
});

describe('the classic and public layouts', () => {
  it('fall back to the markup when the embedded data is gone', () => {
    const capture = person('linkedin/profile-classic.html', 'https://www.linkedin.com/in/ana-castillo-7b2a19/', (doc) => {
      for (const code of doc.querySelectorAll('code')) code.remove();
    });
    expect(capture).toMatchObject({
      fullName: 'Ana Castillo',
      headline: 'Head of Procurement at Globex | Strategic sourcing, supplier risk',
      location: 'Berlin, Germany',
      title: 'Head of Procurement',
      company: 'Globex',
      firstName: 'Ana',
    });
    expect(capture.anchors).toMatchObject({
      fullName: 'top-card-h1',
      headline: 'top-card-text',
      location: 'top-card-text',
      firstName: 'name-split',
    });
    expect(capture.memberUrn).toBeUndefined();
  });

  it('take a masked value for missing: job titles on public pages are asterisks', () => {
    const capture = person('linkedin/public-2026.html', 'https://www.linkedin.com/in/ingrid-solheim-bergen');
    expect(capture.experience.every((entry) => entry.title === undefined)).toBe(true);
    expect(capture.anchors.title).toBe('headline-derived');
  });
});

describe('an overlay over the profile', () => {
  it('is read as the profile under it; its title, which names the overlay, is not a stale title', () => {
    const doc = documentOf(fixture(SDUI));
    doc.title = 'Contact info | LinkedIn';
    const capture = detectLinkedInProfile(doc, `${MARISOL}overlay/contact-info/`);
    expect(capture).toMatchObject({
      kind: 'linkedin-person',
      fullName: 'Marisol Quennevaux',
      profileUrl: 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21',
    });
    expect(capture?.kind === 'linkedin-person' && capture.titleIsStale).toBeUndefined();
  });
});

describe('pages that are not a profile', () => {
  it.each([
    ['the feed', 'https://www.linkedin.com/feed/'],
    ['another site', 'https://example.com/in/ana'],
    ['the experience details page', `${MARISOL}details/experience/`],
    ['recent activity', `${MARISOL}recent-activity/all/`],
  ])('read nothing on %s', (_label, url) => {
    expect(detectLinkedInProfile(documentOf(fixture(SDUI)), url)).toBeNull();
  });

  it('read nothing on a profile URL whose page has not rendered a name yet', () => {
    const empty = documentOf('<html><head><title>LinkedIn</title></head><body><main></main></body></html>');
    expect(detectLinkedInProfile(empty, 'https://www.linkedin.com/in/x')).toBeNull();
  });
});

describe('the check between page and panel', () => {
  it('drops a refused field and says so, keeping the rest of the person', () => {
    const capture = person(SDUI, MARISOL, (doc) => {
      const headline = [...doc.querySelectorAll('[componentkey$="Topcard"] p')].find((p) => p.textContent?.startsWith('Head of'));
      if (headline) headline.textContent = Array.from({ length: 120 }, (_, index) => `topic${index}`).join(' ');
    });
    expect(capture.fullName).toBe('Marisol Quennevaux');
    expect(capture.headline).toBeUndefined();
    expect(capture.dropped).toEqual(['headline']);
    expect(capture.title).toBe('Head of Data Platform');
  });

  it('drops one refused experience field, not the experience', () => {
    const raw = readLinkedInProfile(documentOf(fixture(SDUI)), MARISOL);
    if (raw?.kind !== 'linkedin-person') throw new Error('expected a person');
    const long = {
      ...raw,
      experience: (raw.experience ?? []).map((entry, index) => (index === 1 ? { ...entry, title: 'x'.repeat(400) } : entry)),
    };
    const checked = checkCapture(long);
    expect(checked?.dropped).toEqual(['experience.1.title']);
    expect(checked?.capture.kind === 'linkedin-person' && checked.capture.experience.map((entry) => entry.title)).toEqual([
      'Head of Data Platform',
      undefined,
      'Data Engineer',
    ]);
  });
});
