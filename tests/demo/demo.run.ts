import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { db } from '../../storage/db';
import { clickToolbarButton, extensionIdOf, launchWithExtension, serviceWorkerOf } from '../e2e/fixtures';
import { restoreSample } from '../support/restore-sample';

// `npm start`: Tend as a rep meets it. Chromium with Tend loaded, a LinkedIn profile in the current
// layout and a Gmail thread open in tabs (served on their real addresses inside this demo only, as
// the tests do), the panel beside them showing who the page is about, and a few months of sample
// contacts behind Today, a contact, a call to prepare and Insights. With a display it stays open
// until the window is closed; without one it writes screenshots to demo-output/ and prints them.

const headed = Boolean(process.env.DISPLAY) && process.env.TEND_DEMO_HEADLESS !== '1';
const OUT = path.resolve('demo-output');
const PROFILE = 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21/';
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRsvLMqTZbHPwKxJrWmNdLpc';
const page = (file: string) => readFileSync(path.resolve('tests/fixtures/corpus', file), 'utf8');

async function serveSamplePages(context: BrowserContext): Promise<void> {
  const serve = (body: string) => (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' });
  await context.route('https://www.linkedin.com/**', serve(page('linkedin/sdui-profile-2026.html')));
  await context.route('https://mail.google.com/**', serve(page('gmail/gmail-thread-2026.html')));
}

/**
 * The sample pages carry LinkedIn's and Gmail's markup but none of their stylesheets or pictures
 * (nothing leaves this machine): a few rules, added in the demo only, so they read as pages.
 */
const DEMO_LOOK = `
  body { font: 14px/1.4 system-ui, sans-serif; background: #f4f2ee; color: #1d2226; margin: 0; }
  header { background: #fff; border-bottom: 1px solid #ddd; padding: 6px 16px; }
  header nav, header div { display: flex; gap: 16px; align-items: center; }
  header p { margin: 0; }
  a { color: #0a66c2; text-decoration: none; }
  img, svg, [role="toolbar"], button { display: none; }
  main, [role="main"] { max-width: 760px; margin: 16px auto; }
  section, .adn, .adf { display: block; background: #fff; border: 1px solid #e0dfdc; border-radius: 8px; padding: 12px 16px; margin-bottom: 12px; }
  p { margin: 4px 0; }
  h2 { margin: 6px 0; }
  .a3s, .iA { color: #444; margin-top: 8px; }
`;

/** A site's page and the panel beside it, as one picture: what the rep sees with the side panel open. */
async function besideEachOther(context: BrowserContext, site: Page, panel: Page, file: string): Promise<void> {
  const [left, right] = await Promise.all([site.screenshot(), panel.screenshot()]);
  const frame = await context.newPage();
  await frame.setViewportSize({ width: 1300, height: 800 });
  await frame.setContent(
    `<body style="margin:0;display:flex;background:#888"><img alt="" src="data:image/png;base64,${left.toString('base64')}"><img alt="" style="border-left:1px solid #444" src="data:image/png;base64,${right.toString('base64')}"></body>`,
  );
  await frame.screenshot({ path: file, fullPage: true });
  await frame.close();
  // The panel (a tab here) shows the active tab's page: make it the active one again.
  await panel.bringToFront();
}

test('Tend demo', async () => {
  const { context } = await launchWithExtension({ headless: !headed });
  await serveSamplePages(context);
  const id = extensionIdOf(await serviceWorkerOf(context));
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html#/welcome`);
  await restoreSample(panel, db.verno);
  const shots: string[] = [];
  const shoot = async (name: string) => {
    const file = path.join(OUT, `${name}.png`);
    await panel.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };

  const linkedin = await context.newPage();
  await linkedin.setViewportSize({ width: 880, height: 800 });
  await linkedin.goto(PROFILE);
  await linkedin.addStyleTag({ content: DEMO_LOOK });
  await panel.goto(`chrome-extension://${id}/sidepanel.html#/page`);
  await panel.getByRole('heading', { name: 'New person' }).waitFor();
  await expect(panel.getByLabel('Title', { exact: true })).toHaveValue('Head of Data Platform');
  shots.push(path.join(OUT, 'page-linkedin.png'));
  await besideEachOther(context, linkedin, panel, shots[shots.length - 1] ?? '');

  const gmail = await context.newPage();
  await gmail.setViewportSize({ width: 880, height: 800 });
  await gmail.goto(THREAD);
  await gmail.addStyleTag({ content: DEMO_LOOK });
  await panel.bringToFront();
  await panel.getByRole('heading', { name: 'Kiln shipment #4471 — revised delivery window' }).waitFor();
  shots.push(path.join(OUT, 'page-gmail.png'));
  await besideEachOther(context, gmail, panel, shots[shots.length - 1] ?? '');
  await panel.getByRole('heading', { name: 'Kiln shipment #4471 — revised delivery window' }).waitFor();

  await panel.getByRole('link', { name: 'Today', exact: true }).click();
  await panel.getByRole('heading', { name: /Due today/ }).waitFor();
  await shoot('today');
  await panel.getByRole('link', { name: 'Contacts', exact: true }).click();
  await panel.getByRole('link', { name: /Ana Castillo/ }).click();
  await panel.getByRole('heading', { name: 'Ana Castillo' }).waitFor();
  await shoot('contact');
  await panel.getByRole('link', { name: 'Prepare a call' }).click();
  await panel.getByRole('list', { name: 'Hinges, strongest first' }).waitFor();
  await shoot('prepare-a-call');
  await panel.getByRole('link', { name: 'Insights', exact: true }).click();
  await panel.getByRole('heading', { name: 'Insights' }).waitFor();
  await panel.getByRole('combobox', { name: /^Period/ }).selectOption({ label: 'Last 12 months' });
  await shoot('insights');

  if (headed) {
    // The real side panel, beside the LinkedIn profile, as the toolbar button opens it.
    await linkedin.bringToFront();
    await clickToolbarButton(context, linkedin, id);
    console.log(
      'Tend is running in the Chromium window: a LinkedIn profile and a Gmail thread in tabs, the panel beside them. Close the window to stop.',
    );
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }
  await context.close();
  console.log(`\nNo display: Tend ran headless. Screenshots of what it showed:\n${shots.map((shot) => `  ${shot}`).join('\n')}\n`);
});
