import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { receive } from '../../../utils/messages';
import { sendToBackground } from '../../../utils/send-message';

describe('sendToBackground', () => {
  it('sends a message of the protocol, which the receiving side accepts', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      received.push(message);
      sendResponse({ ok: true });
      return true;
    });
    await sendToBackground({ type: 'due-changed' });
    expect(received).toEqual([{ type: 'due-changed' }]);
    expect(receive(received[0], { id: 'x', url: 'chrome-extension://x/sidepanel.html' }, 'x', 'chrome-extension://x').ok).toBe(true);
  });

  it('compiles only for messages of the protocol (checked by npm run typecheck)', () => {
    const wrong = () => {
      // @ts-expect-error not a message of the protocol
      void sendToBackground({ type: 'delete-everything' });
      // @ts-expect-error a capture says the address it was read at
      void sendToBackground({ type: 'capture', capture: null });
    };
    expect(wrong).toBeTypeOf('function');
  });
});
