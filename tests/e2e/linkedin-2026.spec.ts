import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chooseMenuItem, expect, screenshot, test } from './fixtures';
import { gmailFixture, openThreadInPage, serveGmail } from './gmail-site';
import { changeAddressInPage, corpusPage, linkedinFixture, renderInPage, serveLinkedIn } from './linkedin-site';

// LinkedIn as it is served in 2026 (the server-driven profile), in a real Chromium with Tend
// loaded: pages on their real addresses, in-page moves with the old page lingering, the
// Experience card arriving when scrolled into view, a page that changed, and the rep's fixes.

const MARISOL = 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21/';
const HENRIKE = 'https://www.linkedin.com/in/henrike-vossberg/';
const LUCIA = 'https://www.linkedin.com/in/lucia-ferrer-iglesias/';

async function expectPerson(panel: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await expect(panel.getByLabel(label, { exact: true })).toHaveValue(value);
}

test('keep a person from a server-driven profile, move in the page to another while the old one lingers, and see the right person each time', async ({
  context,
  openPanel,
}) => {
  const marisol = corpusPage('sdui-profile-2026.html');
  const henrike = linkedinFixture('sdui-2026-de.html');
  await serveLinkedIn(
    context,
    new Map([
      ['/in/marisol-quennevaux-4b7e21', marisol],
      ['/in/henrike-vossberg', henrike],
    ]),
  );
  const panel = await openPanel();
  const linkedin = await context.newPage();
  await linkedin.goto(MARISOL);

  await expect(panel.getByRole('heading', { name: 'New person' })).toBeVisible();
  await expectPerson(panel, {
    'Full name': 'Marisol Quennevaux',
    'First name': 'Marisol',
    'Last name': 'Quennevaux',
    Headline: 'Head of Data Platform at Tidemark Freightlabs · Streaming pipelines, data contracts, dbt',
    Title: 'Head of Data Platform',
    Company: 'Tidemark Freightlabs',
    Location: 'Halifax, Nova Scotia, Canada',
    'LinkedIn URL': 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21',
  });
  await expect(panel.getByText('Connection: 2nd · She/Her')).toBeVisible();
  await screenshot(panel, 'linkedin-2026-new-person');
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toBeVisible();
  await linkedin.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  // LinkedIn changes the address first; Marisol's page stays on screen under Henrike's address.
  await changeAddressInPage(linkedin, HENRIKE);
  await expect(panel.getByText('Waiting for LinkedIn to show this page')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toHaveCount(0);
  await screenshot(panel, 'linkedin-2026-waiting');
  // Still lingering a while later: still waiting, never Marisol under Henrike's address.
  await linkedin.waitForTimeout(1_000);
  await expect(panel.getByText('Waiting for LinkedIn to show this page')).toBeVisible();

  // Henrike's page renders in place; the tab's title still names Marisol.
  await renderInPage(linkedin, henrike, { title: false });
  await expect(panel.getByRole('heading', { name: 'New person' })).toBeVisible();
  await expectPerson(panel, {
    'Full name': 'Henrike Vossberg',
    Headline: 'Leiterin Einkauf bei Hafenwerk Logistik GmbH | Beschaffung, Lieferantenrisiko',
    Title: 'Leiterin Einkauf',
    Company: 'Hafenwerk Logistik GmbH',
    Location: 'Hamburg, Deutschland',
    'LinkedIn URL': 'https://www.linkedin.com/in/henrike-vossberg',
  });
  await expect(panel.getByText('Connection: 2.', { exact: true })).toBeVisible();

  // And back, in the page again: Marisol, known, nothing changed.
  await changeAddressInPage(linkedin, MARISOL);
  await renderInPage(linkedin, marisol);
  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toBeVisible();
  await expect(panel.getByText('Nothing changed since you last saw them.')).toBeVisible();
  expect(await linkedin.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

/** Experience as LinkedIn fetches it into a deferred card once scrolled into view (EVIDENCE L17, E1). */
const LUCIA_EXPERIENCE = `<div id="com.linkedin.sdui.profile.card.refACoAAB8nTq3Wx6Lk1Rz9Vc4Hm2PsEd7Yo5FuExperienceTopLevelSection" class="_c49e1a72"><section class="_e06d3b58">
<div class="_95e2c7a0"><h2 class="_5d1f8b24">Experiencia</h2></div>
<div componentkey="entity-collection-item-61f0b3c9e2" class="_4a8e1c07"><a href="https://www.linkedin.com/company/grupo-alcor/" tabindex="0" class="_b72d0e95"><p class="_e31a5c08">Directora de Compras y Logística</p><p class="_09c4f7b1">Grupo Alcor · Jornada completa</p><p class="_09c4f7b1">mar. 2022 - actualidad · 4 años 10 meses</p><p class="_09c4f7b1">Sevilla, Andalucía, España · Híbrido</p></a></div>
</section></div>`;

test('title and company come from the top card first, and follow the Experience card when it arrives; what the rep typed stays', async ({
  context,
  openPanel,
}) => {
  await serveLinkedIn(context, new Map([['/in/lucia-ferrer-iglesias', linkedinFixture('sdui-2026-es-deferred.html')]]));
  const panel = await openPanel();
  const linkedin = await context.newPage();
  await linkedin.goto(LUCIA);
  await expectPerson(panel, { 'Full name': 'Lucía Ferrer Iglesias', Title: 'Directora de Compras', Company: 'Grupo Alcor' });
  await expect(panel.getByText('LinkedIn has not loaded this profile’s Experience yet')).toBeVisible();
  await panel.getByLabel('Location', { exact: true }).fill('Sevilla');

  // The rep scrolls; LinkedIn fills the deferred container with the Experience card.
  await linkedin.evaluate((html) => {
    const container = document.getElementById('profileCardsBelowActivityPart2lucia-ferrer-iglesias');
    if (container) container.innerHTML = html;
  }, LUCIA_EXPERIENCE);
  await expectPerson(panel, { Title: 'Directora de Compras y Logística', Company: 'Grupo Alcor', Location: 'Sevilla' });
  await expect(panel.getByText('LinkedIn has not loaded this profile’s Experience yet')).toHaveCount(0);
  await screenshot(panel, 'linkedin-2026-experience-arrived');
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Lucía Ferrer Iglesias' })).toBeVisible();
  await expect(panel.getByText('Directora de Compras y Logística at Grupo Alcor')).toBeVisible();
});

/** Henrike's page as LinkedIn might change it: the Experience card renamed, the company line gone. */
function changedProfile(slug: string, memberId: string): string {
  return linkedinFixture('sdui-2026-de.html')
    .replaceAll('henrike-vossberg', slug)
    .replaceAll('ACoAAF7hQ2wLc8Rn4TxVb1Mk9PdZs3EyG6u', memberId)
    .replaceAll('ExperienceTopLevelSection', 'PositionsTopLevelSection')
    .replace('<p class="_0d84b2f9">Hafenwerk Logistik GmbH · Technische Universität Hamburg</p>', '');
}

test('when LinkedIn changes a page, the panel says so, Capture health shows it, a redacted copy can be sent, and the rep fills the gaps from the page', async ({
  context,
  openPanel,
  serviceWorker,
}) => {
  const pages = new Map([['/in/marisol-quennevaux-4b7e21', corpusPage('sdui-profile-2026.html')]]);
  const changed: [slug: string, memberId: string][] = [
    ['henrike-vossberg-a1', 'ACoAAF7hQ2wLc8Rn4TxVb1Mk9PdZs3EyA1a'],
    ['henrike-vossberg-b2', 'ACoAAF7hQ2wLc8Rn4TxVb1Mk9PdZs3EyB2b'],
    ['henrike-vossberg-c3', 'ACoAAF7hQ2wLc8Rn4TxVb1Mk9PdZs3EyC3c'],
  ];
  for (const [slug, id] of changed) pages.set(`/in/${slug}`, changedProfile(slug, id));
  await serveLinkedIn(context, pages);
  const panel = await openPanel();
  const linkedin = await context.newPage();
  await linkedin.goto(MARISOL);
  await expect(panel.getByLabel('Title', { exact: true })).toHaveValue('Head of Data Platform');

  await linkedin.goto('https://www.linkedin.com/in/henrike-vossberg-a1/');
  await expect(panel.getByLabel('Full name')).toHaveValue('Henrike Vossberg');
  await expect(panel.getByLabel('Title', { exact: true })).toHaveValue('');
  // One page is not yet a pattern.
  await expect(panel.getByText('LinkedIn may have changed this page')).toHaveCount(0);
  await linkedin.goto('https://www.linkedin.com/in/henrike-vossberg-b2/');
  await expect(panel.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/henrike-vossberg-b2');
  const last = 'https://www.linkedin.com/in/henrike-vossberg-c3/';
  await linkedin.goto(last);
  await expect(panel.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/henrike-vossberg-c3');
  const warning = panel.getByRole('alert').filter({ hasText: 'LinkedIn may have changed this page' });
  await expect(warning).toHaveText(
    'LinkedIn may have changed this page: title, company, company page and experience were not found. Fill them in below, or select them on the page and right-click “Use as…”.',
  );
  await screenshot(panel, 'linkedin-2026-changed-page');

  // Settings → Capture health: per page kind and layout, what was found over the last pages.
  await panel.getByRole('link', { name: 'Settings' }).click();
  await panel.getByRole('link', { name: 'Capture health' }).click();
  const group = panel.getByRole('table', { name: 'Fields found: LinkedIn profile · current layout (2026)' });
  await expect(group.getByRole('row', { name: /^title/ })).toContainText('1 of 4');
  await expect(group.getByRole('row', { name: /^location/ })).toContainText('4 of 4');
  await expect(group.getByRole('row', { name: /^location/ })).toContainText('contact-info-row');
  await expect(
    panel.getByText('Not found on the last pages, though found before: title, company, company page and experience.'),
  ).toBeVisible();
  await screenshot(panel, 'capture-health');

  // A copy of the page anyone can attach to a report: its structure, none of its words.
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Save a redacted copy of this page' }).click();
  const copy = readFileSync((await (await download).path()) ?? '', 'utf8');
  await expect(panel.getByRole('status')).toContainText('to your downloads');
  expect(copy).toContain('PositionsTopLevelSection');
  expect(copy).toContain('/in/slug1/overlay/contact-info/');
  for (const text of [
    'Henrike',
    'Vossberg',
    'Hafenwerk',
    'Hamburg',
    'henrike-vossberg',
    'Jasper',
    'Malte',
    'ACoAAF7hQ2wLc8Rn4TxVb1Mk9PdZs3EyC3c',
  ])
    expect(copy).not.toContain(text);
  await expect(linkedin.locator('h2').first()).toHaveText('Henrike Vossberg');

  // The rep selects the title and the company on the page and uses them.
  await panel.getByRole('link', { name: 'Page' }).click();
  const headline = 'Leiterin Einkauf bei Hafenwerk Logistik GmbH | Beschaffung, Lieferantenrisiko';
  const selected = await linkedin.evaluate((text) => {
    const line = [...document.querySelectorAll('[id$="Topcard"] p')].find((p) => p.textContent === text);
    const node = line?.firstChild;
    if (!node) return '';
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 'Leiterin Einkauf'.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  }, headline);
  expect(selected).toBe('Leiterin Einkauf');
  await chooseMenuItem(serviceWorker, 'tend-use-as-title', last, selected);
  await chooseMenuItem(serviceWorker, 'tend-use-as-company', last, '  Hafenwerk Logistik\n GmbH ');
  await expectPerson(panel, { Title: 'Leiterin Einkauf', Company: 'Hafenwerk Logistik GmbH', 'Full name': 'Henrike Vossberg' });
  await screenshot(panel, 'linkedin-2026-use-as');
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Henrike Vossberg' })).toBeVisible();
  await expect(panel.getByText('Leiterin Einkauf at Hafenwerk Logistik GmbH')).toBeVisible();

  // Another profile never inherits what the rep chose here.
  await linkedin.goto('https://www.linkedin.com/in/henrike-vossberg-b2/');
  await expect(panel.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/henrike-vossberg-b2');
  await expect(panel.getByLabel('Title', { exact: true })).toHaveValue('');
});

test('a Gmail thread with hundreds of people is shown, the rest counted; folded messages are counted and the last writer named', async ({
  context,
  openPanel,
}) => {
  let served = gmailFixture('thread-crowd.html');
  await serveGmail(context, () => served);
  const panel = await openPanel();
  const gmail = await context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTvBnKqLwXrMsPdHcJgFyWtQe');
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByRole('heading', { name: 'Supplier summit: your seat and the agenda' })).toBeVisible();
  await expect(panel.getByText('1 message')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Unknown participants' }).getByRole('listitem')).toHaveCount(200);
  const more = panel.getByText('and 215 more, not listed');
  await more.scrollIntoViewIfNeeded();
  await expect(more).toBeVisible();
  await screenshot(panel, 'gmail-crowd', { fullPage: false });

  served = gmailFixture('thread-long-collapsed.html');
  await openThreadInPage(gmail, '#inbox/FMfcgzQXKbvRtWmHpLsNqDfGjZxCvBnM', served);
  await expect(panel.getByRole('heading', { name: 'Re: Q3 tender timeline' })).toBeVisible();
  await expect(panel.getByText(/^8 messages · last .* · Wei Zhang wrote last$/)).toBeVisible();
});
