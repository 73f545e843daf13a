import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../utils/detectors/check-capture';
import { bareMessage, ownPagesOnly } from '../../../utils/message-checks';
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

describe('bareMessage', () => {
  const panel = { id: ID, url: `${ORIGIN}/sidepanel.html` };

  it('answers exactly a ping, a "due changed" or a "work idle" (what the background handles without the schemas)', () => {
    expect(bareMessage({ type: 'ping' })).toEqual({ type: 'ping' });
    expect(bareMessage({ type: 'due-changed' })).toEqual({ type: 'due-changed' });
    expect(bareMessage({ type: 'work-idle' })).toEqual({ type: 'work-idle' });
  });

  it('lets only our own pages say the work is idle, never a page script', () => {
    expect(ownPagesOnly('work-idle')).toBe(true);
    expect(ownPagesOnly('ping')).toBe(false);
    expect(receive({ type: 'work-idle' }, { id: ID, url: `${ORIGIN}/offscreen.html` }, ID, ORIGIN).ok).toBe(true);
    expect(receive({ type: 'work-idle' }, { id: ID, url: 'https://www.linkedin.com/in/ana', tab: { id: 3 } }, ID, ORIGIN)).toEqual({
      ok: false,
      reason: 'work-idle from a page script',
    });
  });

  it.each([
    ['another type', { type: 'read-tab' }],
    ['a capture', { type: 'capture', capture: null }],
    ['a ping carrying more', { type: 'ping', tabId: 3 }],
    ['an array', ['ping']],
    ['a string', 'ping'],
    ['null', null],
    [
      'an object made from a class',
      new (class Ping {
        type = 'ping';
      })(),
    ],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { type: 'ping' })],
  ])('leaves %s to the schemas', (_label, raw) => {
    expect(bareMessage(raw)).toBeNull();
  });

  it('never answers what the schemas would refuse, nor differently', () => {
    const raws: unknown[] = [
      { type: 'ping' },
      { type: 'due-changed' },
      { type: 'ping', extra: 1 },
      { type: 'PING' },
      { type: 'ping ' },
      { type: ['ping'] },
      { type: 'due-changed', tabId: 1 },
      { type: 'work-idle' },
      { type: 'work-idle', at: 1 },
      {},
      { type: undefined },
    ];
    for (const raw of raws) {
      const bare = bareMessage(raw);
      if (bare) expect(receive(raw, panel, ID, ORIGIN)).toEqual({ ok: true, message: bare });
    }
    expect(raws.filter((raw) => bareMessage(raw) !== null)).toHaveLength(3);
  });
});
