import { describe, expect, it } from 'vitest';
import { receive } from '../../../utils/messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('receive', () => {
  it('accepts a valid message from our own page or our content script on LinkedIn', () => {
    expect(receive({ type: 'ping' }, { id: ID, url: `${ORIGIN}/sidepanel.html` }, ID, ORIGIN)).toEqual({
      ok: true,
      message: { type: 'ping' },
    });
    const fromTab = receive(
      { type: 'capture', capture: null },
      { id: ID, url: 'https://www.linkedin.com/in/ana', tab: { id: 3 } },
      ID,
      ORIGIN,
    );
    expect(fromTab).toEqual({ ok: true, message: { type: 'capture', capture: null } });
  });

  it.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['our id on a host we do not script', { id: ID, url: 'https://evil.example/in/ana', tab: { id: 1 } }],
    ['no sender id', { url: `${ORIGIN}/sidepanel.html` }],
  ])('refuses a message from %s', (_label, sender) => {
    expect(receive({ type: 'ping' }, sender, ID, ORIGIN)).toEqual({ ok: false, reason: 'untrusted sender' });
  });

  it('refuses malformed messages and captures carrying non-http URLs', () => {
    const sender = { id: ID, url: `${ORIGIN}/sidepanel.html` };
    expect(receive({ type: 'delete-everything' }, sender, ID, ORIGIN).ok).toBe(false);
    const capture = {
      kind: 'linkedin-person',
      profileUrl: 'javascript:alert(1)',
      fullName: 'Ana',
      anchors: {},
    };
    expect(receive({ type: 'capture', capture }, sender, ID, ORIGIN).ok).toBe(false);
  });
});
