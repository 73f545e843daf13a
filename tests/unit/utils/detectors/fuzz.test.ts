// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectGmailThread } from '../../../../utils/detectors/gmail-thread';
import { detectLinkedInCompany } from '../../../../utils/detectors/linkedin-company';
import { detectLinkedInProfile } from '../../../../utils/detectors/linkedin-profile';
import { Capture } from '../../../../utils/model/capture';
import { HOSTILE_NAME, HOSTILE_ROWS } from '../../../support/hostile';
import { documentOf, fixture } from '../../fixtures';

// Detectors on pages LinkedIn and Gmail might serve tomorrow: the saved pages with elements torn
// out and hostile text written into text nodes and attributes. A detector may find less, never
// throw, and what it reports is always a valid capture (or null: "nothing here").

const HOSTILE_TEXT = [
  HOSTILE_NAME,
  ...HOSTILE_ROWS.flatMap((row) => [row.first, row.last, row.company, row.position]),
  '',
  ' ',
  '{"',
  ']]>',
  '\u0000',
];

const mutation = fc.record({
  removals: fc.array(fc.nat(), { maxLength: 12 }),
  texts: fc.array(
    fc.tuple(
      fc.nat(),
      fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 80 })),
    ),
    {
      maxLength: 12,
    },
  ),
  attributes: fc.array(
    fc.tuple(fc.nat(), fc.constantFrom('href', 'content', 'aria-label', 'email', 'name', 'title'), fc.string({ maxLength: 120 })),
    {
      maxLength: 8,
    },
  ),
});

function mutate(html: string, change: typeof mutation extends fc.Arbitrary<infer T> ? T : never): Document {
  const doc = documentOf(html);
  const elements = () => [...doc.querySelectorAll('body *, head meta, head script, head link')];
  for (const index of change.removals) {
    const all = elements();
    all[index % Math.max(1, all.length)]?.remove();
  }
  for (const [index, value] of change.texts) {
    const all = elements();
    const target = all[index % Math.max(1, all.length)];
    if (target) target.textContent = value;
  }
  for (const [index, name, value] of change.attributes) {
    const all = elements();
    all[index % Math.max(1, all.length)]?.setAttribute(name, value);
  }
  return doc;
}

const CASES = [
  { file: 'linkedin/profile-classic.html', url: 'https://www.linkedin.com/in/ana-castillo-7b2a19/', detect: detectLinkedInProfile },
  { file: 'linkedin/profile-hashed.html', url: 'https://www.linkedin.com/in/ana-castillo-7b2a19/', detect: detectLinkedInProfile },
  { file: 'linkedin/profile-public.html', url: 'https://www.linkedin.com/in/wei-zhang-initech', detect: detectLinkedInProfile },
  { file: 'linkedin/company-about.html', url: 'https://www.linkedin.com/company/globex/about/', detect: detectLinkedInCompany },
  { file: 'linkedin/company-public.html', url: 'https://www.linkedin.com/company/globex', detect: detectLinkedInCompany },
  {
    file: 'gmail/thread-cc-reply.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
    detect: detectGmailThread,
  },
  {
    file: 'gmail/thread-long-collapsed.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
    detect: detectGmailThread,
  },
];

/** Cases tried per detector; `npm test` runs them all, the closing note reports the total. */
const RUNS = 100;

describe('detectors on mutated, hostile pages', () => {
  for (const { file, url, detect } of CASES) {
    it(`${file}: never throws, reports a valid capture or nothing`, () => {
      const html = fixture(file);
      fc.assert(
        fc.property(mutation, (change) => {
          const found = detect(mutate(html, change), url);
          if (found !== null) expect(Capture.safeParse(found).success).toBe(true);
        }),
        { numRuns: RUNS, seed: 20261122 },
      );
    });
  }
});
