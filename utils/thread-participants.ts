import type { MailThreadCapture, Participant } from './model/capture';

// Who a thread is with, from the rep's side: everyone who wrote or was addressed, once each, less
// the rep's own address and whatever the rep said never to log.

/** True when an address is on the never-log list: exact addresses, or domains as `@x.com` / `x.com` (subdomains too). */
export function isNeverLogged(email: string, neverLog: readonly string[]): boolean {
  const address = email.toLowerCase();
  const domain = address.split('@')[1] ?? '';
  return neverLog.some((raw) => {
    const entry = raw.trim().toLowerCase();
    if (!entry) return false;
    if (entry.includes('@') && !entry.startsWith('@')) return entry === address;
    const blocked = entry.replace(/^@/, '');
    return domain === blocked || domain.endsWith(`.${blocked}`);
  });
}

export interface ThreadSummary {
  /** The stable reference a logged touch carries, so a thread is logged once per contact. */
  ref: string;
  participants: Participant[];
  subject: string | undefined;
  /** Date of the latest message, when the page showed one. */
  latestAt: number | undefined;
  /** Out when the last message is from the rep. */
  direction: 'in' | 'out';
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
  return {
    ref:
      thread.kind === 'gmail-thread'
        ? (thread.permThreadId ?? thread.legacyThreadId ?? thread.threadToken)
        : (thread.conversationId ?? thread.threadToken),
    participants: [...byEmail.values()],
    subject: thread.subject,
    latestAt: dates.length > 0 ? Math.max(...dates) : undefined,
    direction: last && (last.fromSelf || (last.from && own.has(last.from.email))) ? 'out' : 'in',
  };
}
