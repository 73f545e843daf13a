// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../../utils/clip/read-article';
import { corpusDir } from '../../corpus';
import { documentOf, fixture } from '../../fixtures';

describe('readArticle on the real article pages of the corpus', () => {
  const dir = corpusDir('articles');
  const pages = readdirSync(dir);
  it('has the eight pages of Readability’s own tests', () => {
    expect(pages).toHaveLength(8);
  });
  for (const name of pages) {
    it(`reads ${name} as Readability's own test expects`, () => {
      const expected = JSON.parse(readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8')) as {
        title: string;
        byline: string | null;
        excerpt: string | null;
        siteName: string | null;
      };
      const article = readArticle(documentOf(readFileSync(path.join(dir, name, 'source.html'), 'utf8')), `https://example.com/${name}`);
      expect(article?.title).toBe(expected.title.replace(/\s+/g, ' ').trim());
      expect(article?.byline ?? null).toBe(expected.byline?.replace(/\s+/g, ' ').trim() || null);
      expect(article?.siteName ?? null).toBe(expected.siteName?.trim() || null);
      if (expected.excerpt) expect(article?.excerpt).toBe(expected.excerpt.replace(/\s+/g, ' ').trim());
      expect(article?.text.length).toBeGreaterThan(500);
      expect(article?.text).not.toMatch(/<\/?(p|div|script)\b/);
    });
  }
});

describe('readArticle on our own article', () => {
  it('keeps title, byline, site, excerpt and the text as plain text, without scripts or markup', () => {
    const article = readArticle(
      documentOf(fixture('articles/procurement-trends.html')),
      'https://news.example.com/2026/11/procurement-trends',
    );
    expect(article).toMatchObject({
      title: 'Procurement teams brace for a year of tighter budgets',
      byline: 'Maria Keller',
      siteName: 'The Supply Ledger',
      excerpt: 'Finance chiefs want every new supplier to pay for itself within a year.',
    });
    expect(article?.text).toMatch(/^Finance chiefs across Europe/);
    expect(article?.text).toContain('\n\n');
    expect(article?.text).not.toContain('alert(');
    expect(article?.text).not.toContain('Subscribe to our newsletter');
  });

  it('says there is no article on a page without one', () => {
    expect(
      readArticle(
        documentOf('<html><head><title>Login</title></head><body><form><input name="u"></form></body></html>'),
        'https://x.example/login',
      ),
    ).toBeNull();
  });
});
