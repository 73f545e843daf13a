import type { RawRead } from './detectors/reads';
import { isOwnPage, isTrustedSender, ownPagesOnly, type SenderLike } from './message-checks';
import { lazySchema } from './model/lazy-schema';
import { z } from './model/zod-config';

// The message protocol between content scripts, the background and the side panel. Every message
// is parsed with these schemas on receipt (the two that are nothing but their type may be answered
// by message-checks.ts without them); anything else, or anything from a sender that is not this
// extension's own page or content script, is refused.

export const CaptureMessage = lazySchema(() =>
  z.object({
    type: z.literal('capture'),
    /**
     * What the page script read, as plain data; the background checks it with checkCapture (the
     * check the detector tests run), which drops a refused field instead of the whole capture.
     * null: the page is not one Tend understands (any earlier capture of the tab is cleared).
     */
    capture: z.unknown(),
    /** The page's address when it was read: the panel never shows it under another one. */
    url: z.string().max(4096).optional(),
  }),
);

export const PingMessage = lazySchema(() => z.object({ type: z.literal('ping') }));

/** The panel wrote to the database: the background re-reads what is due (badge, alarms, notifications). */
export const DueChangedMessage = lazySchema(() => z.object({ type: z.literal('due-changed') }));

/** Chrome's offscreen document has done no work for a while: the worker may close it (load-work.ts). */
export const WorkIdleMessage = lazySchema(() => z.object({ type: z.literal('work-idle') }));

/**
 * The panel shows a LinkedIn or Gmail tab it holds no capture for: start the tab's page script if it
 * is not running (the tab finished loading while the background was starting, and the event was lost).
 */
export const ReadTabMessage = lazySchema(() => z.object({ type: z.literal('read-tab'), tabId: z.number().int().nonnegative() }));

export const Message = lazySchema(() =>
  z.discriminatedUnion('type', [CaptureMessage, PingMessage, DueChangedMessage, WorkIdleMessage, ReadTabMessage]),
);
export type Message = z.infer<typeof Message>;

/**
 * What may be sent: the same messages, typed for the sender. A page script's capture is its read
 * as plain data (the receiver checks it); the rest are exactly what the schemas accept.
 */
export type OutgoingMessage =
  | { type: 'capture'; capture: RawRead | null; url: string }
  | z.infer<typeof PingMessage>
  | z.infer<typeof DueChangedMessage>
  | z.infer<typeof WorkIdleMessage>
  | z.infer<typeof ReadTabMessage>;

export type Received = { ok: true; message: Message } | { ok: false; reason: string };

/** Validate who sent a message and what it says. */
export function receive(raw: unknown, sender: SenderLike, extensionId: string, extensionOrigin: string): Received {
  if (!isTrustedSender(sender, extensionId, extensionOrigin)) return { ok: false, reason: 'untrusted sender' };
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `invalid message: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
  if (ownPagesOnly(parsed.data.type) && !isOwnPage(sender, extensionId, extensionOrigin)) {
    return { ok: false, reason: `${parsed.data.type} from a page script` };
  }
  return { ok: true, message: parsed.data };
}
