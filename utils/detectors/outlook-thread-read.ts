import type { z } from 'zod';
import { normaliseEmail } from '../identity';
import { parseAddressList } from '../mail-address';
import type { OutlookThreadCapture, ThreadMessage } from '../model/capture';
import { MAX_MESSAGES, MAX_RECIPIENTS } from '../model/capture-limits';
import { AnchorLog, clean } from './anchors';
import { parseNumericDate } from './mail-date';
import type { RawWaiting } from './reads';

// Reads the conversation in Outlook on the web's reading pane: subject, who wrote to whom and when,
// the conversation's id; never message bodies. Anchored on what integrations rely on (evidence
// O1–O7 in tests/fixtures/outlook/EVIDENCE.md): the reading pane's ids, each message's
// `data-testid="SentReceivedSavedTime"`, the persona chips (`data-lpc-hover-target-id`) whose text
// or label carries "Name <address>", the recipient well, the list's `data-convid`. Outlook shows
// the rep's own chips without an address; they resolve to the account when the page names it.

export type RawOutlookThread = z.input<typeof OutlookThreadCapture>;
type RawMessage = z.input<typeof ThreadMessage>;

export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] as const;

const TIME = '[data-testid="SentReceivedSavedTime"]';
const CHIP = '[data-lpc-hover-target-id]';
const RECIPIENTS = '[data-testid="RecipientWell"]';

function isOutlookMail(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return (OUTLOOK_HOSTS as readonly string[]).includes(parsed.hostname) && parsed.pathname.startsWith('/mail/') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The item id in a reading address: `/mail/inbox/id/<id>`, `/mail/0/id/<id>`, `/mail/deeplink/read/<id>`. */
export function outlookItemIdOf(url: string): string | undefined {
  const parsed = isOutlookMail(url);
  const id = parsed ? /\/(?:id|read)\/([^/?#]+)/.exec(parsed.pathname)?.[1] : undefined;
  if (!id) return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** While Outlook swaps one conversation for another, the panel waits instead of showing the last one. */
export function outlookWaiting(url: string): RawWaiting | null {
  return outlookItemIdOf(url) ? { kind: 'waiting', site: 'outlook', url } : null;
}

interface Chip {
  name: string | undefined;
  email: string | undefined;
}

/** A persona chip: "Name <address>" in its text, else its address in its label or tooltip, else a bare name. */
function chipOf(element: Element): Chip | undefined {
  const text = clean(element.textContent);
  const [inText] = parseAddressList(text ?? '');
  if (inText) return { name: inText.name, email: inText.email };
  for (const attribute of ['aria-label', 'title']) {
    const value = element.getAttribute(attribute) ?? '';
    const address = /[^\s<>():;,"']+@[^\s<>():;,"']+\.[^\s<>():;,"']+/.exec(value)?.[0];
    const email = address ? normaliseEmail(address) : null;
    if (email) return { name: text && text !== address ? text : undefined, email };
  }
  return text ? { name: text, email: undefined } : undefined;
}

/** The message that holds `time`: the largest ancestor inside `container` holding no other message's time. */
function messageRootOf(time: Element, container: Element): Element {
  let root = time;
  while (root.parentElement && root.parentElement !== container && root.parentElement.querySelectorAll(TIME).length === 1)
    root = root.parentElement;
  return root;
}

/** Every name the pane and the selected list row give an address for, to resolve chips that show a name only. */
function addressBook(pane: Element, doc: Document): Map<string, string> {
  const book = new Map<string, string>();
  const add = (chip: Chip | undefined) => {
    if (chip?.name && chip.email && !book.has(chip.name)) book.set(chip.name, chip.email);
  };
  for (const element of pane.querySelectorAll(CHIP)) add(chipOf(element));
  // The list row of this conversation shows its sender with the address as a tooltip.
  for (const element of doc.querySelectorAll('[role="option"][aria-selected="true"] [title*="@"]')) {
    const email = normaliseEmail(element.getAttribute('title') ?? '');
    add(email ? { name: clean(element.textContent), email } : undefined);
  }
  return book;
}

export function readOutlookThread(doc: Document, url: string): RawOutlookThread | null {
  if (!isOutlookMail(url)) return null;
  const log = new AnchorLog();
  const pane = log.first('readingPane', [
    ['reading-pane-id', () => doc.getElementById('ReadingPaneContainerId')],
    ['main', () => [...doc.querySelectorAll('[role="main"]')].find((main) => main.querySelector(TIME))],
  ]);
  if (!pane) return null;
  const container = pane.querySelector('[data-app-section="ConversationContainer"]') ?? pane;
  const times = [...container.querySelectorAll(TIME)];
  if (times.length === 0) return null;

  const account = log.first('account', [
    ['account-manager', () => normaliseEmail(doc.getElementById('mectrl_currentAccount_secondary')?.textContent ?? '') ?? undefined],
  ]);
  const accountName = log.first('accountName', [
    ['account-manager', () => clean(doc.getElementById('mectrl_currentAccount_primary')?.textContent)],
  ]);
  const book = addressBook(pane, doc);
  if (account && accountName) book.set(accountName, account);

  /** A chip as a participant; the rep's own chip (no address anywhere, or the account's name) as self. */
  const resolve = (chip: Chip): { email: string; name?: string } | 'self' | undefined => {
    const email = chip.email ?? (chip.name ? book.get(chip.name) : undefined);
    if (email) return chip.name ? { email, name: chip.name } : { email };
    return chip.name ? 'self' : undefined;
  };

  const everyone = new Set<string>();
  const listed = new Set<string>();
  const messages: RawMessage[] = [];
  for (const time of times.slice(-MAX_MESSAGES)) {
    const root = messageRootOf(time, container);
    const well = root.querySelector(RECIPIENTS);
    const chips = [...root.querySelectorAll(CHIP)];
    const senderElement = chips.find((element) => !well?.contains(element));
    const sender = senderElement ? chipOf(senderElement) : undefined;
    const from = sender ? resolve(sender) : undefined;
    const recipients = chips
      .filter((element) => well?.contains(element))
      .map(chipOf)
      .map((chip) => (chip ? resolve(chip) : undefined))
      .filter((person): person is { email: string; name?: string } => person !== undefined && person !== 'self');
    for (const person of recipients) everyone.add(person.email);
    const to = recipients.slice(0, MAX_RECIPIENTS);
    for (const person of to) listed.add(person.email);
    if (from && from !== 'self') {
      everyone.add(from.email);
      listed.add(from.email);
    }
    const collapsed = root.matches('[aria-expanded="false"]') || root.querySelector('[aria-expanded="false"]') !== null;
    const date = clean(time.getAttribute('title')) ?? clean(time.textContent);
    messages.push({
      from: from === 'self' ? undefined : from,
      fromSelf: from === 'self' || (from !== undefined && account !== undefined && from.email === account),
      to,
      cc: [],
      state: collapsed ? 'collapsed' : 'expanded',
      date,
      at: parseNumericDate(date, doc.documentElement.lang),
    });
  }
  log.hits.messages = container === pane ? 'sent-time' : 'conversation-container';

  const subject = log.first('subject', [
    ['pane-heading', () => clean(pane.querySelector('[role="heading"]')?.textContent)],
    ['subject-id', () => clean(pane.querySelector('[id$="_SUBJECT"]')?.textContent)],
  ]);
  const conversationId = log.first('conversationId', [
    ['selected-row', () => clean(doc.querySelector('[data-convid][aria-selected="true"]')?.getAttribute('data-convid'))],
    [
      'active-descendant',
      () => {
        const id = doc.querySelector('[role="listbox"][aria-activedescendant]')?.getAttribute('aria-activedescendant');
        return clean(id ? doc.getElementById(id)?.closest('[data-convid]')?.getAttribute('data-convid') : undefined);
      },
    ],
  ]);
  const threadToken = outlookItemIdOf(url) ?? conversationId;
  if (!threadToken) return null;

  return {
    kind: 'outlook-thread',
    threadUrl: url,
    threadToken,
    conversationId,
    subject,
    account,
    accountName,
    messages,
    moreParticipants: everyone.size - listed.size || undefined,
    anchors: log.hits,
  };
}
