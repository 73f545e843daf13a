import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { FakeHubSpot, type Props } from '../support/fake-hubspot';
import { FakePipedrive, LINKEDIN_FIELD, STAGE_FIELD } from '../support/fake-pipedrive';
import { answerPermissionPrompts, routeCrm } from './crm-site';
import { expect, screenshot, test } from './fixtures';
import { gmailFixture, serveGmail } from './gmail-site';
import { corpusPage, linkedinFixture, serveLinkedIn } from './linkedin-site';
import { readStore } from './raw-db';

// The team's CRM beside LinkedIn, against fakes of HubSpot's and Pipedrive's documented endpoints
// served on their real hosts: connect, see that a colleague owns the person on the page, bring in
// their account, see the whole team's coverage, log a touch, push it, once.

const MARISOL = 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21/';

/** Tidemark Freightlabs in HubSpot: Marisol and Dana owned by Jonas Berg, Piet by the rep. */
function hubspotWithTidemark(): FakeHubSpot {
  const hubspot = new FakeHubSpot();
  const riley = hubspot.owner({ email: 'riley@acme-sales.example', firstName: 'Riley', lastName: 'Rep' });
  const berg = hubspot.owner({ email: 'j.berg@acme-sales.example', firstName: 'Jonas', lastName: 'Berg' });
  const tidemark = hubspot.add('companies', { name: 'Tidemark Freightlabs', domain: 'tidemark.example', hubspot_owner_id: berg.id });
  const people = (
    [
      {
        email: 'marisol@tidemark.example',
        firstname: 'Marisol',
        lastname: 'Quennevaux',
        jobtitle: 'Head of Data Platform',
        hs_linkedin_url: MARISOL,
        hubspot_owner_id: berg.id,
        lifecyclestage: 'opportunity',
        notes_last_updated: '2026-11-03T10:15:00.000Z',
      },
      { email: 'piet@tidemark.example', firstname: 'Piet', lastname: 'Olsen', jobtitle: 'VP Operations', hubspot_owner_id: riley.id },
      { email: 'dana@tidemark.example', firstname: 'Dana', lastname: 'Kim', jobtitle: 'Procurement Lead', hubspot_owner_id: berg.id },
    ] as Props[]
  ).map((properties) => hubspot.add('contacts', properties));
  for (const person of people) hubspot.associate('contacts', person.id, 'companies', tidemark.id);
  const deal = hubspot.add('deals', { dealname: 'Tidemark pilot', hs_is_closed: 'false' });
  hubspot.associate('contacts', people[0]?.id ?? '', 'deals', deal.id);
  return hubspot;
}

/** The same account in Pipedrive: the rep is the token's user; the LinkedIn URL is a custom field. */
function pipedriveWithTidemark(): FakePipedrive {
  const pipedrive = new FakePipedrive();
  const berg = pipedrive.user('Jonas Berg', 'j.berg@acme-sales.example');
  const tidemark = pipedrive.organization({ name: 'Tidemark Freightlabs', owner_id: berg.id, open_deals_count: 1 });
  pipedrive.person({
    name: 'Marisol Quennevaux',
    email: 'marisol@tidemark.example',
    owner_id: berg.id,
    org_id: tidemark.id,
    label: 5,
    open_deals_count: 1,
    last_activity_date: '2026-11-03',
    custom: { [LINKEDIN_FIELD]: MARISOL },
  });
  pipedrive.person({ name: 'Piet Olsen', email: 'piet@tidemark.example', owner_id: 11, org_id: tidemark.id });
  pipedrive.person({ name: 'Dana Kim', email: 'dana@tidemark.example', owner_id: berg.id, org_id: tidemark.id });
  return pipedrive;
}

/** No serious or critical axe finding, light and dark, at the panel's narrowest width. */
async function expectAccessible(panel: Page): Promise<void> {
  const found: string[] = [];
  await panel.setViewportSize({ width: 320, height: 800 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: panel }).analyze();
    for (const violation of violations.filter((each) => each.impact === 'serious' || each.impact === 'critical'))
      found.push(`${colorScheme}: ${violation.id} ${violation.nodes[0]?.target.join(' ')}`);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.setViewportSize({ width: 420, height: 800 });
  expect(found).toEqual([]);
}

async function connect(panel: Page, label: string, tokenField: string, token: string, as = ' as Riley Rep'): Promise<void> {
  await panel.goto(`${panel.url().replace(/#.*$/, '')}#/data`);
  const card = panel.getByRole('region', { name: label, exact: true });
  await card.getByLabel(tokenField).fill(token);
  await card.getByRole('button', { name: `Connect ${label}` }).click();
  await expect(card.getByText(`Connected${as} (token`)).toBeVisible();
}

test('HubSpot: a colleague’s person on LinkedIn, their account brought in, the team’s coverage, one touch pushed once', async ({
  context,
  openPanel,
}) => {
  const hubspot = hubspotWithTidemark();
  await routeCrm(context, 'api.hubapi.com', hubspot);
  await serveLinkedIn(context, new Map([['/in/marisol-quennevaux-4b7e21', corpusPage('sdui-profile-2026.html')]]));
  const panel = await openPanel('#/settings');
  await answerPermissionPrompts(panel, true);
  await panel.reload();
  await panel.getByLabel('Your addresses').fill('riley@acme-sales.example');
  await panel.getByRole('button', { name: 'Save my addresses' }).click();
  await connect(panel, 'HubSpot', 'HubSpot private-app token', hubspot.token);
  expect(await panel.evaluate(() => (globalThis as unknown as { permissionRequests: unknown[] }).permissionRequests)).toEqual([
    { origins: ['https://api.hubapi.com/*'] },
  ]);
  // The token is kept out of IndexedDB, so out of every backup.
  expect(JSON.stringify(await readStore(panel, 'settings'))).not.toContain(hubspot.token);

  await journey(panel, context, 'HubSpot', { matched: 'matched by LinkedIn URL', status: 'opportunity' });

  // HubSpot holds exactly one note, on Marisol; owner and lifecycle are as the team left them.
  expect(hubspot.notes.map((note) => note.properties.hs_note_body)).toEqual(['call (outbound)\nWalked through the Q1 data-contract plan']);
  const marisol = [...hubspot.contacts.values()].find((contact) => contact.properties.email === 'marisol@tidemark.example');
  expect(hubspot.notes[0]?.contactId).toBe(marisol?.id);
  expect(marisol?.properties).toMatchObject({ hubspot_owner_id: hubspot.owners[1]?.id, lifecyclestage: 'opportunity' });
  expect(hubspot.contacts.size).toBe(3);
});

test('Pipedrive: the same, with a possible duplicate decided by the rep and the stage in a field the rep picked', async ({
  context,
  openPanel,
}) => {
  const pipedrive = pipedriveWithTidemark();
  await routeCrm(context, 'api.pipedrive.com', pipedrive);
  await serveLinkedIn(context, new Map([['/in/marisol-quennevaux-4b7e21', corpusPage('sdui-profile-2026.html')]]));
  const panel = await openPanel('#/data');
  await answerPermissionPrompts(panel, true);
  await panel.reload();
  const card = panel.getByRole('region', { name: 'Pipedrive', exact: true });
  await card.getByLabel('Pipedrive API token').fill('not a token');
  await card.getByRole('button', { name: 'Connect Pipedrive' }).click();
  await expect(card.getByRole('alert')).toContainText('a Pipedrive API token is 40 letters and digits');
  await card.getByLabel('Pipedrive API token').fill('f'.repeat(40));
  await card.getByRole('button', { name: 'Connect Pipedrive' }).click();
  await expect(card.getByRole('alert')).toContainText('Not connected. Pipedrive refused the token (401)');
  await connect(panel, 'Pipedrive', 'Pipedrive API token', pipedrive.token);
  await card.getByRole('button', { name: 'Choose a Pipedrive property' }).click();
  await card.getByLabel("Pipedrive property for Tend's nurture stage").selectOption({ label: `Tend stage (${STAGE_FIELD})` });
  await expect(card.getByText("Tend's stage goes to Tend stage on the next push.")).toBeVisible();
  // Pipedrive names its custom fields by hash: the rep sees the label they picked.
  await panel.reload();
  await expect(card.getByText('Nurture stage pushed to: Tend stage')).toBeVisible();

  await journey(panel, context, 'Pipedrive', { matched: 'matched by LinkedIn URL', status: 'Hot lead', possible: true });

  const marisol = [...pipedrive.persons.values()].find((person) => person.name === 'Marisol Quennevaux');
  expect(pipedrive.notes.map((note) => [note.person_id, note.content])).toEqual([
    [marisol?.id, 'call (outbound)<br>Walked through the Q1 data-contract plan'],
  ]);
  expect(marisol?.custom[STAGE_FIELD]).toBe('new');
  expect(marisol?.owner_id).not.toBe(11);
  expect(pipedrive.persons.size).toBe(3);
});

/** What the rep does with either CRM, from the LinkedIn profile to the push. */
async function journey(
  panel: Page,
  context: BrowserContext,
  label: string,
  expected: { matched: string; status: string; possible?: boolean },
): Promise<void> {
  const linkedin = await context.newPage();
  await linkedin.goto(MARISOL);
  await linkedin.bringToFront();
  await panel.getByRole('link', { name: 'Page' }).click();

  // The local card first; the CRM's facts beside it: a colleague owns her.
  await expect(panel.getByLabel('Full name')).toHaveValue('Marisol Quennevaux');
  const crm = panel.getByRole('region', { name: 'In your CRM' });
  await expect(crm).toContainText(`${label}: owned by Jonas Berg · ${expected.status} · last activity 3 Nov 2026 · 1 open deal`);
  await expect(crm).toContainText(expected.matched);
  await expect(crm.getByRole('link', { name: `Open in ${label}` })).toHaveAttribute('href', /^https:\/\//);
  await screenshot(panel, `crm-${label.toLowerCase()}-on-page`);
  await expectAccessible(panel);

  // Kept as the decision-maker.
  await panel.getByRole('button', { name: 'Decision-maker' }).click();
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toBeVisible();
  // Seen again later: answered from the cache, with its age.
  await panel.reload();
  await expect(panel.getByRole('region', { name: 'In your CRM' })).toContainText('checked');

  // Her account: the people the team has there, through the import preview.
  await panel.getByRole('link', { name: 'Open card' }).click();
  await panel.getByRole('link', { name: 'Tidemark Freightlabs' }).click();
  await panel.getByRole('button', { name: `Bring in from ${label}` }).click();
  await expect(panel.getByRole('status').filter({ hasText: `${label} has Tidemark Freightlabs` })).toContainText('with 3 people');
  const preview = panel.getByRole('region', { name: `Preview of ${label}: Tidemark Freightlabs` });
  if (expected.possible) {
    // Pipedrive holds no LinkedIn URL Tend can read back: same name and company, so the rep decides.
    await expect(preview).toContainText('2 new · 0 already kept · 1 possible duplicates · 0 rejected');
    await preview.getByRole('radio', { name: 'Same person: merge' }).check();
  } else {
    await expect(preview).toContainText('2 new · 1 already kept · 0 possible duplicates · 0 rejected');
  }
  await preview.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(panel.getByRole('status').filter({ hasText: `Brought in from ${label}` })).toContainText('2 added, 1 merged');

  // The coverage map names both reps.
  await expect(panel.getByRole('list', { name: 'Who covers each role at Tidemark Freightlabs' })).toContainText(
    'Decision-maker: Marisol Quennevaux, owned by Jonas Berg',
  );
  const people = panel.getByRole('list', { name: 'People at Tidemark Freightlabs' });
  await expect(people).toContainText('Piet Olsen');
  await expect(people.getByRole('link', { name: /Piet Olsen/ })).toContainText('owned by Riley Rep (you)');
  await expect(people.getByRole('link', { name: /Dana Kim/ })).toContainText('owned by Jonas Berg');
  await screenshot(panel, `crm-${label.toLowerCase()}-coverage`);
  await expectAccessible(panel);

  // A touch on Marisol, then the push: one note, and a second push adds none.
  await people.getByRole('link', { name: /Marisol Quennevaux/ }).click();
  await expect(panel.getByText("Owned in your team's CRM by Jonas Berg")).toBeVisible();
  await panel.getByRole('button', { name: 'Log touch' }).click();
  await panel.getByLabel('Type').selectOption({ label: 'Call' });
  await panel.getByLabel('Summary').fill('Walked through the Q1 data-contract plan');
  await panel.getByRole('button', { name: 'Log touch' }).last().click();
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Walked through the Q1 data-contract plan');

  await panel.goto(`${panel.url().replace(/#.*$/, '')}#/data`);
  const card = panel.getByRole('region', { name: label, exact: true });
  await card.getByRole('button', { name: `Push contacts and touches to ${label}` }).click();
  const summary = card.getByRole('status').filter({ hasText: 'created or updated' });
  await expect(summary).toContainText('3 contacts created or updated, 1 note added.');
  await summary.getByText('Record by record').click();
  await expect(summary.getByRole('list', { name: `Pushed to ${label}, record by record` })).toContainText(
    'Marisol Quennevaux: pushed, 1 note',
  );
  await screenshot(panel, `crm-${label.toLowerCase()}-push`);
  await expectAccessible(panel);
  await card.getByRole('button', { name: `Push contacts and touches to ${label}` }).click();
  await expect(card.getByRole('status').filter({ hasText: 'created or updated' })).toContainText(
    '3 contacts created or updated, 0 notes added.',
  );
}

test('look-ups never block the panel: a thread’s people and a company page, a slow answer, a rate limit, a revoked token', async ({
  context,
  openPanel,
}) => {
  const hubspot = new FakeHubSpot();
  const berg = hubspot.owner({ email: 'j.berg@acme-sales.example', firstName: 'Jonas', lastName: 'Berg' });
  const globex = hubspot.add('companies', {
    name: 'Globex',
    domain: 'globex.example',
    hubspot_owner_id: berg.id,
    lifecyclestage: 'customer',
  });
  const ana = hubspot.add('contacts', {
    email: 'ana.castillo@globex.example',
    firstname: 'Ana',
    lastname: 'Castillo',
    hubspot_owner_id: berg.id,
  });
  hubspot.associate('contacts', ana.id, 'companies', globex.id);
  // The first contact search is answered only when the test says so: a slow CRM.
  let searches = 0;
  const held = await routeCrm(context, 'api.hubapi.com', hubspot, (method, path) => {
    if (method !== 'POST' || path !== '/crm/v3/objects/contacts/search') return false;
    return ++searches === 1;
  });
  await serveGmail(context, () => gmailFixture('thread-single.html'));
  await serveLinkedIn(
    context,
    new Map([
      ['/company/globex', linkedinFixture('company-about.html')],
      ['/in/marisol-quennevaux-4b7e21', corpusPage('sdui-profile-2026.html')],
    ]),
  );
  const panel = await openPanel('#/data');
  await answerPermissionPrompts(panel, true);
  await panel.reload();
  await connect(panel, 'HubSpot', 'HubSpot private-app token', hubspot.token, '');

  // A Gmail thread: the local view is there at once, the CRM's answer follows when it comes.
  const gmail = await context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN');
  await gmail.bringToFront();
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByRole('heading', { name: 'Intro: supplier risk dashboards' })).toBeVisible();
  const participants = panel.getByRole('region', { name: 'Participants in your CRM' });
  await expect(participants).toContainText('checking Ana Castillo…');
  await expect.poll(() => held.length).toBe(1);
  await held[0]?.answer();
  await expect(participants).toContainText('Ana Castillo');
  await expect(participants).toContainText('HubSpot: owned by Jonas Berg · no activity logged · 0 open deals');
  await screenshot(panel, 'crm-thread');

  // A company page, through a rate limit HubSpot asks Tend to wait out.
  hubspot.rateLimitNext = 1;
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/company/globex/about/');
  await linkedin.bringToFront();
  const company = panel.getByRole('region', { name: 'Company in your CRM' });
  await expect(company).toContainText('HubSpot: owned by Jonas Berg · customer', { timeout: 15_000 });
  await expect(company).toContainText('matched by domain');
  expect(hubspot.requests.map((request) => request.status)).toContain(429);

  // The token revoked in HubSpot: the next look-up says so, and the page's card is still there.
  hubspot.token = 'pat-na1-rotated';
  await linkedin.goto(MARISOL);
  await expect(panel.getByLabel('Full name')).toHaveValue('Marisol Quennevaux');
  await expect(panel.getByRole('region', { name: 'In your CRM' }).getByRole('alert')).toContainText(
    'Could not check: HubSpot refused the token (401)',
  );
});

test('a company page with no company record in HubSpot: its people are brought in by their addresses at its domain', async ({
  context,
  openPanel,
}) => {
  const hubspot = new FakeHubSpot();
  const berg = hubspot.owner({ email: 'j.berg@acme-sales.example', firstName: 'Jonas', lastName: 'Berg' });
  hubspot.add('contacts', {
    email: 'ana.castillo@globex.example',
    firstname: 'Ana',
    lastname: 'Castillo',
    jobtitle: 'CFO',
    hubspot_owner_id: berg.id,
  });
  hubspot.add('contacts', { email: 'li.wei@globex.example', firstname: 'Li', lastname: 'Wei', jobtitle: 'Buyer' });
  hubspot.add('contacts', { email: 'someone@initech.example', firstname: 'Not', lastname: 'Globex' });
  await routeCrm(context, 'api.hubapi.com', hubspot);
  await serveLinkedIn(context, new Map([['/company/globex', linkedinFixture('company-about.html')]]));
  const panel = await openPanel('#/data');
  await answerPermissionPrompts(panel, true);
  await panel.reload();
  await connect(panel, 'HubSpot', 'HubSpot private-app token', hubspot.token, '');

  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/company/globex/about/');
  await linkedin.bringToFront();
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByRole('region', { name: 'Company in your CRM' })).toContainText('not in HubSpot');
  await panel.getByRole('button', { name: 'Keep account' }).click();
  await panel.getByRole('button', { name: 'Bring in from HubSpot' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'no company record' })).toHaveText(
    'HubSpot has no company record named Globex; 2 people with an address at globex.example.',
  );
  const preview = panel.getByRole('region', { name: 'Preview of HubSpot: Globex' });
  await expect(preview).toContainText('2 new · 0 already kept · 0 possible duplicates · 0 rejected');
  await preview.getByRole('button', { name: 'Import 2 rows' }).click();
  const people = panel.getByRole('list', { name: 'People at Globex' });
  await expect(people.getByRole('link', { name: /Ana Castillo/ })).toContainText('owned by Jonas Berg');
  await expect(people.getByRole('link', { name: /Li Wei/ })).toBeVisible();
  await expect(people).not.toContainText('Not Globex');
  await screenshot(panel, 'crm-company-page-pull');
});
