import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { HOSTILE_LAST_NAME, HOSTILE_NAME, HOSTILE_ROWS, HOSTILE_SUBJECT, hostileConnectionsCsv, withHostileName } from '../support/hostile';
import { expect, screenshot, test } from './fixtures';
import { gmailFixture, serveGmail } from './gmail-site';
import { linkedinFixture, serveLinkedIn } from './linkedin-site';

// Hostile input through detectors, storage and every view: nothing executes (no dialog, no global
// set by an injected handler), nothing throws (the fixture fails the test on any page error), the
// layout never grows sideways, and every character is kept.

async function expectInert(page: Page, where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (globalThis as unknown as { pwned?: unknown }).pwned,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    injected: document.querySelectorAll('main script, main iframe, main img[src="x"]').length,
  }));
  expect(state, where).toEqual({ pwned: undefined, overflow: 0, injected: 0 });
}

/** Every alert, confirm or prompt the page raises (an executed handler would), dismissed and kept. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test('hostile names from a LinkedIn page stay text in the panel and in the record', async ({ context, openPanel }) => {
  await serveLinkedIn(
    context,
    new Map([['/in/ana-castillo-7b2a19', withHostileName(linkedinFixture('profile-classic.html'), 'Castillo', HOSTILE_LAST_NAME)]]),
  );
  const panel = await openPanel();
  const dialogs = recordDialogs(panel);
  const linkedin = await context.newPage();
  const pageErrors: Error[] = [];
  linkedin.on('pageerror', (error) => pageErrors.push(error));
  await linkedin.goto('https://www.linkedin.com/in/ana-castillo-7b2a19/');

  await expect(panel.getByLabel('Full name')).toHaveValue(HOSTILE_NAME);
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_NAME);
  await expectInert(panel, 'contact view');
  await panel.goto(panel.url().replace(/#.*$/, '#/contacts'));
  await expect(panel.getByRole('list', { name: 'Contacts' })).toContainText(HOSTILE_NAME);
  await expectInert(panel, 'contacts list');
  await screenshot(panel, 'hostile-linkedin');
  expect(pageErrors).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('a Gmail thread with a hostile subject and sender stays text on the page view, the new contact and its touch', async ({
  context,
  openPanel,
}) => {
  const thread = gmailFixture('thread-single.html');
  const html = withHostileName(withHostileName(thread, 'Intro: supplier risk dashboards', HOSTILE_SUBJECT), 'Ana Castillo', HOSTILE_NAME);
  await serveGmail(context, () => html);
  const panel = await openPanel();
  const dialogs = recordDialogs(panel);
  const gmail = await context.newPage();
  const pageErrors: Error[] = [];
  gmail.on('pageerror', (error) => pageErrors.push(error));
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN');

  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_SUBJECT);
  const unknown = panel.getByRole('list', { name: 'Unknown participants' });
  await expect(unknown).toContainText(HOSTILE_NAME);
  await expectInert(panel, 'thread on the page');
  await unknown.getByRole('button', { name: `Add ${HOSTILE_NAME}` }).click();
  await expect(panel.getByLabel('Name for ana.castillo@globex.example')).toHaveValue(HOSTILE_NAME);
  await panel.getByRole('button', { name: 'Save contact' }).click();
  const known = panel.getByRole('list', { name: 'Known contacts on this thread' });
  await expect(known).toContainText(HOSTILE_NAME);
  await panel.getByRole('button', { name: 'Log thread on 1 contact' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Logged on 1 contact.' })).toBeVisible();
  await expectInert(panel, 'thread logged');
  await screenshot(panel, 'hostile-gmail');

  await panel.goto(panel.url().replace(/#.*$/, '#/contacts'));
  // The only contact: the one added from the thread.
  await panel.getByRole('list', { name: 'Contacts' }).getByRole('link').click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_NAME);
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText(HOSTILE_SUBJECT);
  await expectInert(panel, 'contact with the logged thread');
  expect(pageErrors).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('a Connections.csv full of markup, bidi, control characters and formulas imports whole and renders inert everywhere', async ({
  openPanel,
}) => {
  test.setTimeout(120_000);
  const panel = await openPanel('#/data');
  const dialogs = recordDialogs(panel);
  await panel
    .getByLabel('File to import')
    .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(hostileConnectionsCsv()) });
  const preview = panel.getByRole('region', { name: /Preview of/ });
  await expect(preview).toBeVisible();
  await expectInert(panel, 'import preview');
  await preview.getByRole('button', { name: `Import ${HOSTILE_ROWS.length} rows` }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toContainText(`${HOSTILE_ROWS.length} added`);

  await panel.goto(panel.url().replace(/#.*$/, '#/contacts'));
  const list = panel.getByRole('list', { name: 'Contacts' });
  await expect(list.getByRole('listitem')).toHaveCount(HOSTILE_ROWS.length);
  await expectInert(panel, 'contacts list');
  await screenshot(panel, 'hostile-contacts');

  // Every contact, its hinge view, Today and Insights.
  for (const row of HOSTILE_ROWS) {
    await panel.goto(panel.url().replace(/#.*$/, '#/contacts'));
    // The importer turns control characters into spaces; everything else is kept as the file had it.
    const shown = [...row.first].map((char) => ((char.codePointAt(0) ?? 0) < 0x20 ? ' ' : char)).join('');
    await list.getByRole('link').filter({ hasText: shown }).first().click();
    await expect(panel.getByRole('heading', { level: 1 })).toContainText(shown);
    await expectInert(panel, `contact ${row.first}`);
    await panel.getByRole('link', { name: 'Prepare a call' }).click();
    await expect(panel.getByRole('heading', { level: 1 })).toContainText(shown);
    await expectInert(panel, `hinge ${row.first}`);
  }
  await screenshot(panel, 'hostile-hinge');
  for (const view of ['#/today', '#/insights', '#/data']) {
    await panel.goto(panel.url().replace(/#.*$/, view));
    await expect(panel.getByRole('heading', { level: 1 })).toBeVisible();
    await expectInert(panel, view);
  }
  expect(dialogs).toEqual([]);
});

test('a hostile name in a LinkedIn conversation stays text in the page view and on the kept contact', async ({ context, openPanel }) => {
  const page = withHostileName(
    readFileSync(path.resolve('tests/fixtures/linkedin-messaging/thread-2026.html'), 'utf8'),
    'Marisol Quennevaux',
    HOSTILE_NAME,
  );
  await serveLinkedIn(context, new Map([['/messaging/thread/', page]]));
  const panel = await openPanel('#/page');
  const dialogs = recordDialogs(panel);
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/messaging/thread/2-MTczMjU0NjAwMDAwMGIxMTIzNDV8YWJj/');
  await linkedin.bringToFront();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_NAME);
  await expectInert(panel, 'conversation view');
  await panel
    .getByRole('list', { name: 'People not kept yet' })
    .getByRole('button', { name: `Keep ${HOSTILE_NAME} and log` })
    .click();
  await expect(panel.getByRole('list', { name: 'Known contacts in this conversation' })).toContainText(HOSTILE_NAME);
  await expectInert(panel, 'conversation view, kept');
  expect(dialogs).toEqual([]);
});
