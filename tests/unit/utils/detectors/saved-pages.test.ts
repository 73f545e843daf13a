// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectGmailThread } from '../../../../utils/detectors/gmail-thread';
import { detectLinkedInCompany } from '../../../../utils/detectors/linkedin-company';
import { detectLinkedInConversation } from '../../../../utils/detectors/linkedin-conversation';
import { detectLinkedInProfile } from '../../../../utils/detectors/linkedin-profile';
import { detectOutlookThread } from '../../../../utils/detectors/outlook-thread';
import type { Capture } from '../../../../utils/model/capture';
import { CORPUS, CORPUS_COPIES, type SavedPage, savedPages } from '../../corpus';
import { documentOf } from '../../fixtures';
import { fieldCount, type Mismatch, mismatchesOf, optionalMismatches } from '../../page-expectations';

// Every saved page (the shared corpus, its copies in tests/fixtures/corpus, our own pages written
// from its evidence) read by the detector for its page type and compared with its
// `.expected.json`, field by field. No page is skipped: a page type without a detector fails.

function detect(pageType: string, doc: Document, url: string): Capture | null {
  if (pageType === 'gmail-thread') return detectGmailThread(doc, url);
  if (pageType === 'outlook-thread') return detectOutlookThread(doc, url);
  if (pageType === 'linkedin-conversation') return detectLinkedInConversation(doc, url);
  if (pageType === 'linkedin-company') return detectLinkedInCompany(doc, url);
  return detectLinkedInProfile(doc, url);
}

const name = (page: SavedPage) => `${page.origin}: ${path.basename(page.file)}`;
const pages = [...savedPages('linkedin'), ...savedPages('linkedin-messaging'), ...savedPages('gmail'), ...savedPages('outlook')];
const tally = { fields: 0, wrong: 0 };

afterAll(() => {
  // The share of fields read right over every saved page: the figure the README quotes.
  console.info(`Saved pages: ${pages.length}; fields read right: ${tally.fields - tally.wrong} of ${tally.fields}`);
});

describe('saved pages', () => {
  it('include the corpus pages and pages of our own for LinkedIn and Gmail, on any clone', () => {
    const origins = new Set(pages.map((page) => `${page.origin}:${page.expectation.pageType}`));
    for (const required of [
      'copy:linkedin-profile',
      'copy:gmail-thread',
      'own:linkedin-profile',
      'own:gmail-thread',
      'own:linkedin-conversation',
      'own:outlook-thread',
    ])
      expect(origins).toContain(required);
  });

  it.each(pages.map((page) => [name(page), page] as const))('%s reads right, field by field', (_name, page) => {
    const { url, pageType, expected, optional, mustNotExtract } = page.expectation;
    const capture = detect(pageType, documentOf(page.html), url);
    const mismatches: Mismatch[] = [...mismatchesOf(pageType, capture, expected), ...optionalMismatches(pageType, capture, optional)];
    tally.fields += fieldCount(expected);
    tally.wrong += mismatches.length;
    expect(mismatches).toEqual([]);
    // Nothing from other people on the page (the viewer, side rails, the previous profile) leaks in.
    const text = JSON.stringify(capture);
    for (const other of [...(mustNotExtract?.names ?? []), ...(mustNotExtract?.emails ?? [])]) expect(text).not.toContain(other);
    for (const other of mustNotExtract?.urls ?? []) expect(text).not.toContain(other.replace(/\/$/, ''));
  });

  const variants = pages.flatMap((page) =>
    (page.expectation.variants ?? []).map((variant) => [name(page), variant.mutate, page, variant] as const),
  );
  it.each(variants)('%s, mutated (%s), reads as expected', (_name, _mutate, page, variant) => {
    const doc = documentOf(page.html);
    applyMutation(doc, variant.mutate);
    const capture = detect(page.expectation.pageType, doc, page.expectation.url);
    expect(capture?.kind).toBe('gmail-thread');
    if (capture?.kind !== 'gmail-thread') return;
    for (const [pathText, value] of Object.entries(variant.expect))
      expect([pathText, valueAt(capture, pathText)]).toEqual([pathText, value]);
  });
});

/** The mutations the corpus describes in words, done to the document. An unknown one fails. */
function applyMutation(doc: Document, mutate: string): void {
  const setAttribute = /^set (\S+?)\[(\S+?)\] to the string '([^']*)'/.exec(mutate);
  if (setAttribute) {
    const [, selector = '', attribute = '', value = ''] = setAttribute;
    const element = doc.querySelector(selector);
    expect(element, selector).not.toBeNull();
    element?.setAttribute(attribute, value);
    return;
  }
  const removeAttribute = /^remove (\S+) from message (\d+)/.exec(mutate);
  if (removeAttribute) {
    const [, attribute = '', position = '1'] = removeAttribute;
    const carriers = [...doc.querySelectorAll(`[${attribute}]`)];
    const messages = [...doc.querySelectorAll('[role="list"] > *')];
    const target = carriers.find((element) => messages[Number(position) - 1]?.contains(element));
    expect(target, `message ${position} carrying ${attribute}`).toBeDefined();
    target?.removeAttribute(attribute);
    return;
  }
  throw new Error(`No mutation known for "${mutate}"`);
}

/** A value of a thread capture at an expectation's path: `threadIds.perm`, `messages[2].legacyMessageId`. */
function valueAt(capture: Extract<Capture, { kind: 'gmail-thread' }>, pathText: string): unknown {
  const ids: Record<string, unknown> = {
    'threadIds.perm': capture.permThreadId,
    'threadIds.legacy': capture.legacyThreadId,
    'threadIds.urlToken': capture.threadToken,
  };
  if (pathText in ids) return ids[pathText] ?? null;
  const message = /^messages\[(\d+)\]\.(\w+)$/.exec(pathText);
  if (message) {
    const found = capture.messages[Number(message[1])];
    const field = { messageId: found?.id, legacyMessageId: found?.legacyId, from: found?.from?.email }[message[2] ?? ''];
    return field ?? null;
  }
  throw new Error(`No path known for "${pathText}"`);
}

describe('the copies of the shared corpus', () => {
  it.runIf(existsSync(CORPUS))('are the shared corpus as it is now (npm run corpus:refresh after it grows)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(path.join(dir, entry.name)).map((inner) => path.join(entry.name, inner)) : [entry.name],
      );
    const shared = files(CORPUS).sort();
    expect(files(CORPUS_COPIES).sort()).toEqual(shared);
    for (const file of shared)
      expect(readFileSync(path.join(CORPUS_COPIES, file), 'utf8'), `${file} is current`).toBe(
        readFileSync(path.join(CORPUS, file), 'utf8'),
      );
  });
});
