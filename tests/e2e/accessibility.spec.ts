import AxeBuilder from '@axe-core/playwright';
import { db } from '../../storage/db';
import { restoreSample } from '../support/restore-sample';
import { expect, test } from './fixtures';
import { corpusPage, serveLinkedIn } from './linkedin-site';

// Every main view of the panel, checked by axe in Chromium, light and dark, at a narrow and a
// wide side panel (320 and 600 px): no serious or critical violation. The panel has no
// width breakpoints (only its colour scheme changes its styles), so a width between them lays out
// nothing the two do not; checking 400 px too took a third of the test's two minutes.

const VIEWS: [name: string, hash: string][] = [
  ['welcome', '#/welcome'],
  ['page', '#/page'],
  ['today', '#/today'],
  ['contacts', '#/contacts'],
  ['contact', '#/contact/p-ana'],
  ['prepare a call', '#/hinge/p-ana'],
  ['insights', '#/insights'],
  ['settings', '#/settings'],
  ['import & export', '#/data'],
  ['capture health', '#/capture-health'],
];

test('the panel passes axe in light and dark at 320 and 600 px', async ({ context, openPanel }) => {
  test.setTimeout(180_000);
  await serveLinkedIn(context, new Map([['/in/marisol-quennevaux-4b7e21', corpusPage('sdui-profile-2026.html')]]));
  const panel = await openPanel('#/welcome');
  await restoreSample(panel, db.verno);
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/in/marisol-quennevaux-4b7e21/');
  await panel.bringToFront();

  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    for (const width of [320, 600]) {
      await panel.setViewportSize({ width, height: 800 });
      for (const [name, hash] of VIEWS) {
        await panel.goto(panel.url().replace(/#.*$/, hash));
        await expect(panel.locator('main h1').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page: panel }).analyze();
        for (const violation of violations.filter((each) => each.impact === 'serious' || each.impact === 'critical'))
          found.push(
            `${name}, ${colorScheme}, ${width}px: ${violation.id} (${violation.nodes.length}×) ${violation.nodes[0]?.target.join(' ')}`,
          );
      }
    }
  }
  expect(found).toEqual([]);
});
