import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { gmailFixture, openThreadInPage, serveGmail } from './gmail-site';

const FIRST = 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN';
const SECOND = 'FMfcgzQXLmNbVcXzAsDfGhJkLqWeRtYu';

async function addContact(panel: Page, name: string, email: string): Promise<void> {
  await panel.goto(panel.url().replace(/#.*$/, '#/contact/new'));
  await panel.getByLabel('Full name').fill(name);
  await panel.getByLabel('Emails').fill(email);
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await expect(panel.getByRole('heading', { name })).toBeVisible();
}

test('log Gmail threads as touches on the right contacts, switching threads by hash', async ({ context, openPanel }) => {
  let served = gmailFixture('thread-single.html');
  await serveGmail(context, () => served);
  const panel = await openPanel('#/settings');
  await panel.getByLabel('Addresses and domains').fill('@acme.example');
  await panel.getByRole('button', { name: 'Save never-log list' }).click();
  await expect(panel.getByText('Never-log list saved (1).')).toBeVisible();
  await addContact(panel, 'Ana Castillo', 'ana.castillo@globex.example');

  const gmail = await context.newPage();
  await gmail.goto(`https://mail.google.com/mail/u/0/#inbox/${FIRST}`);
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByRole('heading', { name: 'Intro: supplier risk dashboards' })).toBeVisible();
  const known = panel.getByRole('list', { name: 'Known contacts on this thread' });
  await expect(known).toContainText('Ana Castillo');
  await expect(known.getByRole('checkbox')).toBeChecked();
  await panel.getByRole('button', { name: 'Log thread on 1 contact' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Logged on 1 contact.' })).toBeVisible();
  await expect(known.getByText('Logged')).toBeVisible();

  // Another thread, opened by hash only: participants with a cc and the rep's reply.
  served = gmailFixture('thread-cc-reply.html');
  await openThreadInPage(gmail, `#sent/${SECOND}`, gmailFixture('thread-cc-reply.html'));
  await expect(panel.getByRole('heading', { name: 'Pilot-Angebot' })).toBeVisible();
  await expect(panel.getByText('you wrote last')).toBeVisible();
  const unknown = panel.getByRole('list', { name: 'Unknown participants' });
  await expect(unknown.getByRole('listitem')).toHaveCount(2);
  await expect(unknown).toContainText('Søren Andersen');
  await expect(unknown).toContainText('mette.k@umbrella.example');
  // The rep's colleague is on the never-log list, and the rep is never a participant.
  await expect(unknown).not.toContainText('sam.lee@acme.example');
  await expect(unknown).not.toContainText('riley.rep@acme.example');
  await screenshot(panel, 'gmail-thread-unknown');

  await unknown.getByRole('button', { name: 'Add Søren Andersen' }).click();
  await expect(panel.getByLabel('Name for soren.andersen@umbrella.example')).toHaveValue('Søren Andersen');
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await expect(known).toContainText('Søren Andersen');
  await panel.getByRole('button', { name: 'Log thread on 1 contact' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Logged on 1 contact.' })).toBeVisible();
  await screenshot(panel, 'gmail-thread-logged');

  // Back to the first thread: it is already logged, and cannot be logged twice.
  await openThreadInPage(gmail, `#inbox/${FIRST}`, gmailFixture('thread-single.html'));
  await expect(panel.getByRole('heading', { name: 'Intro: supplier risk dashboards' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Thread logged' })).toBeDisabled();

  // Each touch is on the right contact, with its direction, subject and a link back to the thread.
  await panel.getByRole('link', { name: 'Contacts' }).click();
  await panel.getByLabel('Search contacts').fill('ana');
  await panel.getByRole('link', { name: /Ana Castillo/ }).click();
  const anaTouches = panel.getByRole('list', { name: 'Touches' }).getByRole('listitem');
  await expect(anaTouches).toHaveCount(1);
  await expect(anaTouches).toContainText('Inbound');
  await expect(anaTouches).toContainText('Intro: supplier risk dashboards');
  await expect(anaTouches.getByRole('link', { name: 'Open source' })).toHaveAttribute(
    'href',
    `https://mail.google.com/mail/u/0/#inbox/${FIRST}`,
  );
  await expect(anaTouches.getByRole('time')).toHaveText('18 Nov 2025, 15:42');

  await panel.getByRole('link', { name: 'Contacts' }).click();
  await panel.getByLabel('Search contacts').fill('soren');
  await panel.getByRole('link', { name: /Søren Andersen/ }).click();
  const sorenTouches = panel.getByRole('list', { name: 'Touches' }).getByRole('listitem');
  await expect(sorenTouches).toHaveCount(1);
  await expect(sorenTouches).toContainText('Outbound');
  await expect(sorenTouches).toContainText('Pilot-Angebot');
  await expect(sorenTouches.getByRole('time')).toHaveText('18 Nov 2025, 08:15');
});

test('a Gmail list view shows nothing to capture', async ({ context, openPanel }) => {
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<html><head><title>Inbox (3) - riley.rep@acme.example - Acme Mail</title></head><body><div role="main"><table role="grid"></table></div></body></html>',
    }),
  );
  const gmail = await context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
  const panel = await openPanel('#/page');
  await expect(panel.getByText('Nothing to capture on this page')).toBeVisible();
});

test('odd addresses read as people; the rep’s other address is the rep’s; a thread in its own window logs as the same thread', async ({
  context,
  openPanel,
}) => {
  let served = gmailFixture('thread-odd-addresses.html');
  await serveGmail(context, () => served);
  const panel = await openPanel('#/settings');
  await panel.getByLabel('Your addresses').fill('Riley Rep <riley@acme-sales.example>');
  await panel.getByRole('button', { name: 'Save my addresses' }).click();
  await expect(panel.getByText('Your addresses saved (1).')).toBeVisible();

  // A delegated mailbox's address; a name with a comma, plus addressing, a quoted local part.
  const gmail = await context.newPage();
  await gmail.goto('https://mail.google.com/mail/b/ALGkd0x7Qm/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN');
  await gmail.bringToFront();
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByRole('heading', { name: 'Intro: supplier risk dashboards (partners)' })).toBeVisible();
  const unknown = panel.getByRole('list', { name: 'Unknown participants' });
  await expect(unknown.getByRole('listitem')).toHaveCount(2);
  await expect(unknown).toContainText('Ana Castillo');
  await expect(unknown).toContainText('ana+tend@globex.example');
  await expect(unknown).toContainText("Dana O'Neil (Partners)");
  await expect(unknown).toContainText('"dana o\'neil"@partners.example');
  await expect(unknown).not.toContainText('riley@acme-sales.example');
  await unknown.getByRole('button', { name: "Add Dana O'Neil (Partners)" }).click();
  await panel.getByRole('button', { name: 'Save and log this thread' }).click();
  await expect(panel.getByRole('list', { name: 'Known contacts on this thread' })).toContainText("Dana O'Neil (Partners)");
  await expect(panel.getByRole('list', { name: 'Known contacts on this thread' })).toContainText('Logged');
  await screenshot(panel, 'gmail-odd-addresses');

  // The same thread opened in its own window, answered from the rep's other address: outbound, and
  // already logged on Dana (the same thread), so nothing is logged twice.
  // The popout names the thread by its permanent id, the main view (perm "undefined") by its legacy one: one thread (G3).
  served = gmailFixture('thread-odd-addresses.html').replace(
    'email="ana+tend@globex.example" name="Castillo, Ana"',
    'email="riley@acme-sales.example" name="Riley Rep"',
  );
  const popout = await context.newPage();
  await popout.goto(
    `https://mail.google.com/mail/b/ALGkd0x7Qm/u/0/popout?ver=pw6t6dmmsv0g&search=inbox&th=%23thread-f%3A${BigInt('0x1936a1b2c3d4e5f6')}&cvid=1`,
  );
  await popout.bringToFront();
  await expect(panel.getByText('1 message · last 18 Nov 2025, 15:42 · you wrote last')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Known contacts on this thread' })).toContainText('Logged');
});
