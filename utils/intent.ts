// What the background asks the side panel to do when the rep acts outside it (a notification, a
// keyboard command). It travels through storage.session, so a panel that is only now opening
// still finds it; the panel clears it once done. Only Tend's background writes it (session
// storage is closed to pages and content scripts), so it is a plain type, not a parsed model.

export type Intent =
  | { kind: 'open-contact'; contactId: string; at: number }
  | { kind: 'log-touch'; at: number }
  /** Show who the page is about (the rep filled a field of them from the page). */
  | { kind: 'show-page'; at: number };

/** An intent older than this was meant for a panel that never opened; it is ignored. */
export const INTENT_TTL_MS = 60_000;

export function freshIntent(stored: Intent | null, now: number): Intent | null {
  return stored !== null && now - stored.at <= INTENT_TTL_MS ? stored : null;
}
