import { describe, expect, it } from 'vitest';
import { GmailThreadCapture } from '../../../utils/model/capture';
import { isNeverLogged, summariseThread } from '../../../utils/thread-participants';

const thread = GmailThreadCapture.parse({
  kind: 'gmail-thread',
  threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
  threadToken: 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
  permThreadId: 'thread-f:1',
  subject: 'Tender',
  account: 'rep@acme.example',
  messages: [
    {
      from: { name: 'Priya', email: 'priya@initech.example' },
      to: [{ name: 'me', email: 'rep@acme.example' }],
      cc: [{ email: 'sam@acme.example' }],
      at: 1_000,
    },
    {
      from: { name: 'Rep', email: 'REP@acme.example' },
      to: [{ name: 'Priya Nair', email: 'priya@initech.example' }],
      cc: [{ name: 'Bo', email: 'bo@eu.initech.example' }],
    },
  ],
  anchors: {},
});

describe('summariseThread', () => {
  it('lists each participant once with the fullest name, without the rep, and knows who wrote last', () => {
    expect(summariseThread(thread, [])).toEqual({
      source: 'gmail',
      ref: 'thread-f:1',
      refs: ['thread-f:1', '0000000000000001', 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN'],
      subject: 'Tender',
      latestAt: 1_000,
      direction: 'out',
      participants: [
        { name: 'Priya Nair', email: 'priya@initech.example' },
        { email: 'sam@acme.example' },
        { name: 'Bo', email: 'bo@eu.initech.example' },
      ],
    });
  });

  it('leaves out never-log addresses and domains, subdomains included', () => {
    const emails = summariseThread(thread, ['@acme.example', 'initech.example']).participants.map((person) => person.email);
    expect(emails).toEqual([]);
    expect(summariseThread(thread, ['sam@acme.example']).participants.map((person) => person.email)).toEqual([
      'priya@initech.example',
      'bo@eu.initech.example',
    ]);
  });

  it('is inbound when the last message is from someone else, and falls back to the URL token', () => {
    const inbound = { ...thread, permThreadId: undefined, legacyThreadId: undefined, messages: thread.messages.slice(0, 1) };
    expect(summariseThread(inbound, [])).toMatchObject({ direction: 'in', ref: 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN' });
  });
});

describe('summariseThread: the rep’s other addresses', () => {
  it('counts a message from one of them as the rep’s, and never lists them', () => {
    const fromAlias = {
      ...thread,
      messages: [
        ...thread.messages,
        { from: { name: 'Rep', email: 'rep@acme-sales.example' }, to: [{ email: 'priya@initech.example' }], cc: [], at: 2_000 },
      ],
    };
    expect(
      summariseThread(
        { ...fromAlias, messages: fromAlias.messages.slice(0, 1).concat(fromAlias.messages.slice(2)) },
        [],
        ['rep@acme-sales.example'],
      ),
    ).toMatchObject({
      direction: 'out',
    });
    expect(summariseThread(fromAlias, [], []).participants.map((person) => person.email)).toContain('rep@acme-sales.example');
    expect(summariseThread(fromAlias, [], ['rep@acme-sales.example']).participants.map((person) => person.email)).not.toContain(
      'rep@acme-sales.example',
    );
  });

  it('is outbound when Outlook shows the rep’s own chip without an address', () => {
    const outlook = {
      ...thread,
      kind: 'outlook-thread' as const,
      conversationId: 'AAQk1',
      messages: [...thread.messages.slice(0, 1), { fromSelf: true, to: [{ email: 'priya@initech.example' }], cc: [] }],
    };
    expect(summariseThread(outlook, [])).toMatchObject({ source: 'outlook', ref: 'AAQk1', direction: 'out' });
  });
});

describe('isNeverLogged', () => {
  it.each([
    ['a@acme.com', ['@acme.com'], true],
    ['a@mail.acme.com', ['acme.com'], true],
    ['a@notacme.com', ['acme.com'], false],
    ['a@acme.com', ['b@acme.com'], false],
    ['B@Acme.com', ['b@acme.com'], true],
    ['a@acme.com', [' ', ''], false],
    // A quoted local part may hold an @: the domain is what follows the last one.
    ['"ops@desk"@acme.com', ['@acme.com'], true],
    ['"ops@acme.com"@other.example', ['@acme.com'], false],
  ])('%s with %j → %s', (email, list, expected) => {
    expect(isNeverLogged(email, list)).toBe(expected);
  });
});
