import { pageScriptFor } from './page-scripts';

// The checks on a message that need no schema: who sent it, and the messages that carry nothing
// but their type. The background answers those without loading Zod (issue 22); every other
// message is parsed with the schemas in messages.ts.

export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
}

/** True for our own extension pages (the panel, options), never for a content script. */
export function isOwnPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  // URL parsers disagree on the origin of non-web schemes (chrome-extension:, moz-extension:), so
  // our own pages are recognised by prefix.
  return sender.id === extensionId && sender.url?.startsWith(`${extensionOrigin.replace(/\/$/, '')}/`) === true;
}

/** True for our own extension pages, and for our content scripts on the hosts they run on. */
export function isTrustedSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (isOwnPage(sender, extensionId, extensionOrigin)) return true;
  return sender.tab !== undefined && isContentScriptUrl(sender.url);
}

/** Pages our page scripts run on; a message from a tab elsewhere is not ours. */
export function isContentScriptUrl(url: string | undefined): boolean {
  return pageScriptFor(url) !== null;
}

/** A message that is nothing but its type. */
export type BareMessage = { type: 'ping' } | { type: 'due-changed' } | { type: 'work-idle' };

/** Messages only Tend's own pages may send: a page must not make Tend inject into other tabs, or close its work. */
export function ownPagesOnly(type: string): boolean {
  return type === 'read-tab' || type === 'work-idle';
}

/**
 * `raw` when it is exactly `{ type: 'ping' }`, `{ type: 'due-changed' }` or `{ type: 'work-idle' }` (a
 * plain object with no other key), else null: then the schemas decide. The schemas accept each of
 * these too.
 */
export function bareMessage(raw: unknown): BareMessage | null {
  if (typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype) return null;
  const keys = Object.keys(raw);
  if (keys.length !== 1 || keys[0] !== 'type') return null;
  const { type } = raw as { type: unknown };
  return type === 'ping' || type === 'due-changed' || type === 'work-idle' ? { type } : null;
}
