import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { db } from '../../storage/db';
import { connectionsCsv } from '../support/connections';
import { FakeHubSpot } from '../support/fake-hubspot';
import { contactsFrom, seed } from '../support/many-contacts';
import { sampleBackup } from '../support/sample-backup';
import { answerPermissionPrompts, routeHubSpot } from './crm-site';
import { expect, screenshot, test } from './fixtures';
import { readStore } from './raw-db';

// Code passed to evaluate() runs inside the extension, where Chromium's `chrome` is the WebExtension API.
declare const chrome: typeof browser;

const CONNECTIONS = path.resolve('tests/fixtures/exports/linkedin-connections.csv');

async function keep(panel: Page, fields: { name: string; company?: string; email?: string }): Promise<void> {
  await panel.goto(`${panel.url().replace(/#.*$/, '')}#/contact/new`);
  await panel.getByLabel('Full name').fill(fields.name);
  if (fields.company) await panel.getByLabel('Company').fill(fields.company);
  if (fields.email) await panel.getByLabel('Emails').fill(fields.email);
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await expect(panel.getByRole('heading', { name: fields.name })).toBeVisible();
}

test('import Connections.csv, resolve a duplicate, back up, erase, restore: everything comes back', async ({ openPanel }) => {
  const panel = await openPanel();
  await keep(panel, { name: 'Marta Nowak', company: 'Hooli' });
  await keep(panel, { name: 'Wei Zhang', company: 'Initech', email: 'wei@initech.example' });

  await panel.getByRole('link', { name: 'Settings' }).click();
  await panel.getByRole('link', { name: 'Import & export' }).click();
  await panel.getByLabel('File to import').setInputFiles(CONNECTIONS);

  const preview = panel.getByRole('region', { name: 'Preview of linkedin-connections.csv' });
  await expect(preview).toContainText('4 new · 2 already kept · 1 possible duplicates · 3 rejected');
  const importButton = preview.getByRole('button', { name: 'Import 7 rows' });
  await expect(importButton).toBeDisabled();
  await expect(preview).toContainText('1 still to decide');
  await preview.getByText('3 rejected rows').click();
  await expect(preview.getByRole('list', { name: 'Rejected rows' })).toContainText(
    'Line 10: not a LinkedIn profile URL: https://example.com/sam',
  );
  await screenshot(panel, 'import-preview');

  await preview.getByRole('radiogroup', { name: 'Line 13, Marta Nowak' }).getByLabel('Same person: merge').check();
  await importButton.click();
  await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported: 4 added, 2 merged into contacts you had, 4 skipped.',
  );

  await panel.getByRole('link', { name: 'Contacts' }).click();
  await expect(panel.getByRole('list', { name: 'Contacts' }).getByRole('link')).toHaveCount(6);
  await panel.getByLabel('Search contacts').fill('marta');
  await panel.getByRole('link', { name: /Marta Nowak/ }).click();
  await expect(panel.getByRole('link', { name: 'LinkedIn profile' })).toHaveAttribute('href', 'https://www.linkedin.com/in/marta-nowak-pl');
  await panel.keyboard.press('t');
  await panel.getByLabel('Summary').fill('Congratulated her on the new role');
  await panel.getByLabel('Summary').press('Enter');
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Congratulated her on the new role');

  // Out to a CRM: HubSpot's column names, one row per contact.
  await panel.goto(`${panel.url().replace(/#.*$/, '')}#/data`);
  const [hubspot] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'CSV for HubSpot' }).click()]);
  const hubspotCsv = readFileSync(await hubspot.path(), 'utf8').split('\r\n');
  expect(hubspotCsv[0]).toBe('First Name,Last Name,Email,Phone Number,Company Name,Job Title,LinkedIn URL');
  expect(hubspotCsv.filter(Boolean)).toHaveLength(7);
  await expect(panel.getByRole('status').filter({ hasText: 'exported' })).toHaveText('6 contacts exported.');
  const [vcard] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'vCard (.vcf)' }).click()]);
  const cards = readFileSync(await vcard.path(), 'utf8');
  expect(cards.match(/BEGIN:VCARD/g)).toHaveLength(6);
  // The files' dates are written from the stored milliseconds: each is what Date itself writes.
  const stored = (await readStore<{ createdAt: number; updatedAt: number; stage: string }>(panel, 'contacts')).filter(
    (contact) => contact.stage !== 'do-not-contact',
  );
  const basic = (time: number) => new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  expect(cards.match(/^REV:.*$/gm)?.sort()).toEqual(stored.map((contact) => `REV:${basic(contact.updatedAt)}`).sort());
  const [plain] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Plain CSV' }).click()]);
  const kept = readFileSync(await plain.path(), 'utf8')
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',').at(-1));
  expect(kept.sort()).toEqual(stored.map((contact) => new Date(contact.createdAt).toISOString()).sort());

  // Back up, erase everything, restore from the file.
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download backup' }).click()]);
  const backupFile = await download.path();
  expect(JSON.parse(readFileSync(backupFile, 'utf8')).tables.contacts).toHaveLength(6);

  await panel.getByRole('button', { name: 'Erase all data…' }).click();
  const erase = panel.getByRole('button', { name: 'Erase all data', exact: true });
  await expect(erase).toBeDisabled();
  await panel.getByLabel('Type ERASE to confirm').fill('ERASE');
  await erase.click();
  await expect(panel.getByText('0 contacts, 0 touches, 0 reminders in this browser.')).toBeVisible();

  // A file that is not a Tend backup is refused with the reason.
  await panel
    .getByLabel('Restore from a backup file')
    .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"contacts":[]}') });
  await expect(panel.getByRole('alert')).toContainText('This JSON file is not a Tend backup.');

  await panel.getByLabel('Restore from a backup file').setInputFiles(backupFile);
  await expect(panel.getByRole('group', { name: 'Confirm restore' })).toContainText('6 contacts, 1 touch, 0 reminders?');
  await panel.getByRole('button', { name: 'Replace with the backup' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Restored' })).toHaveText('Restored 6 contacts, 1 touch and 0 reminders.');
  await expect(panel.getByText('6 contacts, 1 touch, 0 reminders in this browser.')).toBeVisible();
  await screenshot(panel, 'import-export');

  await panel.getByRole('link', { name: 'Contacts' }).click();
  await panel.getByLabel('Search contacts').fill('marta');
  await panel.getByRole('link', { name: /Marta Nowak/ }).click();
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Congratulated her on the new role');
  await expect(panel.getByRole('link', { name: 'LinkedIn profile' })).toHaveAttribute('href', 'https://www.linkedin.com/in/marta-nowak-pl');
});

test('a large file says it is being read, and a file chosen meanwhile replaces it', async ({ openPanel }) => {
  test.setTimeout(120_000);
  const panel = await openPanel('#/data');
  const input = panel.getByLabel('File to import');
  const large = { name: 'Everyone.csv', mimeType: 'text/csv', buffer: Buffer.from(connectionsCsv(15_000, 'globex.example')) };
  const reading = panel.getByRole('status').filter({ hasText: 'Reading Everyone.csv…' });

  // Alone first: the panel says what it is reading until the preview shows; how long that takes here.
  const started = Date.now();
  await input.setInputFiles(large);
  await expect(reading).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Import 15,000 rows' })).toBeVisible({ timeout: 60_000 });
  const readFor = Date.now() - started;
  await expect(reading).toHaveCount(0);

  // Again, and a three-row file chosen before the large one is read: the three rows are previewed,
  // and stay so well after the large file's read has finished.
  await input.setInputFiles(large);
  await expect(reading).toBeVisible();
  await input.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(connectionsCsv(3, 'initech.example')) });
  const preview = panel.getByRole('region', { name: 'Preview of Connections.csv' });
  await expect(preview.getByRole('button', { name: 'Import 3 rows' })).toBeVisible();
  await panel.waitForTimeout(2 * readFor);
  await expect(preview.getByRole('button', { name: 'Import 3 rows' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Import 15,000 rows' })).toHaveCount(0);
  await expect(panel.getByRole('status').filter({ hasText: 'Reading' })).toHaveCount(0);
  await screenshot(panel, 'import-superseded');
});

test('a backup of 10,000 contacts restores with the panel saying so, its buttons waiting until it is done', async ({ openPanel }) => {
  test.setTimeout(120_000);
  const panel = await openPanel('#/data');
  const now = Date.now();
  const sample = sampleBackup(now, db.verno);
  // 10,000 contacts and nothing else: the sample's settings, none of its people.
  const tables = {
    contacts: contactsFrom(0, 10_000, now),
    accounts: [],
    touches: [],
    reminders: [],
    stageEvents: [],
    callPlans: [],
    clips: [],
  };
  const backup = { ...sample, tables: { ...sample.tables, ...tables } };
  await panel.getByLabel('Restore from a backup file').setInputFiles({
    name: 'tend-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(panel.getByRole('group', { name: 'Confirm restore' })).toContainText('10,000 contacts, 0 touches, 0 reminders?');
  const replace = panel.getByRole('button', { name: 'Replace with the backup' });
  await replace.click();
  // Restoring 10,000 contacts takes seconds: the panel says what it is doing, and a second click, a
  // backup or an erase wait for it.
  await expect(panel.getByRole('status').filter({ hasText: 'Restoring the backup…' })).toBeVisible();
  await expect(replace).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Download backup' })).toBeDisabled();
  await expect(panel.getByLabel('Restore from a backup file')).toBeDisabled();
  await screenshot(panel, 'backup-restoring');
  await expect(panel.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
    'Restored 10,000 contacts, 0 touches and 0 reminders.',
    {
      timeout: 60_000,
    },
  );
  await expect(panel.getByRole('status').filter({ hasText: 'Restoring' })).toHaveCount(0);
  await expect(panel.getByText('10,000 contacts, 0 touches, 0 reminders in this browser.')).toBeVisible();

  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download backup' }).click()]);
  await expect(panel.getByRole('status').filter({ hasText: 'downloaded' })).toHaveText(
    'Backup of 10,000 contacts and 0 touches downloaded.',
  );
  expect(JSON.parse(readFileSync(await download.path(), 'utf8')).tables.contacts).toHaveLength(10_000);
});

test('an export of 10,000 contacts is one whole file: every contact kept once, in order of the chunks read, do-not-contact left out', async ({
  openPanel,
}) => {
  const panel = await openPanel('#/data');
  const now = Date.now();
  // Every 7th opted out. 10,000 contacts make 5 reads in the export's worker and a file of several Blobs (utils/io/utf8-file.ts).
  const contacts = contactsFrom(0, 10_000, now).map((contact, n) => (n % 7 === 3 ? { ...contact, stage: 'do-not-contact' } : contact));
  await seed(panel, 'contacts', contacts);
  const expected = contacts.filter((contact) => contact.stage !== 'do-not-contact');
  await panel.reload();

  const plainDownload = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Plain CSV' }).click();
  // While the worker reads and writes, the panel says it is exporting, and the other exports wait (a second click wrote a second file).
  await expect(panel.getByRole('status').filter({ hasText: 'Exporting contacts…' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'vCard (.vcf)' })).toBeDisabled();
  const plain = await plainDownload;
  await expect(panel.getByRole('status').filter({ hasText: 'exported' })).toHaveText(
    `${expected.length.toLocaleString('en')} contacts exported; ${(contacts.length - expected.length).toLocaleString('en')} do-not-contact contacts left out.`,
  );
  await expect(panel.getByRole('status').filter({ hasText: 'Exporting' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'vCard (.vcf)' })).toBeEnabled();
  await screenshot(panel, 'export-10000');
  const file = readFileSync(await plain.path());
  expect(file.length).toBeGreaterThan(2 ** 20);
  const lines = file.toString('utf8').split('\r\n');
  expect(lines.at(-1)).toBe('');
  expect(lines[0]).toMatch(/^Full name,First name,Last name,Emails,/);
  // Names with accents (Chloé, Søren, Müller) come through as UTF-8, each line whole.
  expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 4))).toEqual(
    expected.map((contact) => [contact.fullName, contact.firstName, contact.lastName, contact.emails[0]]),
  );

  const [vcard] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'vCard (.vcf)' }).click()]);
  const cards = readFileSync(await vcard.path(), 'utf8');
  expect(cards.match(/^FN:.*$/gm)).toEqual(expected.map((contact) => `FN:${contact.fullName}`));
  expect(cards.endsWith('END:VCARD\r\n')).toBe(true);
});

test('a Google Contacts CSV goes through the column mapping; vCards from a phone import too', async ({ openPanel }) => {
  const panel = await openPanel('#/data');
  await panel.getByLabel('File to import').setInputFiles(path.resolve('tests/fixtures/exports/google-contacts.csv'));
  const mapping = panel.getByRole('form', { name: 'Map the columns' });
  await expect(mapping).toContainText('4 rows.');
  // Each column's first value shows as its example: the file is read in the preview's worker.
  await expect(mapping.getByRole('row', { name: /^Organization Name/ })).toContainText('Globex');
  await expect(mapping.getByRole('row', { name: /^E-mail 1 - Value/ })).toContainText('ana.castillo@globex.example');
  await expect(mapping.getByLabel('Organization Title')).toHaveValue('title');
  await expect(mapping.getByLabel('Nickname')).toHaveValue('ignore');
  // The rep decides the department is the title instead.
  await mapping.getByLabel('Organization Title').selectOption('ignore');
  await mapping.getByLabel('Organization Department').selectOption('title');
  await screenshot(panel, 'import-mapping');
  await mapping.getByRole('button', { name: 'Preview import' }).click();

  const preview = panel.getByRole('region', { name: 'Preview of google-contacts.csv' });
  await expect(preview).toContainText('2 new · 0 already kept · 0 possible duplicates · 2 rejected');
  await preview.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported: 2 added, 0 merged into contacts you had, 2 skipped.',
  );

  await panel.getByLabel('File to import').setInputFiles(path.resolve('tests/fixtures/exports/vcard/phone-21.vcf'));
  const cards = panel.getByRole('region', { name: 'Preview of phone-21.vcf' });
  await expect(cards).toContainText('2 new · 0 already kept · 0 possible duplicates · 1 rejected');
  await cards.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported: 2 added, 0 merged into contacts you had, 1 skipped.',
  );

  await panel.getByRole('link', { name: 'Contacts' }).click();
  await expect(panel.getByRole('list', { name: 'Contacts' }).getByRole('link')).toHaveCount(4);
  await panel.getByLabel('Search contacts').fill('ana');
  await panel.getByRole('link', { name: /Ana Castillo/ }).click();
  await expect(panel.getByText('Purchasing at Globex')).toBeVisible();
  await panel.getByRole('link', { name: 'Contacts' }).click();
  await panel.getByLabel('Search contacts').fill('zoë');
  await panel.getByRole('link', { name: /Zoë Müller/ }).click();
  await expect(panel.getByText('CFO at Initech Gründerzentrum')).toBeVisible();
});

test('automatic backups, once switched on, land in the downloads folder', async ({ openPanel, serviceWorker }) => {
  const panel = await openPanel();
  await panel.goto(`${panel.url().replace(/#.*$/, '')}#/contact/new`);
  await panel.getByLabel('Full name').fill('Ingrid Larsen');
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await expect(panel.getByRole('heading', { name: 'Ingrid Larsen' })).toBeVisible();

  await panel.getByRole('link', { name: 'Settings' }).click();
  await expect(panel.getByText('No automatic backup yet.')).toBeVisible();
  // Playwright takes the file over (its own name, its own folder), so the test reads the file the
  // browser wrote. Not the download's url: Chromium 150 cuts a long data URL there to 1,024 characters.
  const downloads = () =>
    serviceWorker.evaluate(() =>
      chrome.downloads.search({}).then((items) => items.map((item) => ({ file: item.filename, done: item.state === 'complete' }))),
    );
  expect(await downloads()).toEqual([]);
  await panel.getByLabel('Write a backup to Downloads/Tend backups').selectOption('daily');
  await expect(panel.getByText(/^Last automatic backup: /)).toBeVisible();
  await expect.poll(downloads).toEqual([expect.objectContaining({ done: true })]);
  const [{ file = '' } = {}] = await downloads();
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.format).toBe('tend-backup');
  expect(backup.tables.contacts.map((contact: { fullName: string }) => contact.fullName)).toEqual(['Ingrid Larsen']);
  // Not again until a day has passed.
  await panel.getByLabel('Write a backup to Downloads/Tend backups').selectOption('weekly');
  await panel.waitForTimeout(1_000);
  expect(await downloads()).toHaveLength(1);
});

test('push to HubSpot: token checked, permission asked at connect, contacts and touches sent once, failures reported', async ({
  context,
  openPanel,
}) => {
  const hubspot = new FakeHubSpot();
  await routeHubSpot(context, hubspot);
  const panel = await openPanel();
  await keep(panel, { name: 'Ana Castillo', company: 'Globex', email: 'ana@globex.example' });
  await panel.keyboard.press('t');
  await panel.getByLabel('Summary').fill('Walked through the pilot plan');
  await panel.getByLabel('Summary').press('Enter');
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Walked through the pilot plan');
  await keep(panel, { name: 'No Email Person' });

  // The rep says no to the permission first, then yes.
  await answerPermissionPrompts(panel, false);
  await panel.goto(`${panel.url().replace(/#.*$/, '')}#/data`);
  await panel.reload();
  const card = panel.getByRole('region', { name: 'HubSpot', exact: true });
  await card.getByLabel('HubSpot private-app token').fill('not a token');
  await card.getByRole('button', { name: 'Connect HubSpot' }).click();
  await expect(card.getByRole('alert')).toContainText('a HubSpot private-app token looks like pat-na1-');
  await card.getByLabel('HubSpot private-app token').fill(hubspot.token);
  await card.getByRole('button', { name: 'Connect HubSpot' }).click();
  await expect(card.getByRole('alert')).toHaveText('Not connected: Tend needs your permission to reach api.hubapi.com.');
  expect(await panel.evaluate(() => (globalThis as unknown as { permissionRequests: unknown[] }).permissionRequests)).toEqual([
    { origins: ['https://api.hubapi.com/*'] },
  ]);
  expect(hubspot.requests).toEqual([]);

  const page = await context.newPage();
  await answerPermissionPrompts(page, true);
  await page.goto(panel.url());
  await panel.close();
  const allowed = page.getByRole('region', { name: 'HubSpot', exact: true });
  await allowed.getByLabel('HubSpot private-app token').fill(hubspot.token);
  await allowed.getByRole('button', { name: 'Connect HubSpot' }).click();
  await expect(allowed.getByText(/Connected \(token …good, kept in this browser, never in backups or exports/)).toBeVisible();
  await allowed.getByRole('button', { name: 'Push contacts and touches to HubSpot' }).click();
  const summary = allowed.getByRole('status').filter({ hasText: 'created or updated' });
  await expect(summary).toContainText('1 contact created or updated, 1 note added, 1 skipped.');
  await expect(summary.getByRole('list', { name: 'Pushed to HubSpot, record by record' })).toContainText(
    'No Email Person: skipped (no email address (HubSpot matches people by email))',
  );
  expect([...hubspot.contacts.values()].map((contact) => contact.properties)).toEqual([
    { email: 'ana@globex.example', firstname: 'Ana', lastname: 'Castillo', company: 'Globex', associatedcompanyid: expect.any(String) },
  ]);
  expect([...hubspot.companies.values()].map((company) => company.properties.name)).toEqual(['Globex']);
  expect(hubspot.notes.map((note) => note.properties.hs_note_body)).toEqual(['email (outbound)\nWalked through the pilot plan']);
  await screenshot(page, 'hubspot-push');

  // Again: nothing is doubled, and a rate limit on the way is waited out.
  hubspot.rateLimitNext = 1;
  await allowed.getByRole('button', { name: 'Push contacts and touches to HubSpot' }).click();
  await expect(allowed.getByRole('status').filter({ hasText: 'created or updated' })).toContainText(
    '1 contact created or updated, 0 notes added, 1 skipped.',
  );
  expect(hubspot.contacts.size).toBe(1);
  expect(hubspot.companies.size).toBe(1);
  expect(hubspot.notes).toHaveLength(1);
  expect(hubspot.requests.map((request) => request.status)).toContain(429);

  // A revoked token stops the push with a clear message.
  hubspot.token = 'pat-na1-rotated';
  await allowed.getByRole('button', { name: 'Push contacts and touches to HubSpot' }).click();
  await expect(allowed.getByRole('status').filter({ hasText: 'refused the token' })).toContainText('HubSpot refused the token (401)');

  // Disconnected: the token and the permission go; the form is back.
  await allowed.getByRole('button', { name: 'Disconnect HubSpot' }).click();
  await expect(allowed.getByLabel('HubSpot private-app token')).toBeVisible();
  expect(await page.evaluate(() => chrome.permissions.contains({ origins: ['https://api.hubapi.com/*'] }))).toBe(false);
});
