import { z } from 'zod';

// What the background asks the side panel to do when the rep acts outside it (a notification, a
// keyboard command). It travels through storage.session, so a panel that is only now opening
// still finds it; the panel clears it once done.

export const Intent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('open-contact'), contactId: z.string().min(1).max(64), at: z.number() }),
  z.object({ kind: z.literal('log-touch'), at: z.number() }),
  /** Show who the page is about (the rep filled a field of them from the page). */
  z.object({ kind: z.literal('show-page'), at: z.number() }),
]);
export type Intent = z.infer<typeof Intent>;

/** An intent older than this was meant for a panel that never opened; it is ignored. */
export const INTENT_TTL_MS = 60_000;

export function freshIntent(raw: unknown, now: number): Intent | null {
  const parsed = Intent.safeParse(raw);
  return parsed.success && now - parsed.data.at <= INTENT_TTL_MS ? parsed.data : null;
}
