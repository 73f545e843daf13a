import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';

// Tend's database read and written around Tend, from one of its pages, with plain IndexedDB: what
// a test sets up or checks must not go through the code under test.

// Code passed to evaluate() runs inside the extension, where Chromium's `chrome` is the WebExtension API.
declare const chrome: typeof browser;

/** Every record of one store, as IndexedDB holds it. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tend');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/**
 * Writes a reminder straight into Tend's database, due when the test says: the clock is the test's.
 * Then tells the background, as the panel does after each of its writes.
 */
export async function seedReminder(page: Page, reminder: { id: string; contactId: string; dueAt: number; note: string }): Promise<void> {
  await page.evaluate(async (record) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tend');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('reminders', 'readwrite');
        tx.objectStore('reminders').put({ ...record, status: 'open', createdAt: Date.now() });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    await chrome.runtime.sendMessage({ type: 'due-changed' });
  }, reminder);
}
