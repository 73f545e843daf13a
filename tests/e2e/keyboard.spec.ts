import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { corpusPage, serveLinkedIn } from './linkedin-site';

// The main flow from the keyboard alone: keep a person, log a touch, set a reminder, mark it done.
// Focus moves with Tab and acts with Enter; every stop shows where the focus is.

/** Tabs until `target` has the focus (within a bound), checking each stop draws a visible focus ring. */
async function tabTo(page: Page, target: Locator, most = 120): Promise<void> {
  for (let press = 0; press < most; press++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return null;
      const style = getComputedStyle(focused);
      return {
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        label: focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40),
      };
    });
    if (ring) expect(ring.outline, `focus ring on ${ring.label}`).toMatch(/^solid [2-9]/);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keep a person, log a touch, set a reminder and mark it done, from the keyboard alone', async ({ context, openPanel }) => {
  await serveLinkedIn(context, new Map([['/in/marisol-quennevaux-4b7e21', corpusPage('sdui-profile-2026.html')]]));
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/in/marisol-quennevaux-4b7e21/');
  const panel = await openPanel('#/page');
  // As beside a real side panel, LinkedIn is the active tab; the panel follows it.
  await linkedin.bringToFront();
  await expect(panel.getByLabel('Full name')).toHaveValue('Marisol Quennevaux');

  // Keep: Tab to the button, Enter.
  await tabTo(panel, panel.getByRole('button', { name: 'Keep' }));
  await screenshot(panel, 'keyboard-keep-focused', { fullPage: false });
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toBeVisible();

  // Open their card, then T logs a touch; Ctrl+Enter saves it.
  await tabTo(panel, panel.getByRole('link', { name: 'Open card' }));
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Log touch' })).toBeVisible();
  await panel.keyboard.press('t');
  // The form opens on its first choice, the touch type; the arrow keys pick another.
  await expect(panel.getByLabel('Type')).toBeFocused();
  await tabTo(panel, panel.getByLabel('Summary'));
  await panel.keyboard.type('Congratulated her on the platform launch');
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Congratulated her on the platform launch');

  // A reminder: Tab to Add reminder, type what, Enter.
  await tabTo(panel, panel.getByRole('button', { name: 'Add reminder' }));
  await panel.keyboard.press('Enter');
  await expect(panel.getByLabel('What')).toBeFocused();
  await panel.keyboard.type('Ask how the migration went');
  await panel.keyboard.press('Enter');
  const open = panel.getByRole('list', { name: 'Open reminders' });
  await expect(open).toContainText('Ask how the migration went');

  // Done: Tab to it, Enter; the reminder moves to done.
  await tabTo(panel, open.getByRole('button', { name: 'Done' }));
  await screenshot(panel, 'keyboard-done-focused', { fullPage: false });
  await panel.keyboard.press('Enter');
  await expect(panel.getByText('Reminder done.')).toBeVisible();
  await expect(open).not.toContainText('Ask how the migration went');
  await expect(panel.getByText('1 done')).toBeVisible();

  // Undo is reachable from the keyboard too, and brings the reminder back.
  await tabTo(panel, panel.getByRole('button', { name: 'Undo' }));
  await panel.keyboard.press('Enter');
  await expect(open).toContainText('Ask how the migration went');
});
