import { expect, screenshot, test } from './fixtures';
import { linkedinFixture, navigateInPage, serveLinkedIn } from './linkedin-site';

const ANA = 'https://www.linkedin.com/in/ana-castillo-7b2a19/';
const WEI = 'https://www.linkedin.com/in/wei-zhang-initech';

test('keep a person from LinkedIn, follow in-page navigation, and see a job change on a revisit', async ({ context, openPanel }) => {
  const pages = new Map([
    ['/in/ana-castillo-7b2a19', linkedinFixture('profile-classic.html')],
    ['/company/globex', linkedinFixture('company-about.html')],
  ]);
  await serveLinkedIn(context, pages);
  const panel = await openPanel();
  const linkedin = await context.newPage();
  const pageErrors: Error[] = [];
  linkedin.on('pageerror', (error) => pageErrors.push(error));
  await linkedin.goto(ANA);

  // The panel shows the person, every field prefilled, ready to keep.
  await expect(panel.getByRole('heading', { name: 'New person' })).toBeVisible();
  await expect(panel.getByLabel('Full name')).toHaveValue('Ana Castillo');
  await expect(panel.getByLabel('First name')).toHaveValue('Ana');
  await expect(panel.getByLabel('Headline')).toHaveValue('Head of Procurement at Globex | Strategic sourcing, supplier risk');
  await expect(panel.getByLabel('Title')).toHaveValue('Head of Procurement');
  await expect(panel.getByLabel('Company')).toHaveValue('Globex');
  await expect(panel.getByLabel('Location')).toHaveValue('Berlin, Germany');
  await expect(panel.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/ana-castillo-7b2a19');
  await panel.getByRole('button', { name: 'Decision-maker' }).click();
  await panel.getByLabel('Segment tags').fill('manufacturing');
  await screenshot(panel, 'linkedin-new-person');
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Ana Castillo' })).toBeVisible();
  await expect(panel.getByText('Nothing changed since you last saw them.')).toBeVisible();

  // LinkedIn moves to another profile without reloading; the panel follows.
  await linkedin.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await navigateInPage(linkedin, WEI, linkedinFixture('profile-public.html'));
  await expect(panel.getByRole('heading', { name: 'New person' })).toBeVisible();
  await expect(panel.getByLabel('Full name')).toHaveValue('Wei Zhang');
  await expect(panel.getByLabel('Company')).toHaveValue('Initech');
  expect(await linkedin.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // The company page shows the account and who is kept there.
  await navigateInPage(linkedin, 'https://www.linkedin.com/company/globex/about/', linkedinFixture('company-about.html'));
  await expect(panel.getByRole('heading', { name: 'Globex', exact: true })).toBeVisible();
  await expect(panel.getByText('Industrial Machinery Manufacturing · 1001-5000 employees · Springfield, Oregon, US')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'People at Globex' })).toContainText('Ana Castillo');
  await screenshot(panel, 'linkedin-company');

  // Months later Ana has moved on: a new title at a new company is a job change.
  pages.set(
    '/in/ana-castillo-7b2a19',
    linkedinFixture('profile-classic.html')
      .replaceAll('Head of Procurement', 'Chief Procurement Officer')
      .replaceAll('Globex', 'Hooli')
      .replaceAll('globex', 'hooli'),
  );
  await linkedin.goto(ANA);
  const changes = panel.getByRole('region', { name: 'Changed since last seen' });
  await expect(changes.getByRole('heading', { name: 'Job change' })).toBeVisible();
  await expect(changes).toContainText('Title: Head of Procurement → Chief Procurement Officer');
  await expect(changes).toContainText('Company: Globex → Hooli');
  await screenshot(panel, 'linkedin-job-change');
  await changes.getByRole('button', { name: 'Record job change' }).click();
  await expect(panel.getByText('Nothing changed since you last saw them.')).toBeVisible();
  const history = panel.getByRole('list', { name: 'Employment history' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Chief Procurement Officer at Hooli');
  await expect(history.getByRole('listitem').last()).toContainText('Head of Procurement at Globex');
  expect(pageErrors).toEqual([]);
});

test('a possible match by name and company asks before keeping someone twice', async ({ context, openPanel }) => {
  await serveLinkedIn(context, new Map([['/in/wei-zhang-initech', linkedinFixture('profile-public.html')]]));
  const panel = await openPanel('#/contact/new');
  await panel.getByLabel('Full name').fill('Wei Zhang');
  await panel.getByLabel('Company').fill('Initech');
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await expect(panel.getByRole('heading', { name: 'Wei Zhang' })).toBeVisible();

  const linkedin = await context.newPage();
  await linkedin.goto(WEI);
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByRole('heading', { name: 'Is this someone you kept?' })).toBeVisible();
  await screenshot(panel, 'linkedin-possible-match');
  await panel.getByRole('button', { name: 'Same person' }).click();
  // Linked: the profile's aliases now find the contact, and the page's title fills the card.
  await expect(panel.getByRole('heading', { name: 'Wei Zhang' })).toBeVisible();
  await expect(panel.getByText('IT Director at Initech')).toBeVisible();
  await expect(panel.getByText('Nothing changed since you last saw them.')).toBeVisible();
});

test('pages Tend does not understand show nothing to capture', async ({ context, openPanel }) => {
  await serveLinkedIn(
    context,
    new Map([['/feed', '<html><head><title>Feed | LinkedIn</title></head><body><main><h1>Feed</h1></main></body></html>']]),
  );
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');
  const panel = await openPanel('#/page');
  await expect(panel.getByText('Nothing to capture on this page')).toBeVisible();
});
