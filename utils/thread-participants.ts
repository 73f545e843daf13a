import type { GmailThreadCapture, MailThreadCapture, Participant } from './model/capture';
import { emailDomain } from './model/email-address';

// Who a thread is with, from the rep's side: everyone who wrote or was addressed, once each, less
// the rep's own address and whatever the rep said never to log.

/** True when an address is on the never-log list: exact addresses, or domains as `@x.com` / `x.com` (subdomains too). */
export function isNeverLogged(email: string, neverLog: readonly string[]): boolean {
  const address = email.toLowerCase();
  const domain = emailDomain(address) ?? '';
  return neverLog.some((raw) => {
    const entry = raw.trim().toLowerCase();
    if (!entry) return false;
    if (entry.includes('@') && !entry.startsWith('@')) return entry === address;
    const blocked = entry.replace(/^@/, '');
    return domain === blocked || domain.endsWith(`.${blocked}`);
  });
}

export interface ThreadSummary {
  /** Where the thread is: the source a logged touch names. */
  source: 'gmail' | 'outlook';
  /** The stable reference a logged touch carries, so a thread is logged once per contact. */
  ref: string;
  /**
   * Every id of the same thread (`ref` first): Gmail names a thread by its permanent id, its legacy
   * hex id (the same number, EVIDENCE G3) or the address's token, and shows one or the other
   * depending on the view. A touch logged under any of them is this thread's.
   */
  refs: string[];
  participants: Participant[];
  subject: string | undefined;
  /** Date of the latest message, when the page showed one. */
  latestAt: number | undefined;
  /** Out when the last message is from the rep. */
  direction: 'in' | 'out';
}

/** A Gmail thread's ids, each also in the other form: `thread-f:<decimal>` and its 16-digit hex. */
function gmailRefs(thread: GmailThreadCapture): string[] {
  const refs = [thread.permThreadId, thread.legacyThreadId];
  const decimal = /^thread-f:(\d{1,25})$/.exec(thread.permThreadId ?? '')?.[1];
  if (decimal) refs.push(BigInt(decimal).toString(16).padStart(16, '0'));
  if (thread.legacyThreadId && /^[0-9a-f]{16}$/.test(thread.legacyThreadId)) refs.push(`thread-f:${BigInt(`0x${thread.legacyThreadId}`)}`);
  refs.push(thread.threadToken);
  return [...new Set(refs.filter((ref): ref is string => Boolean(ref)))];
}

export function summariseThread(
  thread: MailThreadCapture,
  neverLog: readonly string[],
  ownAddresses: readonly string[] = [],
): ThreadSummary {
  const own = new Set(
    [thread.account, ...ownAddresses].filter((address): address is string => Boolean(address)).map((address) => address.toLowerCase()),
  );
  const byEmail = new Map<string, Participant>();
  for (const message of thread.messages) {
    for (const person of [message.from, ...message.to, ...message.cc]) {
      if (!person) continue;
      if (own.has(person.email) || isNeverLogged(person.email, neverLog)) continue;
      const known = byEmail.get(person.email);
      // Keep the fullest name seen: "Priya Nair" rather than "Priya" or "me".
      if (!known || (person.name && (!known.name || person.name.length > known.name.length))) byEmail.set(person.email, person);
    }
  }
  const last = thread.messages[thread.messages.length - 1];
  const dates = thread.messages.map((message) => message.at).filter((at): at is number => at !== undefined);
  const refs =
    thread.kind === 'gmail-thread'
      ? gmailRefs(thread)
      : [...new Set([thread.conversationId, thread.threadToken].filter((ref): ref is string => Boolean(ref)))];
  return {
    source: thread.kind === 'gmail-thread' ? 'gmail' : 'outlook',
    ref: refs[0] ?? thread.threadToken,
    refs,
    participants: [...byEmail.values()],
    subject: thread.subject,
    latestAt: dates.length > 0 ? Math.max(...dates) : undefined,
    direction: last && (last.fromSelf || (last.from && own.has(last.from.email))) ? 'out' : 'in',
  };
}
