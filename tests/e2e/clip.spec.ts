import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseMenuItem, clickToolbarButton, expect, screenshot, test } from './fixtures';
import { linkedinFixture, serveLinkedIn } from './linkedin-site';

const ARTICLE_URL = 'https://news.example.com/2026/11/procurement-trends';
const ARTICLE = readFileSync(path.resolve('tests/fixtures/articles/procurement-trends.html'), 'utf8');

test('capture a person, clip an article onto them from another tab, open Hinge, plan and finish the call', async ({
  context,
  extensionId,
  openPanel,
}) => {
  await serveLinkedIn(context, new Map([['/in/ana-castillo-7b2a19', linkedinFixture('profile-classic.html')]]));
  await context.route('https://news.example.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARTICLE }),
  );
  const panel = await openPanel();
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/in/ana-castillo-7b2a19/');
  await expect(panel.getByLabel('Full name')).toHaveValue('Ana Castillo');
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Ana Castillo' })).toBeVisible();
  await panel.getByRole('link', { name: 'Contacts' }).click();
  await panel.getByRole('link', { name: /Ana Castillo/ }).click();

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
  await expect(clips.getByRole('link', { name: 'Procurement teams brace for a year of tighter budgets' })).toHaveAttribute(
    'href',
    ARTICLE_URL,
  );

  // The unshared clip is the strongest hinge; plan the call on it and finish it.
  await panel.getByRole('link', { name: 'Prepare a call' }).click();
  await expect(panel.getByRole('list', { name: 'Hinges, strongest first' }).getByRole('listitem').first()).toContainText(
    'Share “Procurement teams brace for a year of tighter budgets” Clipped today from The Supply Ledger, not shared yet.',
  );
  await panel.getByRole('button', { name: 'Plan a call' }).click();
  const plan = panel.getByRole('form', { name: 'Call plan' });
  await expect(plan.getByLabel('The hinge in your words')).toHaveValue(/^Share “Procurement teams brace/);
  await plan.getByLabel('Objective').fill('Book a budget review for Q1');
  await plan.getByLabel('Next step to agree').fill('Send the ROI model');
  await plan.getByRole('button', { name: 'Finish the call…' }).click();
  const after = panel.getByRole('group', { name: 'After the call' });
  await after.getByLabel('Outcome').fill('Interested; wants numbers first');
  await after.getByRole('button', { name: 'Log the call and set the reminder' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Call logged' })).toHaveText('Call logged: Interested; wants numbers first');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel.getByRole('list', { name: 'Open reminders' })).toContainText('Send the ROI model');

  await panel.getByRole('link', { name: 'Contact card' }).click();
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Outcome: Interested; wants numbers first');
  await clips.getByRole('button', { name: 'Mark as shared' }).click();
  await expect(clips).toContainText('shared');
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText(
    'Shared “Procurement teams brace for a year of tighter budgets” (The Supply Ledger)',
  );
  await screenshot(panel, 'clip-shared');
});

test('"Clip this article to Tend" in the page\'s menu: the background reads the page, checks it and the panel reviews it', async ({
  context,
  extensionId,
  openPanel,
  serviceWorker,
}) => {
  await context.route('https://news.example.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARTICLE }),
  );
  const panel = await openPanel();
  const article = await context.newPage();
  await article.goto(ARTICLE_URL);
  // The menu click grants activeTab on the article; a dispatched click does not, the toolbar's does.
  await clickToolbarButton(context, article, extensionId);
  await chooseMenuItem(serviceWorker, 'tend-clip', ARTICLE_URL);
  await panel.bringToFront();
  const review = panel.getByRole('region', { name: 'Clip an article' });
  await expect(review).toContainText('Procurement teams brace for a year of tighter budgets');
  await expect(review).toContainText('Maria Keller · The Supply Ledger · news.example.com');
  await expect(review).not.toContainText('Subscribe');
  await screenshot(panel, 'clip-from-menu');
});
