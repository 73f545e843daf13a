import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { gmailFixture, serveGmail } from './gmail-site';
import { corpusPage, serveLinkedIn } from './linkedin-site';

// Every conversation is a touch: a LinkedIn conversation on the messaging page and in a message
// bubble, logged in one click with the direction of who wrote last, once per latest message; and
// one person wherever they write from.

const messaging = (name: string) => readFileSync(path.resolve('tests/fixtures/linkedin-messaging', name), 'utf8');
const THREAD = 'https://www.linkedin.com/messaging/thread/2-MTczMjU0NjAwMDAwMGIxMTIzNDV8YWJj/';
const MARISOL = 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21/';

test('a LinkedIn conversation is kept and logged in one click, and logged again only when someone writes', async ({
  context,
  openPanel,
}) => {
  await serveLinkedIn(context, new Map([['/messaging/thread/', messaging('thread-2026.html')]]));
  const panel = await openPanel('#/page');
  const linkedin = await context.newPage();
  await linkedin.goto(THREAD);
  await linkedin.bringToFront();

  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toBeVisible();
  await expect(panel.getByText('LinkedIn conversation · 3 messages on screen · last Today 9:05 AM · you wrote last')).toBeVisible();
  // Nobody else: the rail's other conversations are not in this one.
  await expect(panel.getByText('Jonas Whitfield')).toHaveCount(0);
  const notKept = panel.getByRole('list', { name: 'People not kept yet' });
  await expect(notKept.getByRole('listitem')).toHaveCount(1);
  await notKept.getByRole('button', { name: 'Keep Marisol Quennevaux and log' }).click();
  const known = panel.getByRole('list', { name: 'Known contacts in this conversation' });
  await expect(known).toContainText('Marisol Quennevaux');
  await expect(known).toContainText('Logged');
  await expect(panel.getByRole('button', { name: 'Latest message logged' })).toBeDisabled();
  await screenshot(panel, 'conversation-linkedin-logged');

  // Marisol answers; the rep clicks into the conversation to reply: a new latest message to log.
  await linkedin.evaluate(() => {
    const list = document.querySelector('.msg-s-message-list-content');
    const item = document.createElement('li');
    item.className = 'msg-s-message-list__event clearfix';
    item.innerHTML = `<div class="msg-s-event-listitem msg-s-event-listitem--other" data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:ACoAAR1pR3pZqWm8vE,2-TmV3UmVwbHkwMDAwMDAwMQ==)">
      <div class="msg-s-message-group__meta"><a class="msg-s-message-group__profile-link msg-s-message-group__name" href="https://www.linkedin.com/in/marisol-quennevaux-4b7e21">Marisol Quennevaux</a><time class="msg-s-message-group__timestamp">9:40 AM</time></div>
      <div class="msg-s-event-listitem__message-bubble"><p class="msg-s-event-listitem__body">Perfect, thank you.</p></div></div>`;
    list?.append(item);
  });
  await linkedin.locator('.msg-form__contenteditable').click();
  await expect(panel.getByText('· Marisol Quennevaux wrote last')).toBeVisible();
  await panel.getByRole('button', { name: 'Log conversation on 1 contact' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Logged on 1 contact.' })).toBeVisible();

  // On her card: two LinkedIn messages, out then in; the cadence runs from the last.
  await known
    .getByRole('link', { name: 'Open' })
    .or(panel.getByRole('link', { name: 'Contacts' }))
    .first()
    .click();
  await panel.goto(panel.url().replace(/#.*$/, '#/contacts'));
  await panel.getByRole('link', { name: /Marisol Quennevaux/ }).click();
  const touches = panel.getByRole('list', { name: 'Touches' });
  await expect(touches.getByRole('listitem')).toHaveCount(2);
  await expect(touches.getByRole('listitem').first()).toContainText('LinkedIn message');
  await expect(touches.getByRole('listitem').first()).toContainText('Inbound');
  await expect(touches.getByRole('listitem').last()).toContainText('Outbound');
  await expect(panel.getByText(/Next touch due in 14 days/)).toBeVisible();
});

test('a message bubble over any LinkedIn page is read from its shadow root, and a name kept from email is offered, never doubled', async ({
  context,
  openPanel,
}) => {
  await serveLinkedIn(context, new Map([['/feed/', messaging('overlay-2026.html')]]));
  const panel = await openPanel('#/contact/new');
  // Marisol was kept from an email, without her LinkedIn profile.
  await panel.getByLabel('Full name').fill('Marisol Quennevaux');
  await panel.getByLabel('Emails').fill('marisol@tidemark.example');
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toBeVisible();

  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');
  await linkedin.bringToFront();
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(
    panel.getByText('LinkedIn message bubble · 2 messages on screen · last Today 8:12 AM · Marisol Quennevaux wrote last'),
  ).toBeVisible();
  const notKept = panel.getByRole('list', { name: 'People not kept yet' });
  await expect(notKept).toContainText('Kept from email as Marisol Quennevaux: add this profile to them?');
  await screenshot(panel, 'conversation-bubble-maybe');
  await notKept.getByRole('button', { name: 'Add to Marisol Quennevaux and log' }).click();
  const known = panel.getByRole('list', { name: 'Known contacts in this conversation' });
  await expect(known).toContainText('Logged');

  await panel.getByRole('link', { name: 'Contacts' }).click();
  await expect(panel.getByRole('link', { name: /Marisol Quennevaux/ })).toHaveCount(1);
  await panel.getByRole('link', { name: /Marisol Quennevaux/ }).click();
  await expect(panel.getByRole('link', { name: 'LinkedIn profile' })).toHaveAttribute('href', MARISOL.replace(/\/$/, ''));
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Inbound');

  // Closing the bubble: the page is the feed again, nothing to capture.
  await linkedin.evaluate(() => {
    document.getElementById('interop-outlet')?.shadowRoot?.querySelector('.msg-overlay-conversation-bubble')?.remove();
  });
  await linkedin.evaluate(() => {
    const outlet = document.getElementById('interop-outlet');
    outlet?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await panel.getByRole('link', { name: 'Page' }).click();
  await expect(panel.getByText('Nothing to capture on this page')).toBeVisible();
});

test('a person kept from LinkedIn who writes from Gmail is offered as themselves, and their address joins them', async ({
  context,
  openPanel,
}) => {
  await serveLinkedIn(context, new Map([['/in/marisol-quennevaux-4b7e21', corpusPage('sdui-profile-2026.html')]]));
  const thread = gmailFixture('thread-single.html')
    .replaceAll('ana.castillo@globex.example', 'marisol@tidemarkfreightlabs.example')
    .replaceAll('Ana Castillo', 'Marisol Quennevaux');
  await serveGmail(context, () => thread);
  const panel = await openPanel('#/page');
  const linkedin = await context.newPage();
  await linkedin.goto(MARISOL);
  await linkedin.bringToFront();
  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Marisol Quennevaux' })).toBeVisible();

  const gmail = await context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN');
  await gmail.bringToFront();
  const unknown = panel.getByRole('list', { name: 'Unknown participants' });
  await expect(unknown).toContainText('Kept from LinkedIn as Marisol Quennevaux (Tidemark Freightlabs): add this address to them?');
  await screenshot(panel, 'gmail-maybe-same-person');
  await unknown.getByRole('button', { name: 'Add to Marisol Quennevaux and log' }).click();
  await expect(panel.getByRole('list', { name: 'Known contacts on this thread' })).toContainText('Logged');

  await panel.getByRole('link', { name: 'Contacts' }).click();
  await expect(panel.getByRole('link', { name: /Marisol Quennevaux/ })).toHaveCount(1);
  await panel.getByRole('link', { name: /Marisol Quennevaux/ }).click();
  await expect(panel.getByText('marisol@tidemarkfreightlabs.example')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Touches' })).toContainText('Intro: supplier risk dashboards');
});
