import { browser } from 'wxt/browser';
import type { OutgoingMessage } from './messages';

/**
 * Tell the background something: only a message of the protocol compiles here (utils/messages.ts,
 * whose schemas check it on receipt). Zod stays out of the page scripts that call this.
 */
export function sendToBackground(message: OutgoingMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
