// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectGmailThread } from '../../../../utils/detectors/gmail-thread';
import { threadTokenOf } from '../../../../utils/detectors/gmail-thread-read';
import { parseMailDate } from '../../../../utils/detectors/mail-date';
import { documentOf, fixture } from '../../fixtures';

const detect = (file: string, url: string) => detectGmailThread(documentOf(fixture(`gmail/${file}`)), url);
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

describe('detectGmailThread', () => {
  it('reads ids, subject, account, sender, recipient and date, and no message body', () => {
    const thread = detect('thread-single.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN');
    expect(thread?.messages).toEqual([
      {
        from: { name: 'Ana Castillo', email: 'ana.castillo@globex.example' },
        to: [{ name: 'Riley Rep', email: 'riley.rep@acme.example' }],
        cc: [],
        at: local(2025, 10, 18, 15, 42),
        date: 'Tue, Nov 18, 2025, 3:42 PM',
        state: 'expanded',
        id: 'msg-f:1816900000000000001',
        legacyId: '1936a1b2c3d4e5f6',
      },
    ]);
    expect(thread?.anchors).toEqual({
      messages: 'message-list',
      account: 'account-button',
      accountName: 'account-button',
      subject: 'thread-heading',
      permThreadId: 'thread-heading',
      legacyThreadId: 'thread-heading',
    });
    expect(JSON.stringify(thread)).not.toContain('colleague said');
  });

  it('names the rep from the account, never from the chip that reads "me" or "ich"', () => {
    const thread = detect('thread-cc-reply.html', 'https://mail.google.com/mail/u/0/#sent/FMfcgzQXLmNbVcXzAsDfGhJkLqWeRtYu');
    const names = thread?.messages
      .flatMap((message) => [message.from, ...message.to])
      .filter((person) => person?.email === 'riley.rep@acme.example');
    expect(new Set(names?.map((person) => person?.name))).toEqual(new Set(['Riley Rep']));
  });

  it('counts messages folded into "N older messages" and keeps the thread’s identity when its permanent id is "undefined"', () => {
    const thread = detect(
      'thread-long-collapsed.html',
      'https://mail.google.com/mail/u/1/#label/Clients%2FInitech/FMfcgzQXKbvRtWmHpLsNqDfGjZxCvBnM',
    );
    expect(thread?.messages.map((message) => [message.state, message.from?.email, message.at])).toEqual([
      ['collapsed', 'wei.zhang@initech.example', local(2025, 9, 6, 9, 5)],
      ['collapsed', 'priya.n@initech.example', local(2025, 10, 12, 16, 30)],
      ['expanded', 'wei.zhang@initech.example', local(2025, 10, 20, 11, 15)],
    ]);
    expect(thread?.hiddenMessages).toBe(5);
    expect(thread?.permThreadId).toBeUndefined();
    expect(thread?.legacyThreadId).toBe('1936aabbccddeeff');
  });

  it('shows a thread with hundreds of recipients: the first 200 listed, the rest counted', () => {
    const thread = detect('thread-crowd.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTvBnKqLwXrMsPdHcJgFyWtQe');
    expect(thread?.messages[0]?.to).toHaveLength(200);
    expect(thread?.moreParticipants).toBe(215);
    expect(thread?.dropped).toBeUndefined();
  });

  it('reads the account from the title when the account button is gone', () => {
    const doc = documentOf(fixture('gmail/thread-single.html'));
    doc.querySelector('[role="banner"]')?.remove();
    const thread = detectGmailThread(doc, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN');
    expect(thread?.account).toBe('riley.rep@acme.example');
    expect(thread?.anchors.account).toBe('title');
    expect(thread?.accountName).toBeUndefined();
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
