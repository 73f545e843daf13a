import { normaliseEmail } from '../identity';
import { AnchorLog, clean, meta } from './anchors';
import { parseMailDate } from './mail-date';

// Reads the open Gmail thread: ids, subject, who wrote to whom and when. It never reads message
// bodies. Free of Zod for the content script's size; detectGmailThread validates.

export interface RawParticipant {
  name?: string | undefined;
  email: string;
}

export interface RawMessage {
  from: RawParticipant;
  to: RawParticipant[];
  cc: RawParticipant[];
  at?: number | undefined;
}

export interface RawThread {
  kind: 'gmail-thread';
  threadUrl: string;
  threadToken: string;
  legacyThreadId?: string | undefined;
  permThreadId?: string | undefined;
  subject?: string | undefined;
  account?: string | undefined;
  messages: RawMessage[];
  anchors: Record<string, string>;
}

const EMAIL_IN_TEXT = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/;

/** The thread token is the last segment of the hash route: `#inbox/<id>`, `#label/x/<id>`, `#search/q/<id>`. */
export function threadTokenOf(url: string): string | undefined {
  const hash = url.split('#')[1];
  if (!hash) return undefined;
  const last = hash.split('?')[0]?.split('/').pop() ?? '';
  return /^(?:[A-Za-z]{6,}[A-Za-z0-9]{10,}|[0-9a-f]{16})$/.test(last) ? last : undefined;
}

/** A participant from an element carrying an address: the `email` attribute, else the hovercard id. */
function participantOf(element: Element): RawParticipant | undefined {
  const email = normaliseEmail(element.getAttribute('email') ?? element.getAttribute('data-hovercard-id') ?? '');
  if (!email) return undefined;
  const name = clean(element.getAttribute('name')) ?? clean(element.textContent);
  return { email, name: name && normaliseEmail(name) !== email ? name : undefined };
}

const ADDRESS = '[email], [data-hovercard-id*="@"]';
const MESSAGE = '[data-message-id], [data-legacy-message-id]';

function readMessage(container: Element): RawMessage | undefined {
  const header = container.querySelector('h3, .gE, .kQ') ?? container;
  const fromElement = header.querySelector(ADDRESS) ?? container.querySelector(ADDRESS);
  const from = fromElement ? participantOf(fromElement) : undefined;
  if (!from || !fromElement) return undefined;
  const to: RawParticipant[] = [];
  const cc: RawParticipant[] = [];
  // Recipients line: addresses after the sender; "cc" (the same word in most languages) starts the copies.
  const line = container.querySelector('.hb');
  if (line) {
    let inCc = false;
    const walker = line.ownerDocument.createTreeWalker(line, 0x1 | 0x4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3 && /\bcc\b/i.test(node.textContent ?? '')) inCc = true;
      if (node.nodeType === 1 && (node as Element).matches(ADDRESS)) {
        const participant = participantOf(node as Element);
        if (participant) (inCc ? cc : to).push(participant);
      }
    }
  }
  const dateElement = container.querySelector('.g3[title], span[title][role="gridcell"]');
  const at = parseMailDate(dateElement?.getAttribute('title')) ?? parseMailDate(dateElement?.getAttribute('alt'));
  return { from, to, cc, at };
}

export function readGmailThread(doc: Document, url: string): RawThread | null {
  if (!/^https:\/\/mail\.google\.com\/mail\//.test(url)) return null;
  const threadToken = threadTokenOf(url);
  if (!threadToken) return null;
  const main = doc.querySelector('[role="main"]') ?? doc.body;
  const log = new AnchorLog();
  const subjectElement = main.querySelector('h2[data-thread-perm-id], h2[data-legacy-thread-id], h2.hP');

  // The outermost element of each message: Gmail nests ids (legacy inside new) in some layouts.
  // One ancestor walk per element, not a comparison with every other: long threads stay cheap.
  const messages = [...main.querySelectorAll(MESSAGE)]
    .filter((element) => {
      const outer = element.parentElement?.closest(MESSAGE);
      return !outer || outer === main || !main.contains(outer);
    })
    .map(readMessage)
    .filter((message): message is RawMessage => message !== undefined)
    .slice(0, 500);
  if (messages.length === 0) return null;
  log.hits.messages = 'data-message-id';

  const subject = log.first('subject', [
    ['thread-heading', () => clean(subjectElement?.textContent)],
    // "Subject - account@example.com - Gmail": the title's first part, when it carries the account.
    ['title', () => (EMAIL_IN_TEXT.test(doc.title) ? clean(doc.title.split(/ - [^ ]+@[^ ]+ - /)[0]) : undefined)],
  ]);
  const permThreadId = log.first('permThreadId', [['thread-heading', () => clean(subjectElement?.getAttribute('data-thread-perm-id'))]]);
  const legacyThreadId = log.first('legacyThreadId', [
    ['thread-heading', () => clean(subjectElement?.getAttribute('data-legacy-thread-id'))],
    ['url', () => (/^[0-9a-f]{16}$/.test(threadToken) ? threadToken : undefined)],
  ]);
  const account = log.first('account', [
    ['meta', () => normaliseEmail(meta(doc, 'og-profile-acct') ?? '') ?? undefined],
    [
      'account-button',
      () =>
        normaliseEmail(
          EMAIL_IN_TEXT.exec(doc.querySelector('a[href*="accounts.google.com/SignOutOptions"]')?.getAttribute('aria-label') ?? '')?.[0] ??
            '',
        ) ?? undefined,
    ],
    ['title', () => normaliseEmail(/ - ([^ ]+@[^ ]+) - /.exec(doc.title)?.[1] ?? '') ?? undefined],
  ]);

  return {
    kind: 'gmail-thread',
    threadUrl: url,
    threadToken,
    legacyThreadId,
    permThreadId,
    subject,
    account,
    messages,
    anchors: log.hits,
  };
}
