// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectGmailThread } from '../../../utils/detectors/gmail-thread';
import { detectLinkedInConversation } from '../../../utils/detectors/linkedin-conversation';
import { detectLinkedInProfile } from '../../../utils/detectors/linkedin-profile';
import { detectOutlookThread } from '../../../utils/detectors/outlook-thread';
import type { Capture } from '../../../utils/model/capture';
import { redactPage } from '../../../utils/redact-page';
import { savedPages } from '../corpus';
import { documentOf } from '../fixtures';

// "Save a redacted copy of this page": nothing a person wrote or is named by survives, and the
// structure Tend reads does, so a copy attached to a bug report shows what broke.

const pages = [...savedPages('linkedin'), ...savedPages('linkedin-messaging'), ...savedPages('gmail'), ...savedPages('outlook')].filter(
  (page) =>
    page.origin !== 'shared' &&
    ['linkedin-profile', 'gmail-thread', 'outlook-thread', 'linkedin-conversation'].includes(page.expectation.pageType) &&
    !page.expectation.page,
);

function detect(pageType: string, doc: Document, url: string): Capture | null {
  if (pageType === 'gmail-thread') return detectGmailThread(doc, url);
  if (pageType === 'outlook-thread') return detectOutlookThread(doc, url);
  if (pageType === 'linkedin-conversation') return detectLinkedInConversation(doc, url);
  return detectLinkedInProfile(doc, url);
}

/** Every string an expectation holds: names, headlines, places, addresses, subjects, ids. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  // Keys are field names, but for the participants map, whose keys are addresses.
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [...(key.includes('@') ? [key] : []), ...strings(inner)]);
  return [];
}

describe('redactPage', () => {
  it('has pages to redact', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages.map((page) => [page.file.split('/').slice(-2).join('/'), page] as const))(
    '%s: no text survives, the structure does',
    (_name, page) => {
      const original = documentOf(page.html);
      const copyHtml = redactPage(original, page.expectation.url);
      const copy = documentOf(copyHtml);

      // Every text left is a shape: x for letters, 0 for digits, punctuation and spaces.
      const walker = copy.createTreeWalker(copy.documentElement, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (!node.parentElement?.closest('script, style, code')) expect(node.textContent).toMatch(/^(?:[xX0*\s\p{P}\p{S}]|2000)*$/u);

      // Nothing the page says about anyone is anywhere in the copy: not in text, attributes or URLs.
      // The words the copy keeps by design are its structure: tag and attribute names, classes, the
      // route words of its links, and the placeholders it put in.
      const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
      const structure = new Set([
        ...[...copy.querySelectorAll('*')].flatMap((element) => [
          ...tokens(element.localName),
          ...[...element.attributes].flatMap((attribute) => tokens(attribute.name)),
          ...tokens(element.getAttribute('class') ?? ''),
        ]),
        // Hosts and path words kept in URLs (Tend's anchors read them), and the placeholders.
        ...tokens(
          'https linkedin media licdn google mail image profile displayphoto framedphoto displaybackgroundimage shrink scale company school',
        ),
        ...tokens(
          'example invalid person slug site tokenxxxxx mynetwork search results people messaging compose overlay contact info photo about this details experience thread message popout',
        ),
      ]);
      // The copy's own header note is Tend's words, not the page's.
      const inCopy = new Set(tokens(copyHtml.slice(copyHtml.indexOf('-->') + 3)));
      const secrets = new Set(strings(page.expectation.expected).flatMap(tokens));
      expect(secrets.size).toBeGreaterThan(5);
      const leaked = [...secrets].filter((secret) => inCopy.has(secret) && !structure.has(secret));
      expect(leaked, [...leaked].join(' ')).toEqual([]);
      for (const name of page.expectation.mustNotExtract?.names ?? []) if (/\p{L}/u.test(name)) expect(copyHtml).not.toContain(name);

      // Tend's anchors still find the same fields in the copy, at its redacted address.
      const path = /page path (\S+)/.exec(copyHtml)?.[1] ?? '';
      const redactedUrl = `${new URL(page.expectation.url).origin}${path}`;
      const before = detect(page.expectation.pageType, original, page.expectation.url);
      const after = detect(page.expectation.pageType, copy, redactedUrl);
      expect(after?.kind, redactedUrl).toBe(before?.kind);
      // Only a value derived from what the words say (a title found in the headline) cannot survive.
      const structural = (anchors: Record<string, string>) =>
        Object.fromEntries(Object.entries(anchors).filter(([, anchor]) => anchor !== 'headline-derived'));
      if (before && after && 'anchors' in before && 'anchors' in after)
        expect(structural(after.anchors)).toEqual(structural(before.anchors));
    },
  );

  it('keeps the live page as it was', () => {
    const page = pages[0];
    if (!page) throw new Error('no page');
    const doc = documentOf(page.html);
    const before = doc.documentElement.outerHTML;
    redactPage(doc, page.expectation.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
