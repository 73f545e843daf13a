import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clickToolbarButton, expect, screenshot, test } from './fixtures';

const ARTICLE_URL = 'https://news.example.com/2026/11/procurement-trends';
const ARTICLE = readFileSync(path.resolve('tests/fixtures/articles/procurement-trends.html'), 'utf8');

test('clip an article from another tab onto a contact, see it as a hinge, share it', async ({ context, extensionId, openPanel }) => {
  await context.route('https://news.example.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARTICLE }),
  );
  const panel = await openPanel('#/contact/new');
  await panel.getByLabel('Full name').fill('Ana Castillo');
  await panel.getByLabel('Company').fill('Globex');
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await expect(panel.getByRole('heading', { name: 'Ana Castillo' })).toBeVisible();

  // Without the rep's click on Tend in the article's tab, Tend cannot read it.
  const article = await context.newPage();
  await article.goto(ARTICLE_URL);
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Clip the current tab' }).click();
  await expect(panel.getByRole('alert')).toContainText('Tend cannot read this tab');

  await article.bringToFront();
  await clickToolbarButton(context, article, extensionId);
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Clip the current tab' }).click();
  const review = panel.getByRole('region', { name: 'Clip an article' });
  await expect(review).toContainText('Procurement teams brace for a year of tighter budgets');
  await expect(review).toContainText('Maria Keller · The Supply Ledger · news.example.com');
  await expect(review).toContainText('Finance chiefs across Europe');
  // The page's script and its newsletter box are not part of the clip.
  await expect(review).not.toContainText('Subscribe');
  await screenshot(panel, 'clip-review');
  await review.getByRole('button', { name: 'Keep on Ana Castillo' }).click();
  await expect(review).toHaveCount(0);

  const clips = panel.getByRole('list', { name: 'Clipped articles' });
  await expect(clips).toContainText('Procurement teams brace for a year of tighter budgets');
  await expect(clips.getByRole('link', { name: 'Procurement teams brace for a year of tighter budgets' })).toHaveAttribute(
    'href',
    ARTICLE_URL,
  );

  await panel.getByRole('link', { name: 'Prepare a call' }).click();
  await expect(panel.getByRole('list', { name: 'Hinges, strongest first' }).getByRole('listitem').first()).toContainText(
    'Share “Procurement teams brace for a year of tighter budgets” Clipped today from The Supply Ledger, not shared yet.',
  );
  await panel.getByRole('link', { name: 'Contact card' }).click();
  await clips.getByRole('button', { name: 'Mark as shared' }).click();
  await expect(clips).toContainText('shared');
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText(
    'Shared “Procurement teams brace for a year of tighter budgets” (The Supply Ledger)',
  );
  await screenshot(panel, 'clip-shared');
});
