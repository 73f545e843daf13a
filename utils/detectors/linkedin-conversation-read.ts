import type { z } from 'zod';
import { canonicalProfileUrl } from '../identity';
import type { LinkedInConversationCapture } from '../model/capture';
import { MAX_RECIPIENTS } from '../model/capture-limits';
import { clean } from './anchors';
import type { RawWaiting } from './reads';

// Reads a LinkedIn conversation: on the messaging page (`/messaging/thread/<id>/`) or in a
// conversation bubble over any LinkedIn page. Who is in it, who wrote last and when; never what
// anyone wrote. The messaging surfaces are still LinkedIn's Ember app in 2026 (evidence LM1–LM7 in
// tests/fixtures/linkedin-messaging/EVIDENCE.md): its BEM classes (`msg-s-…`) are semantic and
// stable, unlike the server-driven profile's hashed classes, and each field has a structural or
// link anchor too: people by their `/in/` links, the thread by the address, a message by its urn.

export type RawConversation = z.input<typeof LinkedInConversationCapture>;
type Person = { name: string; profileUrl?: string };

const EVENT = '[data-event-urn], .msg-s-event-listitem';

/** The conversation id in a messaging address, or undefined elsewhere. */
export function conversationIdOf(url: string): string | undefined {
  const id = /^https:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/messaging\/thread\/([^/?#]+)/.exec(url)?.[1];
  try {
    return id ? decodeURIComponent(id) : undefined;
  } catch {
    return id;
  }
}

/** While LinkedIn moves to another conversation on the messaging page, the panel waits for it. */
export function conversationWaiting(url: string): RawWaiting | null {
  return conversationIdOf(url) ? { kind: 'waiting', site: 'linkedin', url } : null;
}

/** An event in LinkedIn's messaging parts (a bubble, the messaging page's thread): worth a new read. */
export function inMessaging(path: readonly EventTarget[]): boolean {
  return path.some((target) => target instanceof Element && (target.id === 'interop-outlet' || /(?:^|\s)msg-/.test(target.className)));
}

/** The shadow roots LinkedIn mounts its overlays in (EVIDENCE I1: `#interop-outlet`), open ones only. */
export function overlayRoots(doc: Document): ShadowRoot[] {
  return [...doc.querySelectorAll('#interop-outlet, [data-testid="interop-shadowdom"]')]
    .map((host) => host.shadowRoot)
    .filter((root): root is ShadowRoot => root !== null);
}

function personOf(link: Element | null | undefined, name: string | undefined): Person | undefined {
  const profileUrl = canonicalProfileUrl(link?.getAttribute('href') ?? '');
  const shown = name ?? clean(link?.textContent);
  return shown ? (profileUrl ? { name: shown, profileUrl } : { name: shown }) : undefined;
}

const same = (a: Person, b: Person) => (a.profileUrl && b.profileUrl ? a.profileUrl === b.profileUrl : a.name === b.name);

interface Message {
  event: Element;
  /** From the group's meta line, carried over to the group's later messages. */
  sender: Person | undefined;
  /** LinkedIn marks others' messages `--other`; undefined when it marks none in the thread. */
  other: boolean | undefined;
  date: string | undefined;
  datetime: string | null | undefined;
}

/** The thread's messages in order, each with the sender and day its group and heading give it. */
function messagesOf(thread: Element): Message[] {
  const events = [...thread.querySelectorAll(EVENT)].filter((event) => !event.parentElement?.closest(EVENT));
  const isOther = (event: Element) => /--other\b/.test(event.className);
  const marks = events.some(isOther);
  let sender: Person | undefined;
  let day: string | undefined;
  let time: string | undefined;
  let datetime: string | null | undefined;
  return events.map((event) => {
    // The list item may open with the day's heading: a <time> outside the event.
    const heading = [...(event.closest('li') ?? event).querySelectorAll('time')].find((element) => !event.contains(element));
    if (heading) day = clean(heading.textContent);
    const link = event.querySelector('.msg-s-message-group__meta a[href*="/in/"], .msg-s-message-group__profile-link');
    const name = event.querySelector('.msg-s-message-group__name');
    if (link || name) {
      sender = personOf(link, clean(name?.textContent) ?? clean(link?.querySelector('img')?.getAttribute('alt')));
      const stamp = event.querySelector('time');
      time = clean(stamp?.textContent);
      datetime = stamp?.getAttribute('datetime') ?? heading?.getAttribute('datetime');
    }
    return { event, sender, other: marks ? isOther(event) : undefined, date: clean(`${day ?? ''} ${time ?? ''}`), datetime };
  });
}

function readThread(doc: Document, thread: Element, header: Element | null, threadId?: string): RawConversation | null {
  const messages = messagesOf(thread);
  const last = messages[messages.length - 1];
  if (!last) return null;
  const anchors: Record<string, string> = {};
  // The people the header links to: the other person of a conversation of two.
  const linked: Person[] = [];
  for (const link of header?.querySelectorAll('a[href*="/in/"]') ?? []) {
    const person = personOf(link, clean(link.querySelector('h2, h3, .msg-entity-lockup__entity-title')?.textContent));
    if (person && !linked.some((known) => same(known, person))) linked.push(person);
  }
  // The rep's own name: the global navigation's photo is the member's own.
  const me = clean(doc.querySelector('img.global-nav__me-photo')?.getAttribute('alt'));

  /** Whether the rep wrote a message, by the first anchor that can tell. */
  const isSelf = (message: Message): boolean | undefined => {
    const found: [string, boolean | undefined][] = [
      ['other-modifier', message.other === undefined ? undefined : !message.other],
      [
        'header-links',
        message.sender?.profileUrl && linked.some((person) => person.profileUrl)
          ? !linked.some((person) => person.profileUrl === message.sender?.profileUrl)
          : undefined,
      ],
      ['own-name', me && message.sender ? message.sender.name === me : undefined],
    ];
    const hit = found.find(([, value]) => value !== undefined);
    if (hit) anchors.fromSelf = hit[0];
    return hit?.[1];
  };

  const people = [...linked];
  for (const { sender, ...message } of messages)
    if (sender && isSelf({ sender, ...message }) === false && !people.some((person) => same(person, sender))) people.push(sender);
  // Nobody else wrote and the header links nobody: its title names who the rep wrote to. Never a
  // group's title, which lists several names in the rep's language.
  const title = clean(header?.querySelector('h2, .msg-entity-lockup__entity-title')?.textContent);
  if (people.length === 0 && title && title !== me) people.push({ name: title });
  if (people.length === 0) return null;
  anchors.participants = linked.length > 0 ? 'header' : 'senders';
  if (last.sender) anchors.latestFrom = 'message-group';
  if (last.date) anchors.latestDate = 'time-elements';
  if (threadId) anchors.threadId = 'url';

  const urn = clean(last.event.getAttribute('data-event-urn'));
  const at = last.datetime ? Date.parse(last.datetime) : Number.NaN;
  return {
    kind: 'linkedin-conversation',
    surface: threadId ? 'messaging' : 'overlay',
    conversationUrl: threadId ? `https://www.linkedin.com/messaging/thread/${encodeURIComponent(threadId)}/` : undefined,
    threadId,
    participants: people.slice(0, MAX_RECIPIENTS),
    latest: {
      from: last.sender,
      fromSelf: isSelf(last) ?? false,
      date: last.date,
      at: Number.isNaN(at) ? undefined : at,
      // What makes this message this one: its urn, else where it sits in the conversation.
      key:
        urn ??
        [
          threadId ?? people.map((person) => person.profileUrl ?? person.name).join('|'),
          last.date,
          last.sender?.name,
          messages.length,
        ].join(' · '),
    },
    messageCount: messages.length,
    anchors,
  };
}

export function readLinkedInConversation(doc: Document, url: string): RawConversation | null {
  const threadId = conversationIdOf(url);
  const list = threadId ? doc.querySelector('.msg-s-message-list, [id^="message-list-"]') : null;
  if (threadId && list) {
    const thread = list.closest('.msg-convo-wrapper, .msg-thread') ?? list;
    return readThread(
      doc,
      list,
      thread.querySelector('.msg-thread__link-to-profile')?.parentElement ?? thread.querySelector('.msg-title-bar'),
      threadId,
    );
  }
  // A conversation bubble holding messages (not the minimised inbox), the one the rep is in first.
  const roots: (Document | ShadowRoot)[] = [doc, ...overlayRoots(doc)];
  const bubbles = roots
    .flatMap((root) => [...root.querySelectorAll('.msg-overlay-conversation-bubble')])
    .filter((bubble) => bubble.querySelector(EVENT));
  const active = roots.map((root) => root.activeElement).find((element): element is Element => element !== null);
  const bubble = bubbles.find((candidate) => active && candidate.contains(active)) ?? bubbles[0];
  return bubble ? readThread(doc, bubble, bubble.querySelector('.msg-overlay-bubble-header')) : null;
}
