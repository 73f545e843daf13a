import path from 'node:path';
import { test } from '@playwright/test';
import { extensionIdOf, launchWithExtension, serviceWorkerOf } from '../e2e/fixtures';
import { seedDemo } from './seed';

// With a display: a real Chromium window with Tend loaded, the panel open on sample data, until you
// close it. Without one: the same demo headless, written out as screenshots in demo-output/.
const headed = Boolean(process.env.DISPLAY) && process.env.TEND_DEMO_HEADLESS !== '1';
const OUT = path.resolve('demo-output');

test('Tend demo', async () => {
  const { context } = await launchWithExtension({ headless: !headed });
  const id = extensionIdOf(await serviceWorkerOf(context));
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html#/contacts`);
  const shots = await seedDemo(panel, OUT);

  if (headed) {
    console.log('Tend is running in the Chromium window. Close the window to stop.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }
  await context.close();
  console.log(`\nNo display: Tend ran headless. Screenshots of what it showed:\n${shots.map((shot) => `  ${shot}`).join('\n')}\n`);
});
