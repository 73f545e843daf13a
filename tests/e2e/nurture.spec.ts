import { rmSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { format, subDays } from 'date-fns';
import type { browser } from 'wxt/browser';
import { contactsFrom, seed } from '../support/many-contacts';
import { expect, launchWithExtension, screenshot, serviceWorkerOf, test } from './fixtures';
import { seedReminder } from './raw-db';

// Code passed to evaluate() runs inside the extension, where Chromium's `chrome` is the WebExtension API.
declare const chrome: typeof browser;

const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const notifications = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll());

async function keep(panel: Page, name: string, stage = 'nurturing'): Promise<void> {
  await panel.goto(`${panel.url().replace(/#.*$/, '')}#/contact/new`);
  await panel.getByLabel('Full name').fill(name);
  await panel.getByLabel('Stage').selectOption(stage);
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await expect(panel.getByRole('heading', { name })).toBeVisible();
}

function contactIdOf(panel: Page): string {
  return decodeURIComponent(new URL(panel.url()).hash.replace('#/contact/', ''));
}

test('touches, reminders and the cadence drive Today and the toolbar badge', async ({ openPanel, serviceWorker }) => {
  const panel = await openPanel();
  await keep(panel, 'Dana Whitfield');
  await expect(panel.getByText('Next touch due in 30 days (every 30 days, stage default)')).toBeVisible();

  // A call 45 days ago with no answer: an attempt, and the cadence of 30 days has run out.
  await panel.keyboard.press('t');
  await panel.getByLabel('Type').selectOption('call');
  await panel.getByLabel('When').fill(format(subDays(new Date(), 45), "yyyy-MM-dd'T'HH:mm"));
  await panel.getByLabel(/They answered/).uncheck();
  await panel.getByLabel('Summary').fill('Left a voicemail about the pilot');
  await panel.getByLabel('Summary').press('Enter');
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('attempt, no answer');
  await expect(panel.getByText('Next touch 15 days overdue (every 30 days, stage default)')).toBeVisible();

  // An explicit reminder on a second contact, due earlier today.
  await keep(panel, 'Omar Haddad', 'engaged');
  await panel.getByRole('button', { name: 'Add reminder' }).click();
  await panel.getByLabel('What').fill('Send the pricing sheet');
  await panel.getByLabel('Day').fill(format(new Date(), 'yyyy-MM-dd'));
  await panel.getByLabel('Time').fill('00:00');
  await panel.getByRole('button', { name: 'Add reminder' }).last().click();
  await expect(panel.getByRole('list', { name: 'Open reminders' })).toContainText('Send the pricing sheet');
  await panel.getByText('Stage history (1)').click();
  await expect(panel.getByRole('list', { name: 'Stage history' })).toContainText('Engaged');
  await screenshot(panel, 'contact-reminders');

  await panel.getByRole('link', { name: 'Today' }).click();
  const today = panel.getByRole('region', { name: /Due today/ });
  const stale = panel.getByRole('region', { name: /Gone stale/ });
  await expect(today.getByRole('listitem')).toHaveCount(1);
  await expect(today).toContainText('Omar Haddad');
  await expect(today).toContainText('Reminder due today: Send the pricing sheet');
  await expect(stale).toContainText('Dana Whitfield');
  await expect(stale).toContainText('45 days since last touch; cadence 30');
  await expect(panel.getByText('1 due today · 1 stale')).toBeVisible();
  await expect.poll(() => badge(serviceWorker)).toBe('2');
  await screenshot(panel, 'today-light');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await screenshot(panel, 'today-dark');
  await panel.emulateMedia({ colorScheme: 'light' });

  // Done, undone, done again: the badge follows.
  await today.getByRole('button', { name: 'Done' }).click();
  await expect(today).toHaveCount(0);
  await expect.poll(() => badge(serviceWorker)).toBe('1');
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('region', { name: /Due today/ })).toContainText('Omar Haddad');
  await expect.poll(() => badge(serviceWorker)).toBe('2');
  await panel
    .getByRole('region', { name: /Due today/ })
    .getByRole('button', { name: 'Done' })
    .click();

  // One action logs a touch from Today: the clock restarts and Dana leaves the list.
  await stale.getByRole('button', { name: 'Log touch' }).click();
  await stale.getByLabel('Summary').fill('Caught her after the webinar');
  await stale.getByLabel('Summary').press('Enter');
  await expect(panel.getByRole('region', { name: /Gone stale/ })).toHaveCount(0);
  await expect(panel.getByText('All tended')).toBeVisible();
  await expect.poll(() => badge(serviceWorker)).toBe('');

  await panel.getByRole('link', { name: 'Dana Whitfield' }).first().click();
  await expect(panel.getByText('Next touch due in 30 days (every 30 days, stage default)')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Touches' }).getByRole('listitem')).toHaveCount(2);
});

test('a stale contact snoozed a week leaves Today until then, and undo brings it back', async ({ openPanel, serviceWorker }) => {
  const panel = await openPanel();
  await keep(panel, 'Lena Fischer', 'sales-ready');
  await panel.keyboard.press('t');
  await panel.getByLabel('When').fill(format(subDays(new Date(), 10), "yyyy-MM-dd'T'HH:mm"));
  await panel.getByLabel('Summary').press('Enter');
  await panel.getByRole('link', { name: 'Today' }).click();
  const stale = panel.getByRole('region', { name: /Gone stale/ });
  await expect(stale).toContainText('10 days since last touch; cadence 7');
  await expect.poll(() => badge(serviceWorker)).toBe('1');

  // A week's snooze moves her to the edge of "this week", off the badge.
  await stale.getByRole('button', { name: 'Snooze 1 week' }).click();
  await expect(panel.getByRole('region', { name: /Gone stale/ })).toHaveCount(0);
  await expect(panel.getByRole('region', { name: /Due this week/ })).toContainText(
    /Snoozed until \w{3} \d+ \w{3}; 10 days since last touch; cadence 7/,
  );
  await expect.poll(() => badge(serviceWorker)).toBe('');
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('region', { name: /Gone stale/ })).toContainText('Lena Fischer');

  // Do-not-contact silences her for good.
  await panel
    .getByRole('region', { name: /Gone stale/ })
    .getByRole('link', { name: 'Lena Fischer' })
    .click();
  await panel.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Stage').selectOption('do-not-contact');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByText('No cadence reminders at this stage.')).toBeVisible();
  await panel.getByRole('link', { name: 'Today' }).click();
  await expect(panel.getByText('All tended')).toBeVisible();
  await expect.poll(() => badge(serviceWorker)).toBe('');
});

test('a reminder that falls due raises a notification, and the badge counts it', async ({ openPanel, serviceWorker }) => {
  const panel = await openPanel();
  await keep(panel, 'Priya Raman', 'engaged');
  const contactId = contactIdOf(panel);
  const dueAt = Date.now() + 4_000;
  await seedReminder(panel, { id: 'reminder-soon', contactId, dueAt, note: 'Ask about the budget round' });

  // The background set an exact wake-up for it, and nothing is raised before it falls due.
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.alarms.get('tend:next-due').then((alarm) => alarm?.scheduledTime)))
    .toBe(dueAt);
  expect(Object.keys(await notifications(serviceWorker))).toEqual([]);

  await expect.poll(() => notifications(serviceWorker), { timeout: 20_000 }).toHaveProperty(['tend-reminder:reminder-soon']);
  await expect.poll(() => badge(serviceWorker)).toBe('1');
  // The seed went around the panel's Dexie (and its query cache): reopen the panel as the rep would.
  await panel.reload();
  await panel.getByRole('link', { name: 'Today' }).click();
  await expect(panel.getByRole('region', { name: /Due today/ })).toContainText('Reminder due today: Ask about the budget round');
});

test('what fell due while the browser was closed is notified when it starts again', async () => {
  const first = await launchWithExtension();
  const worker = await serviceWorkerOf(first.context);
  const extensionId = new URL(worker.url()).host;
  const panel = await first.context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await keep(panel, 'Tom Okafor', 'customer');
  const dueAt = Date.now() + 6_000;
  await seedReminder(panel, { id: 'while-closed', contactId: contactIdOf(panel), dueAt, note: 'Renewal call' });
  await expect.poll(() => worker.evaluate(() => chrome.alarms.get('tend:next-due').then((alarm) => alarm?.scheduledTime))).toBe(dueAt);
  expect(Object.keys(await notifications(worker))).toEqual([]);
  await first.context.close();

  // The reminder falls due while the browser is closed.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now()) + 1_000));
  const second = await launchWithExtension({ profileDir: first.profileDir });
  try {
    const again = await serviceWorkerOf(second.context);
    await expect.poll(() => notifications(again), { timeout: 20_000 }).toHaveProperty(['tend-reminder:while-closed']);
    await expect.poll(() => badge(again)).toBe('1');
  } finally {
    await second.context.close();
    rmSync(first.profileDir, { recursive: true, force: true });
  }
});

test('the "log a touch" command opens the touch form on the contact in view', async ({ openPanel, serviceWorker }) => {
  const panel = await openPanel();
  await keep(panel, 'Nadia Petrova');
  await panel.getByRole('link', { name: 'Today' }).click();
  // What the command handler does once the panel is open: leave the request in session storage.
  const command = () => serviceWorker.evaluate(() => chrome.storage.session.set({ 'tend:intent': { kind: 'log-touch', at: Date.now() } }));

  // Not on a contact and no page captured: the panel shows the contacts to pick from.
  await command();
  await expect(panel.getByRole('heading', { name: 'Contacts' })).toBeVisible();
  await panel.getByRole('link', { name: /Nadia Petrova/ }).click();
  await expect(panel.getByRole('form', { name: 'Log a touch' })).toHaveCount(0);
  await command();
  await expect(panel.getByRole('form', { name: 'Log a touch' })).toBeVisible();
  await expect(panel.getByLabel('Type')).toBeFocused();
  await panel.getByLabel('Summary').fill('Quick check-in');
  await panel.getByLabel('Summary').press('Enter');
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Quick check-in');
  // The request is used once.
  expect(await serviceWorker.evaluate(() => chrome.storage.session.get('tend:intent'))).toEqual({});
});

test('Today shows the first contacts gone stale and counts them all; "Show all" lists every one', async ({ openPanel }) => {
  const panel = await openPanel('#/today');
  const now = Date.now();
  const contacts = contactsFrom(1, 201, now);
  await seed(panel, 'contacts', contacts);
  const todayStarts = new Date(now).setHours(0, 0, 0, 0);
  const stale = contacts.filter((contact) => contact.nextDueAt < todayStarts).length;
  expect(stale).toBeGreaterThan(100);
  await panel.reload();
  const section = panel.getByRole('region', { name: /Gone stale/ });
  await expect(section.getByRole('heading')).toHaveText(`Gone stale ${stale}`);
  await expect(section.getByRole('listitem')).toHaveCount(50);
  await screenshot(panel, 'today-stale-first');
  await section.getByRole('button', { name: `Show all ${stale}` }).click();
  await expect(section.getByRole('listitem')).toHaveCount(stale);
  await expect(section.getByRole('button', { name: /Show all/ })).toHaveCount(0);
  // Cards off screen are drawn only when scrolled near (content-visibility: auto), so a full-page
  // screenshot leaves them blank; the last one, scrolled to, is drawn.
  const last = section.getByRole('listitem').last();
  await last.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      last
        .getByRole('link')
        .first()
        .evaluate((link) => link.checkVisibility({ contentVisibilityAuto: true })),
    )
    .toBe(true);
  await screenshot(panel, 'today-stale-scrolled', { fullPage: false });
});

test('Today shows the first contacts due this week, soonest first, and counts them all; "Show all" lists every one', async ({
  openPanel,
}) => {
  const panel = await openPanel('#/today');
  const now = Date.now();
  const day = 86_400_000;
  // 120 due over the coming days, from the day after tomorrow (noon): 20 a day.
  const tomorrowEnds = new Date(now + day).setHours(23, 59, 59, 999);
  const contacts = contactsFrom(1, 121, now).map((contact, n) => ({
    ...contact,
    nextDueAt: new Date(tomorrowEnds + 1 + Math.floor(n / 20) * day).setHours(12, 0, 0, 0),
  }));
  await seed(panel, 'contacts', contacts);
  await panel.reload();
  const section = panel.getByRole('region', { name: /Due this week/ });
  await expect(section.getByRole('heading')).toHaveText('Due this week 120');
  // The first 50 read are the soonest, with the rest of the last one's day: the first three days.
  await expect(section.getByRole('listitem')).toHaveCount(50);
  const soonest = contacts.filter((contact) => contact.nextDueAt === contacts[0]?.nextDueAt).map((contact) => contact.fullName);
  const firstNames = await section.getByRole('listitem').locator('.row-title').allTextContents();
  expect(new Set(firstNames.slice(0, 20))).toEqual(new Set(soonest));
  await section.getByRole('button', { name: 'Show all 120' }).click();
  await expect(section.getByRole('listitem')).toHaveCount(120);
  await expect(section.getByRole('button', { name: /Show all/ })).toHaveCount(0);
});
