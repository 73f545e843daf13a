import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { answerPermissionPrompts } from './crm-site';
import { EXTENSION_DIR, expect, extensionIdOf, launchWithExtension, screenshot, serviceWorkerOf, test } from './fixtures';

// Outlook on the web: no access until the rep switches it on (its hosts are optional permissions,
// asked for in that click); once granted, the conversation in the reading pane is logged like a
// Gmail thread. Chromium's permission prompt cannot be answered by a test, so the granted state is
// the built extension with Outlook's hosts granted at install, the state the rep's "Allow" leaves.

const OUTLOOK_URL =
  'https://outlook.office.com/mail/inbox/id/AAQkAGYxNzg3ZTc0LWQ4ZTctNDE3Ni1hZmE0LTYxY2I2MzFiZTA4NQAQAOzJ1kRMrGdFnXv1TqBcWfU%3D';
const outlookPage = readFileSync(path.resolve('tests/fixtures/outlook/conversation-office.html'), 'utf8');

async function serveOutlook(context: BrowserContext): Promise<void> {
  await context.route('https://outlook.office.com/**', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: outlookPage })
      : route.fulfill({ status: 404, body: '' }),
  );
}

test('without the rep switching it on, Tend has no access to Outlook; switching on asks for exactly its hosts', async ({
  context,
  openPanel,
}) => {
  await serveOutlook(context);
  const outlook = await context.newPage();
  await outlook.goto(OUTLOOK_URL);
  const panel = await openPanel('#/page');
  await outlook.bringToFront();
  await expect(panel.getByText('Nothing to capture on this page')).toBeVisible();
  // Not even a waiting notice: the page script could not be started there.
  expect(await outlook.evaluate(() => document.documentElement.outerHTML.includes('tend'))).toBe(false);

  await answerPermissionPrompts(panel, false);
  await panel.goto(panel.url().replace(/#.*$/, '#/settings'));
  // A new document, so the prompt's answer is in place before the panel's code runs.
  await panel.reload();
  await expect(panel.getByText('Off: Tend has no access to Outlook.')).toBeVisible();
  await panel.getByRole('button', { name: 'Switch Outlook on' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Outlook stays off: the browser did not give Tend access to Outlook.');
  expect(await panel.evaluate(() => (globalThis as unknown as { permissionRequests: unknown[] }).permissionRequests)).toEqual([
    { origins: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'] },
  ]);
});

test.describe('with Outlook switched on', () => {
  let extensionDir: string;
  test.beforeAll(() => {
    extensionDir = mkdtempSync(path.join(tmpdir(), 'tend-outlook-granted-'));
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifestFile = path.join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { host_permissions: string[]; optional_host_permissions: string[] };
    const outlook = manifest.optional_host_permissions.filter((host) => host.includes('outlook'));
    manifest.host_permissions = [...manifest.host_permissions, ...outlook];
    writeFileSync(manifestFile, JSON.stringify(manifest));
  });
  test.afterAll(() => rmSync(extensionDir, { recursive: true, force: true }));

  test('the conversation in the reading pane is logged in one click, the rep’s own chips never a participant', async () => {
    const { context, profileDir } = await launchWithExtension({ extensionDir });
    try {
      await serveOutlook(context);
      const extensionId = extensionIdOf(await serviceWorkerOf(context));
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html#/settings`);
      await expect(panel.getByText(/whom and when, never what they wrote\. On\./)).toBeVisible();
      await expect(panel.getByRole('button', { name: 'Switch Outlook off' })).toBeVisible();

      const outlook = await context.newPage();
      await outlook.goto(OUTLOOK_URL);
      await outlook.bringToFront();
      await panel.getByRole('link', { name: 'Page' }).click();
      await expect(panel.getByRole('heading', { name: 'Supplier risk follow-up' })).toBeVisible();
      await expect(panel.getByText('3 messages · last 19 Nov 2025, 11:02 · Ana Castillo wrote last')).toBeVisible();
      const unknown = panel.getByRole('list', { name: 'Unknown participants' });
      await expect(unknown.getByRole('listitem')).toHaveCount(3);
      // "Lee, Kim" as Outlook writes it, shown first name first.
      await expect(unknown).toContainText('Kim Lee');
      await expect(unknown).toContainText('kim.lee+procurement@globex.example');
      await expect(unknown).not.toContainText('Riley Rep');
      await screenshot(panel, 'outlook-conversation');

      await unknown.getByRole('button', { name: 'Add Ana Castillo' }).click();
      await panel.getByRole('button', { name: 'Save and log this thread' }).click();
      await expect(panel.getByRole('list', { name: 'Known contacts on this thread' })).toContainText('Logged');

      await panel.getByRole('link', { name: 'Contacts' }).click();
      await panel.getByRole('link', { name: /Ana Castillo/ }).click();
      const touches = panel.getByRole('list', { name: 'Touches' });
      await expect(touches).toContainText('Supplier risk follow-up');
      await expect(touches).toContainText('Inbound');
      // The cadence clock runs from the last message's date (November 2025), so the next touch is overdue.
      await expect(panel.getByText(/^Next touch \d+ days overdue \(every 14 days/)).toBeVisible();
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
