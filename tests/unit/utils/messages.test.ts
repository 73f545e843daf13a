import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../utils/detectors/check-capture';
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

  it('refuses malformed messages; a capture is checked after receipt, by the check the detector tests run', () => {
    const sender = { id: ID, url: `${ORIGIN}/sidepanel.html` };
    expect(receive({ type: 'delete-everything' }, sender, ID, ORIGIN).ok).toBe(false);
    const capture = { kind: 'linkedin-person', layout: 'sdui', profileUrl: 'javascript:alert(1)', fullName: 'Ana', anchors: {} };
    const received = receive({ type: 'capture', capture, url: 'https://www.linkedin.com/in/ana' }, sender, ID, ORIGIN);
    expect(received.ok).toBe(true);
    // Without an http(s) profile URL nothing identifies the person: the capture is refused whole.
    expect(checkCapture(capture)).toBeNull();
    expect(checkCapture({ ...capture, profileUrl: 'https://www.linkedin.com/in/ana', photoUrl: 'javascript:alert(1)' })).toEqual({
      capture: {
        kind: 'linkedin-person',
        layout: 'sdui',
        profileUrl: 'https://www.linkedin.com/in/ana',
        fullName: 'Ana',
        experience: [],
        anchors: {},
        dropped: ['photoUrl'],
      },
      dropped: ['photoUrl'],
    });
  });

  it('lets only the panel ask for a tab to be read, never a page script', () => {
    const ask = { type: 'read-tab', tabId: 7 };
    expect(receive(ask, { id: ID, url: `${ORIGIN}/sidepanel.html#/page` }, ID, ORIGIN)).toEqual({ ok: true, message: ask });
    expect(receive(ask, { id: ID, url: 'https://www.linkedin.com/in/ana', tab: { id: 3 } }, ID, ORIGIN)).toEqual({
      ok: false,
      reason: 'read-tab from a page script',
    });
    expect(receive({ type: 'read-tab', tabId: -1 }, { id: ID, url: `${ORIGIN}/sidepanel.html` }, ID, ORIGIN).ok).toBe(false);
  });
});
