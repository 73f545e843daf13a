import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { gmailFixture, serveGmail } from './gmail-site';
import { corpusPage, serveLinkedIn } from './linkedin-site';

// A new rep's first ten minutes, found the way they find things: by roles, labels and visible text.
// Install, keep a person from LinkedIn, log a touch, set a reminder, see it in Today, log a Gmail
// thread, export a backup that holds all of it.

const MARISOL = 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21/';
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN';

test("a new rep's journey: welcome, LinkedIn, a touch, a reminder in Today, a Gmail thread, a backup", async ({ context, openPanel }) => {
  await serveLinkedIn(context, new Map([['/in/marisol-quennevaux-4b7e21', corpusPage('sdui-profile-2026.html')]]));
  await serveGmail(context, () => gmailFixture('thread-single.html'));

  // Installed: the panel opens on the welcome, which says what Tend reads and where data lives.
  const panel = await openPanel();
  await expect(panel.getByRole('heading', { name: 'Welcome to Tend' })).toBeVisible();
  await expect(panel.getByText('Everything stays in this browser')).toBeVisible();
  await expect(panel.getByRole('link', { name: /Connections\.csv|LinkedIn connections/ }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Got it' }).click();
  await expect(panel.getByText('Nothing to tend yet')).toBeVisible();

  // A LinkedIn profile in the tab beside the panel: the page view shows it, Keep keeps it.
  const linkedin = await context.newPage();
  await linkedin.goto(MARISOL);
  await linkedin.bringToFront();
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByLabel('Full name')).toHaveValue('Marisol Quennevaux');
  await expect(panel.getByLabel('Company')).toHaveValue('Tidemark Freightlabs');
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toBeVisible();

  // Her card: log a touch, then a reminder due later today.
  await panel.getByRole('link', { name: 'Open card' }).click();
  await panel.getByRole('button', { name: 'Log touch' }).click();
  await panel.getByLabel('Type').selectOption({ label: 'LinkedIn message' });
  await panel.getByLabel('Summary').fill('Congratulated her on the platform launch');
  await panel.getByRole('button', { name: 'Log touch' }).last().click();
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Congratulated her on the platform launch');

  await panel.getByRole('button', { name: 'Add reminder' }).click();
  await panel.getByLabel('What').fill('Ask how the migration went');
  const today = await panel.evaluate(() => new Date().toLocaleDateString('en-CA'));
  await panel.getByLabel('Day').fill(today);
  await panel.getByLabel('Time').fill('23:59');
  await panel.getByRole('button', { name: 'Add reminder' }).last().click();
  await expect(panel.getByRole('list', { name: 'Open reminders' })).toContainText('Ask how the migration went');

  // Today lists it, under what is due today, with who it is for.
  await panel.getByRole('link', { name: 'Today' }).click();
  const dueToday = panel.getByRole('region', { name: /Due today/ });
  await expect(dueToday).toContainText('Ask how the migration went');
  await expect(dueToday).toContainText('Marisol Quennevaux');
  await screenshot(panel, 'journey-today');

  // A Gmail thread: its writer is not kept yet; one click keeps her and logs the thread on her.
  const gmail = await context.newPage();
  await gmail.goto(THREAD);
  await gmail.bringToFront();
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByRole('heading', { name: 'Intro: supplier risk dashboards' })).toBeVisible();
  await panel.getByRole('list', { name: 'Unknown participants' }).getByRole('button', { name: 'Add Ana Castillo' }).click();
  await expect(panel.getByLabel('Name for ana.castillo@globex.example')).toHaveValue('Ana Castillo');
  await panel.getByRole('button', { name: 'Save and log this thread' }).click();
  const known = panel.getByRole('list', { name: 'Known contacts on this thread' });
  await expect(known).toContainText('Ana Castillo');
  await expect(known).toContainText('Logged');
  await screenshot(panel, 'journey-gmail');

  await panel.getByRole('link', { name: 'Contacts' }).click();
  await panel.getByRole('link', { name: /Ana Castillo/ }).click();
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Intro: supplier risk dashboards');

  // A backup holds both people, both touches and the reminder.
  await panel.getByRole('link', { name: 'Settings' }).click();
  await panel.getByRole('link', { name: 'Import & export' }).click();
  await expect(panel.getByText('2 contacts, 2 touches, 1 reminder in this browser.')).toBeVisible();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download backup' }).click()]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(backup.tables.contacts.map((contact: { fullName: string }) => contact.fullName).sort()).toEqual([
    'Ana Castillo',
    'Marisol Quennevaux',
  ]);
  expect(backup.tables.touches.map((touch: { summary?: string }) => touch.summary).sort()).toEqual([
    'Congratulated her on the platform launch',
    'Intro: supplier risk dashboards',
  ]);
  expect(backup.tables.reminders.map((reminder: { note?: string }) => reminder.note)).toEqual(['Ask how the migration went']);
});
