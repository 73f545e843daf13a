import { afterEach, describe, expect, it } from 'vitest';
import { isPageScriptRunning, markPageScriptRunning, matchesPattern, pageScriptFor, samePage } from '../../../utils/page-scripts';

describe('pageScriptFor', () => {
  it('picks the LinkedIn script anywhere on www.linkedin.com, and the Gmail one under /mail/', () => {
    expect(pageScriptFor('https://www.linkedin.com/in/ada/')?.file).toBe('/page-linkedin.js');
    expect(pageScriptFor('https://www.linkedin.com/feed/?trk=x')?.file).toBe('/page-linkedin.js');
    expect(pageScriptFor('https://mail.google.com/mail/u/0/#inbox/FMfcg')?.file).toBe('/page-gmail.js');
  });

  it('leaves every other page alone', () => {
    for (const url of [
      undefined,
      '',
      'not a url',
      'http://www.linkedin.com/in/ada/',
      'https://linkedin.com/in/ada/',
      'https://www.linkedin.com.evil.example/in/ada/',
      'https://evil.example/?https://www.linkedin.com/',
      'https://www.linkedin.com:8443/in/ada/',
      'https://mail.google.com/chat/u/0/',
      'https://mail.google.com/',
      'https://docs.google.com/mail/x',
    ]) {
      expect(pageScriptFor(url)).toBeNull();
    }
  });
});

describe('matchesPattern', () => {
  it('matches an exact path only when the pattern has no wildcard', () => {
    expect(matchesPattern('https://example.com/a', 'https://example.com/a')).toBe(true);
    expect(matchesPattern('https://example.com/a', 'https://example.com/ab')).toBe(false);
  });

  it('refuses patterns it does not understand rather than matching everything', () => {
    expect(matchesPattern('<all_urls>', 'https://example.com/')).toBe(false);
    expect(matchesPattern('*://*/*', 'https://example.com/')).toBe(false);
  });
});

describe('the running mark', () => {
  afterEach(() => {
    delete (globalThis as { tendPageScript?: unknown }).tendPageScript;
  });

  it('says no script runs until one marks the world, and again once that one is orphaned', () => {
    expect(isPageScriptRunning()).toBe(false);
    let alive = true;
    markPageScriptRunning(() => alive);
    expect(isPageScriptRunning()).toBe(true);
    alive = false;
    expect(isPageScriptRunning()).toBe(false);
  });

  it('treats a mark that throws (left by an unloaded version) as not running', () => {
    markPageScriptRunning(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(isPageScriptRunning()).toBe(false);
  });
});

describe('samePage', () => {
  it.each([
    ['https://www.linkedin.com/in/ana/', 'https://www.linkedin.com/in/ana/overlay/contact-info/', true],
    ['https://www.linkedin.com/in/ana/', 'https://www.linkedin.com/in/ana?miniProfileUrn=x', true],
    ['https://www.linkedin.com/in/ana/', 'https://www.linkedin.com/in/wei/', false],
    ['https://www.linkedin.com/company/globex/', 'https://www.linkedin.com/company/globex/about/', true],
    [
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXLmNbVcXzAsDfGhJkLqWeRtYu',
      false,
    ],
    [
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
      true,
    ],
    ['https://www.linkedin.com/messaging/thread/2-abc=/', 'https://www.linkedin.com/messaging/thread/2-abc=/?controlUrn=inbox', true],
    ['https://www.linkedin.com/messaging/thread/2-abc=/', 'https://www.linkedin.com/messaging/thread/2-xyz=/', false],
    [
      'https://mail.google.com/mail/u/0/popout?ver=a&th=%23thread-f%3A1816900000000000001&cvid=1',
      'https://mail.google.com/mail/u/0/popout?ver=b&th=%23thread-f%3A1816900000000000001&cvid=2',
      true,
    ],
    [
      'https://mail.google.com/mail/u/0/popout?th=%23thread-f%3A1816900000000000001',
      'https://mail.google.com/mail/u/0/popout?th=%23thread-f%3A1816900000000000002',
      false,
    ],
    ['https://outlook.office.com/mail/inbox/id/AAQkA1%3D', 'https://outlook.office.com/mail/sentitems/id/AAQkA1%3D', true],
    ['https://outlook.office.com/mail/inbox/id/AAQkA1%3D', 'https://outlook.office.com/mail/inbox/id/AAQkB2%3D', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(samePage(a, b)).toBe(same);
  });
});
