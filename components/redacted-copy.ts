import { browser } from 'wxt/browser';
import { redactPage } from '../utils/redact-page';
import { downloadFile } from './download';

/**
 * Saves a redacted copy of the page in a tab (see utils/redact-page.ts): made inside the page from
 * a clone, so the page itself is untouched, and downloaded from the panel. Works on the sites Tend
 * has access to (LinkedIn, Gmail); elsewhere the browser refuses and the error says so.
 */
export async function saveRedactedCopy(tabId: number, now = new Date()): Promise<string> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: redactPage });
  const html = result?.result;
  if (typeof html !== 'string') throw new Error('The page could not be copied.');
  const name = `tend-redacted-page-${now.toISOString().slice(0, 10)}.html`;
  downloadFile(name, html, 'text/html');
  return name;
}
