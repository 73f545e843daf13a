import { Readability } from '@mozilla/readability';

// An article read from a page with Mozilla's Readability, kept as plain text: the page's HTML is
// never stored or rendered. Returns null when the page has no article Readability can find.

export interface ArticleDraft {
  url: string;
  title: string;
  byline?: string | undefined;
  siteName?: string | undefined;
  excerpt?: string | undefined;
  text: string;
}

const MAX_TEXT = 200_000;

const clean = (value: string | null | undefined, max: number) => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : undefined;
};

/** Text of the article with paragraphs kept as blank-line breaks, whitespace tidied. */
function plainText(content: string | null | undefined, doc: Document): string {
  if (!content) return '';
  // Readability hands back HTML; it is parsed inert (a fresh document, no scripts run) only to take its text.
  const body = new DOMParser().parseFromString(content, 'text/html').body;
  const blocks = [...body.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, pre')]
    .map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join('\n\n') : (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.slice(0, MAX_TEXT) || (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

export function readArticle(doc: Document, url: string): ArticleDraft | null {
  // Readability changes the document it reads; it gets a copy.
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article) return null;
  const title = clean(article.title, 1000) ?? clean(doc.title, 1000);
  if (!title) return null;
  return {
    url,
    title,
    byline: clean(article.byline, 500),
    siteName: clean(article.siteName, 300),
    excerpt: clean(article.excerpt, 2000),
    text: plainText(article.content, doc),
  };
}
