import type { z } from 'zod';
import { normaliseEmail } from '../identity';
import { decodeEncodedWords } from '../mail-address';
import type { GmailThreadCapture, ThreadMessage } from '../model/capture';
import { MAX_MESSAGES, MAX_RECIPIENTS } from '../model/capture-limits';
import { AnchorLog, clean, meta } from './anchors';
import { parseMailDate } from './mail-date';
import type { RawWaiting } from './reads';

// Reads the open Gmail thread: ids, subject, who wrote to whom and when, every message counted
// (expanded, collapsed, folded into "N older messages"). It never reads message bodies. Anchored on
// what Gmail integrations have relied on for years (EVIDENCE G1–G9): the subject heading's thread
// ids, the message list's items, the sender and recipient chips' `email`/`name` attributes, the
// date's `title`. Free of Zod at run time; utils/detectors/check-capture.ts checks what it returns.

export type RawThread = z.input<typeof GmailThreadCapture>;
type RawMessage = z.input<typeof ThreadMessage>;
type State = 'expanded' | 'collapsed' | 'hidden' | 'bundle';

const ADDRESS = '[email], [data-hovercard-id*="@"]';
const MESSAGE_ID = '[data-message-id], [data-legacy-message-id]';
const EMAIL_IN_TEXT = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/;

/**
 * A thread opened in its own window (`/mail/u/0/popout?…&th=%23thread-f%3A<decimal>`): its permanent
 * id, from the `th` parameter.
 */
export function popoutThreadOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (!/^\/mail\/(?:u|b)\/.+\/popout$/.test(parsed.pathname)) return undefined;
    return /^#?(thread-[af]:\d{1,25})$/.exec(parsed.searchParams.get('th') ?? '')?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The thread token: the last segment of the hash route (`#inbox/<id>`, `#label/x/<id>`,
 * `#search/q/<id>`), or the permanent id of a thread opened in its own window.
 */
export function threadTokenOf(url: string): string | undefined {
  const popout = popoutThreadOf(url);
  if (popout) return popout;
  const hash = url.split('#')[1];
  if (!hash) return undefined;
  const last = hash.split('?')[0]?.split('/').pop() ?? '';
  return /^(?:[A-Za-z]{6,}[A-Za-z0-9]{10,}|[0-9a-f]{16})$/.test(last) ? last : undefined;
}

/** The legacy hex id of a `thread-f:`/`msg-f:` decimal id (EVIDENCE G3: the same number in hex). */
function hexOf(permanent: string | undefined): string | undefined {
  const decimal = /^(?:thread|msg)-f:(\d{1,25})$/.exec(permanent ?? '')?.[1];
  if (!decimal) return undefined;
  const hex = BigInt(decimal).toString(16);
  return hex.length <= 16 ? hex.padStart(16, '0') : undefined;
}

/** While Gmail swaps one open thread for another, the panel waits instead of showing the last one. */
export function gmailWaiting(url: string): RawWaiting | null {
  return /^https:\/\/mail\.google\.com\/mail\//.test(url) && threadTokenOf(url) ? { kind: 'waiting', site: 'gmail', url } : null;
}

function emailOf(element: Element): string | undefined {
  return normaliseEmail(element.getAttribute('email') ?? element.getAttribute('data-hovercard-id') ?? '') ?? undefined;
}

/** Not hidden by an attribute or an inline style (layouts keep several thread panes in the page). */
function shown(element: Element): boolean {
  return element.closest('[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]') === null;
}

/** A message item's state (G4): the list item's class, else what it holds. */
function stateOf(item: Element): State | undefined {
  if (item.matches('.kQ, .kx')) return 'hidden';
  if (item.matches('.adv') || item.querySelector(':scope > .adv')) return 'bundle';
  if (item.matches('.h7') || item.querySelector('.adn')) return 'expanded';
  if (item.matches('.kv') || item.querySelector('.adf')) return 'collapsed';
  return item.querySelector(ADDRESS) ? 'collapsed' : undefined;
}

/**
 * The thread's message items: the children of the list holding its senders (G4), else each
 * outermost element carrying a message id (older layouts).
 */
function messageItems(container: Element): Element[] {
  const list = [...container.querySelectorAll('[role="list"]')].find((candidate) => candidate.querySelector('.gD, [data-message-id]'));
  if (list) return [...list.children];
  return [...container.querySelectorAll(MESSAGE_ID)].filter((element) => {
    const outer = element.parentElement?.closest(MESSAGE_ID);
    return !outer || !container.contains(outer);
  });
}

interface Chip {
  email: string;
  /** The chip's `name` attribute, else its text. */
  name: string | undefined;
}

function chipOf(element: Element): Chip | undefined {
  const email = emailOf(element);
  if (!email) return undefined;
  // A name attribute can carry an encoded word (RFC 2047) when a sender's client wrote one oddly.
  const name = clean(decodeEncodedWords(element.getAttribute('name') ?? '')) ?? clean(element.textContent);
  return { email, name: name && normaliseEmail(name) !== email ? name : undefined };
}

interface ReadMessage {
  from: Chip;
  recipients: Chip[];
  message: Omit<RawMessage, 'from' | 'to' | 'cc'>;
}

function readMessage(item: Element, state: 'expanded' | 'collapsed'): ReadMessage | undefined {
  const senderElement = item.querySelector('.gD') ?? item.querySelector('h3 [email], .gE [email]') ?? item.querySelector(ADDRESS);
  const from = senderElement ? chipOf(senderElement) : undefined;
  if (!from || !senderElement) return undefined;
  const recipientElements = [...item.querySelectorAll('.g2')];
  const recipients = (
    recipientElements.length > 0 ? recipientElements : [...item.querySelectorAll(`.hb ${ADDRESS.split(', ').join(', .hb ')}`)]
  )
    .filter((element) => element !== senderElement)
    .map(chipOf)
    .filter((chip): chip is Chip => chip !== undefined);
  const dateElement = item.querySelector('.g3[title]') ?? item.querySelector('span[title][role="gridcell"]');
  const date = clean(dateElement?.getAttribute('title'));
  const idElement = item.matches(MESSAGE_ID) ? item : item.querySelector(MESSAGE_ID);
  return {
    from,
    recipients,
    message: {
      state,
      date,
      at: parseMailDate(date) ?? parseMailDate(dateElement?.getAttribute('alt')),
      id: clean(idElement?.getAttribute('data-message-id')?.replace(/^#/, '')),
      legacyId: clean(idElement?.getAttribute('data-legacy-message-id')),
    },
  };
}

/** The account button (a link to Google's sign-out options), whose label reads "…: Name (address)". */
function accountLabel(doc: Document): string | undefined {
  const button =
    doc.querySelector('a[href*="accounts.google.com/SignOutOptions"][aria-label]') ??
    doc.querySelector('[role="banner"] [aria-label*="@"], header [aria-label*="@"]');
  return button?.getAttribute('aria-label') ?? undefined;
}

/** "Google Account: Pell Arkwright (pell@…)" in any language: the words between the colon and the address. */
function accountNameOf(label: string | undefined, account: string | undefined): string | undefined {
  if (!label || !account) return undefined;
  const withoutAddress = label.replace(/\(\s*[^()]*@[^()]*\)/, '');
  const colon = Math.max(withoutAddress.lastIndexOf(':'), withoutAddress.lastIndexOf('：'));
  return colon >= 0 ? clean(withoutAddress.slice(colon + 1)) : undefined;
}

/**
 * One name per address, the fullest the thread shows: a sender's own name first, then the name
 * on the account button for the rep's address, then a recipient chip's. The chip Gmail shows for
 * the rep ("me", "ich", "saya") never names anyone.
 */
function namesOf(messages: readonly ReadMessage[], account: string | undefined, accountName: string | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const { from } of messages) if (from.name && !names.has(from.email)) names.set(from.email, from.name);
  if (account && accountName && !names.has(account)) names.set(account, accountName);
  for (const { recipients } of messages)
    for (const chip of recipients) if (chip.name && chip.email !== account && !names.has(chip.email)) names.set(chip.email, chip.name);
  return names;
}

export function readGmailThread(doc: Document, url: string): RawThread | null {
  if (!/^https:\/\/mail\.google\.com\/mail\//.test(url)) return null;
  const threadToken = threadTokenOf(url);
  if (!threadToken) return null;
  const main = doc.querySelector('[role="main"]') ?? doc.body;
  const log = new AnchorLog();
  const subjectElement = [...main.querySelectorAll('h2[data-legacy-thread-id], h2[data-thread-perm-id], h2.hP')].find(shown);
  const container = subjectElement?.closest('.a98, .iY') ?? main;

  const read: ReadMessage[] = [];
  let hidden = 0;
  let bundled = 0;
  for (const item of messageItems(container)) {
    if (!shown(item) && !item.matches('.kQ, .kx')) continue;
    const state = stateOf(item);
    if (state === 'hidden') hidden++;
    else if (state === 'bundle') bundled = Math.max(bundled, Number(/\d+/.exec(clean(item.textContent) ?? '')?.[0] ?? 0));
    else if (state) {
      const message = readMessage(item, state);
      if (message) read.push(message);
    }
  }
  if (read.length === 0) return null;
  log.hits.messages = container.querySelector('[role="list"]') ? 'message-list' : 'data-message-id';

  const label = accountLabel(doc);
  const account = log.first('account', [
    ['account-button', () => normaliseEmail(EMAIL_IN_TEXT.exec(label ?? '')?.[0] ?? '') ?? undefined],
    // "Subject - me@example.com - Gmail": the address right before the product's name (G8).
    ['title', () => normaliseEmail(/(?:^| - )([^\s]+@[^\s]+) - [^-]+$/.exec(doc.title)?.[1] ?? '') ?? undefined],
    ['meta', () => normaliseEmail(meta(doc, 'og-profile-acct') ?? '') ?? undefined],
  ]);
  const accountName = log.first('accountName', [['account-button', () => accountNameOf(label, account)]]);
  const names = namesOf(read, account, accountName);
  const named = (chip: Chip) => ({ email: chip.email, name: names.get(chip.email) });

  // Every address on the thread is counted; a message lists at most MAX_RECIPIENTS of them.
  const everyone = new Set<string>();
  const listed = new Set<string>();
  const messages = read.slice(-MAX_MESSAGES).map(({ from, recipients, message }) => {
    const to = recipients.slice(0, MAX_RECIPIENTS);
    for (const chip of [from, ...recipients]) everyone.add(chip.email);
    for (const chip of [from, ...to]) listed.add(chip.email);
    return { ...message, from: named(from), to: to.map(named), cc: [] };
  });

  const subject = log.first('subject', [
    ['thread-heading', () => clean(subjectElement?.textContent)],
    // "Subject - account@example.com - Gmail": the title's first part, when it carries the account.
    ['title', () => (EMAIL_IN_TEXT.test(doc.title) ? clean(doc.title.split(/ - [^ ]+@[^ ]+ - /)[0]) : undefined)],
  ]);
  // Since November 2025 the permanent id is often the literal "undefined" (G2): only a real one counts.
  const permThreadId = log.first('permThreadId', [
    ['thread-heading', () => clean(subjectElement?.getAttribute('data-thread-perm-id')?.match(/^thread-[af]:\S+$/)?.[0])],
    ['popout-url', () => popoutThreadOf(url)],
  ]);
  const legacyThreadId = log.first('legacyThreadId', [
    ['thread-heading', () => clean(subjectElement?.getAttribute('data-legacy-thread-id'))],
    ['url', () => (/^[0-9a-f]{16}$/.test(threadToken) ? threadToken : undefined)],
    ['perm-id', () => hexOf(permThreadId)],
  ]);

  return {
    kind: 'gmail-thread',
    threadUrl: url,
    threadToken,
    legacyThreadId,
    permThreadId,
    subject,
    account,
    accountName,
    messages,
    hiddenMessages: Math.max(hidden, bundled) || undefined,
    moreParticipants: everyone.size - listed.size || undefined,
    anchors: log.hits,
  };
}
