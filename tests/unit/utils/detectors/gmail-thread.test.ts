// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectGmailThread } from '../../../../utils/detectors/gmail-thread';
import { threadTokenOf } from '../../../../utils/detectors/gmail-thread-read';
import { parseMailDate } from '../../../../utils/detectors/mail-date';
import { corpusFiles, readText } from '../../corpus';
import { documentOf, fixture } from '../../fixtures';

const detect = (file: string, url: string) => detectGmailThread(documentOf(fixture(`gmail/${file}`)), url);
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

describe('detectGmailThread on a single message', () => {
  const thread = detect('thread-single.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN');

  it('reads ids, subject, account, sender, recipient and date, and no message body', () => {
    expect(thread).toEqual({
      kind: 'gmail-thread',
      threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
      threadToken: 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
      permThreadId: 'thread-f:1816900000000000001',
      legacyThreadId: '1936a1b2c3d4e5f6',
      subject: 'Intro: supplier risk dashboards',
      account: 'riley.rep@acme.example',
      messages: [
        {
          from: { name: 'Ana Castillo', email: 'ana.castillo@globex.example' },
          to: [{ name: 'me', email: 'riley.rep@acme.example' }],
          cc: [],
          at: local(2025, 10, 18, 15, 42),
        },
      ],
      anchors: {
        messages: 'data-message-id',
        subject: 'thread-heading',
        permThreadId: 'thread-heading',
        legacyThreadId: 'thread-heading',
        account: 'meta',
      },
    });
    expect(JSON.stringify(thread)).not.toContain('colleague said');
  });
});

describe('detectGmailThread on a long thread with collapsed messages', () => {
  const thread = detect(
    'thread-long-collapsed.html',
    'https://mail.google.com/mail/u/1/#label/Clients%2FInitech/FMfcgzQXKbvRtWmHpLsNqDfGjZxCvBnM',
  );

  it('reads the rendered messages, collapsed ones included, through email and hovercard attributes', () => {
    expect(thread?.threadToken).toBe('FMfcgzQXKbvRtWmHpLsNqDfGjZxCvBnM');
    expect(thread?.account).toBe('riley.rep@acme.example');
    expect(thread?.anchors.account).toBe('account-button');
    expect(thread?.messages.map((message) => [message.from.email, message.at])).toEqual([
      ['wei.zhang@initech.example', local(2025, 9, 6, 9, 5)],
      ['priya.n@initech.example', local(2025, 10, 12, 16, 30)],
      ['wei.zhang@initech.example', local(2025, 10, 20, 11, 15)],
    ]);
    expect(thread?.messages[1]?.from).toEqual({ name: 'Priya Nair', email: 'priya.n@initech.example' });
    expect(thread?.messages[2]?.to).toEqual([
      { name: 'me', email: 'riley.rep@acme.example' },
      { name: 'Priya Nair', email: 'priya.n@initech.example' },
    ]);
  });
});

describe('detectGmailThread on a thread with cc and a reply from the rep (German UI)', () => {
  const thread = detect('thread-cc-reply.html', 'https://mail.google.com/mail/u/0/#sent/FMfcgzQXLmNbVcXzAsDfGhJkLqWeRtYu');

  it('separates to from cc and dates each message', () => {
    expect(thread?.subject).toBe('Pilot-Angebot');
    expect(thread?.messages).toEqual([
      {
        from: { name: 'Søren Andersen', email: 'soren.andersen@umbrella.example' },
        to: [{ name: 'ich', email: 'riley.rep@acme.example' }],
        cc: [
          { name: 'Mette Kjær', email: 'mette.k@umbrella.example' },
          { name: 'Sam Lee', email: 'sam.lee@acme.example' },
        ],
        at: local(2025, 10, 17, 10, 2),
      },
      {
        from: { name: 'Riley Rep', email: 'riley.rep@acme.example' },
        to: [{ name: 'Søren Andersen', email: 'soren.andersen@umbrella.example' }],
        cc: [{ name: 'Mette Kjær', email: 'mette.k@umbrella.example' }],
        at: local(2025, 10, 18, 8, 15),
      },
    ]);
  });
});

describe('detectGmailThread refuses what is not an open thread', () => {
  it.each([
    ['the inbox list', 'https://mail.google.com/mail/u/0/#inbox'],
    ['a search list', 'https://mail.google.com/mail/u/0/#search/tender'],
    ['another site', 'https://example.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN'],
  ])('returns null on %s', (_label, url) => {
    expect(detect('thread-single.html', url)).toBeNull();
  });

  it('returns null while the thread has not rendered', () => {
    expect(
      detectGmailThread(
        documentOf('<html><body><div role="main"></div></body></html>'),
        'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
      ),
    ).toBeNull();
  });
});

describe('thread tokens and mail dates', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN', 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN'],
    ['https://mail.google.com/mail/#inbox/1936a1b2c3d4e5f6', '1936a1b2c3d4e5f6'],
    ['https://mail.google.com/mail/u/2/#search/from%3Aana/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN', 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN'],
    ['https://mail.google.com/mail/u/0/#label/Clients', undefined],
    ['https://mail.google.com/mail/u/0/#settings/general', undefined],
  ])('%s → %s', (url, token) => {
    expect(threadTokenOf(url)).toBe(token);
  });

  it.each([
    ['Tue, Nov 18, 2025, 3:42 PM', local(2025, 10, 18, 15, 42)],
    ['Sat, Nov 8, 2025, 8:15 AM', local(2025, 10, 8, 8, 15)],
    ['Di., 18. Nov. 2025, 08:15', local(2025, 10, 18, 8, 15)],
    ['sam. 8 nov. 2025, 20:05', local(2025, 10, 8, 20, 5)],
    ['Nov 18', undefined],
    ['yesterday', undefined],
  ])('reads %s', (text, expected) => {
    expect(parseMailDate(text)).toBe(expected);
  });
});

describe('detectGmailThread on real saved pages', () => {
  const pages = corpusFiles('gmail', /\.html?$/);
  it.runIf(pages.length === 0)('has no saved Gmail pages in ../shared/corpus/gmail yet (skipped)', () => {
    expect(pages).toEqual([]);
  });
  it.each(pages)('finds messages with senders in %s', (file) => {
    const thread = detectGmailThread(
      documentOf(readText(file)),
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
    );
    expect(thread?.messages.length).toBeGreaterThan(0);
  });
});
