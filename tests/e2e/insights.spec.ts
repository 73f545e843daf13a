import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, screenshot, test } from './fixtures';

const DAY = 86_400_000;

/**
 * A pipeline history written straight into Tend's database from an extension page: stage events
 * dated in the past cannot be made through the panel, which always records "now".
 */
async function seedHistory(panel: Page): Promise<void> {
  await panel.evaluate(async (day) => {
    const base = Date.now() - 120 * day;
    const at = (days: number) => base + days * day;
    const contact = (id: string, origin: string, created: number, fields: Record<string, unknown> = {}) => ({
      id,
      fullName: `Person ${id}`,
      emails: [],
      phones: [],
      aliases: [],
      roles: [],
      sources: [],
      tags: [],
      stage: 'new',
      origin,
      employment: [],
      searchWords: ['person', id],
      createdAt: at(created),
      updatedAt: at(created),
      nextDueAt: Date.now() + 10 * day,
      ...fields,
    });
    const contacts = [
      contact('s1', 'sales', 0, { stage: 'sales-ready', accountId: 'A', roles: ['decision-maker'] }),
      contact('s2', 'sales', 5, { stage: 'discontinued' }),
      contact('s3', 'sales', 27, { stage: 'sales-ready', accountId: 'B' }),
      contact('m1', 'marketing', 1, { stage: 'discontinued', accountId: 'A', roles: ['influencer', 'access'] }),
      contact('m2', 'marketing', 50, { nextDueAt: Date.now() - 5 * day }),
      contact('m3', 'marketing', 51, { stage: 'discontinued' }),
    ];
    const events = [
      ['s1', 'new', 0],
      ['s1', 'nurturing', 20],
      ['s1', 'engaged', 40],
      ['s1', 'sales-ready', 55],
      ['s2', 'new', 5],
      ['s2', 'discontinued', 15, 'Wrong person'],
      ['s3', 'new', 27],
      ['s3', 'sales-ready', 37],
      ['m1', 'new', 1],
      ['m1', 'nurturing', 11],
      ['m1', 'discontinued', 71, 'No budget'],
      ['m3', 'new', 51],
      ['m3', 'nurturing', 61],
      ['m3', 'discontinued', 100, 'no budget'],
    ].map(([contactId, to, days, reason], index) => ({
      id: `e${index}`,
      contactId,
      to,
      at: at(days as number),
      ...(reason ? { reason } : {}),
    }));
    const touch = (index: number, contactId: string, type: string, days: number, direction = 'out', answered = true) => ({
      id: `t${index}`,
      contactId,
      type,
      direction,
      answered,
      at: at(days),
      source: { kind: 'manual' },
      createdAt: at(days),
    });
    const touches = [
      touch(1, 's1', 'call', 1, 'out', false),
      touch(2, 's1', 'email', 5),
      touch(3, 's1', 'meeting', 30, 'in'),
      touch(4, 's3', 'call', 30),
      touch(5, 's3', 'call', 31, 'out', false),
      touch(6, 's3', 'linkedin-message', 32, 'out', false),
      touch(7, 'm1', 'email', 1),
    ];
    const accounts = [
      { id: 'A', name: 'Acme Robotics', nameLower: 'acme robotics', aliases: [], tags: [], createdAt: base, updatedAt: base },
      { id: 'B', name: 'Beta Freight', nameLower: 'beta freight', aliases: [], tags: [], createdAt: base, updatedAt: base },
    ];
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tend');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['contacts', 'stageEvents', 'touches', 'accounts'], 'readwrite');
        for (const record of contacts) tx.objectStore('contacts').put(record);
        for (const record of events) tx.objectStore('stageEvents').put(record);
        for (const record of touches) tx.objectStore('touches').put(record);
        for (const record of accounts) tx.objectStore('accounts').put(record);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, DAY);
}

test('Insights draws every chart from the stage history and touches, and downloads the figures', async ({ openPanel }) => {
  const panel = await openPanel('#/insights');
  await expect(panel.getByText('Nothing in this period')).toBeVisible();
  await seedHistory(panel);
  await panel.reload();
  await panel.getByRole('combobox', { name: /^Period/ }).selectOption('12m');

  const chart = (name: string | RegExp) => panel.getByRole('figure', { name });
  await expect(panel.getByRole('figure')).toHaveCount(12);
  await expect(chart('Captured, reached nurturing, discontinued at once').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Captured in the period: Sales-generated 3, Marketing-generated 3, All origins 6; Reached nurturing: Sales-generated 2, Marketing-generated 2, All origins 4; Discontinued at once: Sales-generated 1, Marketing-generated 0, All origins 1/,
  );
  await expect(chart('Conversion to the next stage').getByRole('img')).toHaveAttribute(
    'aria-label',
    /New → Nurturing: Sales-generated 66.7% \(2\/3\), Marketing-generated 66.7% \(2\/3\), All origins 66.7% \(4\/6\)/,
  );
  await expect(chart('Days in each stage before moving on (median; 90th percentile)').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Nurturing: Sales-generated 20.0 d; p90 20.0 d, Marketing-generated 49.5 d; p90 57.9 d/,
  );
  await expect(chart('Why contacts were discontinued').getByRole('img')).toHaveAttribute(
    'aria-label',
    /No budget: Sales-generated 0, Marketing-generated 2, All origins 2; Wrong person: Sales-generated 1, Marketing-generated 0, All origins 1/,
  );
  await expect(chart('What it took to reach sales-ready (median)').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Touches: Sales-generated 3, Marketing-generated unknown, All origins 3/,
  );
  await expect(chart('Gone stale now (cadence ran out)').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Contacts: Sales-generated 0, Marketing-generated 1, All origins 1/,
  );
  await expect(chart(/Touches per week, all origins/)).toContainText('(7 in all)');
  await expect(chart('Buyer-network roles per account')).toContainText('Beta Freight');
  await expect(chart('Buyer-network roles per account').getByRole('row', { name: /Beta Freight/ })).toContainText('no decision-maker kept');
  await screenshot(panel, 'insights-light');
  await chart('Days in each stage before moving on (median; 90th percentile)').screenshot({
    path: `${SCREENSHOT_DIR}/insights-time-in-stage.png`,
  });
  await chart('Buyer-network roles per account').screenshot({ path: `${SCREENSHOT_DIR}/insights-coverage.png` });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await screenshot(panel, 'insights-dark');
  await panel.emulateMedia({ colorScheme: 'light' });

  // A shorter period leaves out what happened before it.
  await panel.getByRole('combobox', { name: /^Period/ }).selectOption('30d');
  await expect(chart('Captured, reached nurturing, discontinued at once').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Captured in the period: Sales-generated 0, Marketing-generated 0, All origins 0/,
  );

  // Between dates: an end before the start is refused with a message.
  await panel.getByRole('combobox', { name: /^Period/ }).selectOption('custom');
  await panel.getByLabel('From', { exact: true }).fill('2026-12-31');
  await panel.getByLabel('To', { exact: true }).fill('2026-01-01');
  await expect(panel.getByRole('alert')).toHaveText('Pick a start day on or before the end day.');

  await panel.getByRole('combobox', { name: /^Period/ }).selectOption('all');
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.split('\r\n')[0]).toBe('metric,split,key,value');
  expect(csv).toContain('reached nurturing,sales,,2\r\n');
  expect(csv).toContain('discontinued why,marketing,No budget,2\r\n');
  expect(csv).toContain('role coverage,all,Acme Robotics / decision-maker,1\r\n');
});
