import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';
import { serveLinkedIn } from '../e2e/linkedin-site';

const FIXTURES = path.resolve('tests/fixtures');
const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

test('content scripts: size and detection time', async () => {
  const rows: string[] = ['| content script | bytes | gzip | target (gzip) |', '| --- | ---: | ---: | ---: |'];
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const bytes = readFileSync(path.join(dir, file));
    rows.push(`| ${file} | ${bytes.length} | ${gzipSync(bytes).length} | 10240 |`);
  }

  const { context } = await launchWithExtension();
  const pages = ['linkedin', 'gmail'].flatMap((site) =>
    readdirSync(path.join(FIXTURES, site))
      .filter((name) => name.endsWith('.html'))
      .map((name) => `${site}/${name}`),
  );
  const served = new Map<string, string>();
  await serveLinkedIn(context, served);
  let gmailPage = '';
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: gmailPage }),
  );
  rows.push('', '| page | size | detection median (ms) | max (ms) | runs | target |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const name of pages) {
    const html = readFileSync(path.join(FIXTURES, name), 'utf8');
    const gmail = name.startsWith('gmail/');
    const route = name.includes('company') ? '/company/bench/' : '/in/bench/';
    served.clear();
    served.set(route, html);
    gmailPage = html;
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const page = await context.newPage();
      await page.goto(gmail ? GMAIL_THREAD : `https://www.linkedin.com${route}`);
      await page.waitForFunction(() => performance.getEntriesByName('tend:detect').length > 0);
      times.push(...(await page.evaluate(() => performance.getEntriesByName('tend:detect').map((entry) => entry.duration))));
      await page.close();
    }
    rows.push(`| ${name} | ${html.length} | ${median(times).toFixed(2)} | ${Math.max(...times).toFixed(2)} | ${times.length} | 5 |`);
  }
  await context.close();
  console.log(`\n${rows.join('\n')}\n`);
});
