import { browser } from 'wxt/browser';
import { ValidationError } from './errors';

// The rep's HubSpot private-app token lives in the extension's local storage: never in IndexedDB,
// so never in a backup file, and never sent anywhere but HubSpot.

const KEY = 'hubspot-token';

export async function getHubSpotToken(): Promise<string | undefined> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return typeof value === 'string' && value ? value : undefined;
}

export async function setHubSpotToken(token: string | undefined): Promise<void> {
  if (token === undefined) {
    await browser.storage.local.remove(KEY);
    return;
  }
  const clean = token.trim();
  if (!/^[\w-]{10,200}$/.test(clean))
    throw new ValidationError([{ path: 'token', message: 'a HubSpot private-app token looks like pat-na1-…, with no spaces' }]);
  await browser.storage.local.set({ [KEY]: clean });
}
