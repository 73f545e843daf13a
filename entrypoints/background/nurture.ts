import { browser } from 'wxt/browser';
import {
  BADGE_MAX,
  badgeText,
  checkDue,
  type DueReminderNotice,
  type NurtureDeps,
  notificationIdOf,
  reminderIdOf,
} from '../../utils/background/nurture-wake';
import type { Intent } from '../../utils/intent';
import { NEXT_DUE_ALARM, TICK_ALARM } from '../../utils/nurture/alarms';
import { snoozeUntil } from '../../utils/nurture/snooze';
import { intentItem } from '../../utils/session-items';
import { runAutoBackup } from './backup';
import { work } from './load-work';
import { openSidePanel } from './panel';

// Wiring of reminders, notifications, the badge and keyboard commands to the browser. The rules
// live in utils/background/nurture-wake.ts; the data in storage/.

const deps: NurtureDeps = {
  alarms: {
    getAll: () => browser.alarms.getAll(),
    create: (name, info) => browser.alarms.create(name, info),
    clear: (name) => browser.alarms.clear(name),
  },
  now: () => Date.now(),
  nextWakeAt: (now) => work().nextWakeAt(now),
  toNotify: (now) => work().dueNotices(now),
  markNotified: (ids, now) => work().markNotified(ids, now),
  notify,
  // Counted only as far as the badge can show.
  dueCount: (now) => work().dueToday(now, BADGE_MAX + 1),
  setBadge: async (count) => {
    await browser.action.setBadgeBackgroundColor({ color: '#2f6b4f' });
    await browser.action.setBadgeText({ text: badgeText(count) });
  },
};

async function notify(notice: DueReminderNotice): Promise<void> {
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `Reminder: ${notice.contactName}`,
    message: notice.note ?? 'Time for a touch.',
    requireInteraction: true,
  };
  const id = notificationIdOf(notice.reminderId);
  try {
    await browser.notifications.create(id, { ...options, buttons: [{ title: 'Open' }, { title: 'Snooze a week' }] });
  } catch {
    // Firefox has no notification buttons: a click on the notification still opens the contact.
    const { requireInteraction: _sticky, ...plain } = options;
    await browser.notifications.create(id, plain);
  }
}

/** How long after the worker starts its own check of what is due runs. */
const WAKE_CHECK_DELAY_MS = 1_000;

// Many panel writes in a row (an import, a burst of touches) make one re-read, not one each. Each
// wake also writes an automatic backup when one is due.
let pending: ReturnType<typeof setTimeout> | undefined;
export function scheduleCheck(delayMs = 250): void {
  clearTimeout(pending);
  pending = setTimeout(() => {
    checkDue(deps).catch((error: unknown) => console.error('Tend: could not check what is due', error));
    Promise.resolve()
      .then(() => runAutoBackup())
      .catch((error: unknown) => console.error('Tend: the automatic backup failed', error));
  }, delayMs);
}

/**
 * Open the side panel in the window the rep acted in, then tell it what to show. The intent may
 * still be read from the database; the panel picks it up whenever it lands.
 */
function openPanel(windowId: number, intent: Promise<Intent | null>): void {
  const opened = openSidePanel(windowId);
  void Promise.all([opened, intent]).then(async ([shown, wanted]) => {
    if (!wanted) return;
    await intentItem.setValue(wanted);
    // Where the panel cannot be opened from here, the same view opens as a tab.
    if (!shown) await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hashOf(wanted)}`) });
  });
}

function hashOf(intent: Intent): string {
  return intent.kind === 'open-contact' ? `#/contact/${encodeURIComponent(intent.contactId)}` : '';
}

async function contactIntent(reminderId: string): Promise<Intent | null> {
  const reminder = await work().getReminder(reminderId);
  return reminder ? { kind: 'open-contact', contactId: reminder.contactId, at: Date.now() } : null;
}

export function wireNurture(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM || alarm.name === NEXT_DUE_ALARM) scheduleCheck(0);
  });
  // A browser that was closed or asleep finds what fell due meanwhile as soon as it starts.
  browser.runtime.onStartup.addListener(() => scheduleCheck(0));
  browser.runtime.onInstalled.addListener(() => scheduleCheck(0));
  // Any other start checks too, once the event that woke the worker has been answered: the check
  // loads the work script and opens the database, which would hold up a message the rep waits for.
  scheduleCheck(WAKE_CHECK_DELAY_MS);

  browser.notifications.onClicked.addListener((notificationId) => {
    const reminderId = reminderIdOf(notificationId);
    if (!reminderId) return;
    void browser.notifications.clear(notificationId);
    openPanel(browser.windows.WINDOW_ID_CURRENT, contactIntent(reminderId));
  });
  browser.notifications.onButtonClicked?.addListener((notificationId, buttonIndex) => {
    const reminderId = reminderIdOf(notificationId);
    if (!reminderId) return;
    void browser.notifications.clear(notificationId);
    if (buttonIndex === 0) openPanel(browser.windows.WINDOW_ID_CURRENT, contactIntent(reminderId));
    else {
      work()
        .snoozeReminder(reminderId, snoozeUntil('1w', Date.now()))
        .then(() => scheduleCheck(0))
        .catch((error: unknown) => console.error('Tend: could not snooze the reminder', error));
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'log-touch')
      openPanel(tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT, Promise.resolve({ kind: 'log-touch', at: Date.now() }));
  });
}
