import { browser } from 'wxt/browser';

// One value in the extension's storage under a fixed key, with what Tend's session hand-overs and
// capture health need of it: read, write, remove, follow. It goes to browser.storage directly;
// @wxt-dev/storage did the same with versioning and migrations Tend never used, for 3 KB gzip of
// the side panel's first load (issue 22). Keys and stored values are unchanged.

export interface StorageItem<T> {
  readonly area: 'session' | 'local';
  readonly key: string;
  getValue(): Promise<T | null>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with the new value (null once removed) on each change; returns the unwatch. */
  watch(callback: (value: T | null) => void): () => void;
}

/** An item holding what Tend itself wrote under `key` (the type is the writer's promise, not a check). */
export function storageItem<T>(area: 'session' | 'local', key: string): StorageItem<T> {
  const store = () => browser.storage[area];
  return {
    area,
    key,
    async getValue() {
      const stored = await store().get(key);
      return (stored[key] as T | undefined) ?? null;
    },
    setValue: (value) => store().set({ [key]: value }),
    removeValue: () => store().remove(key),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        const change = changes[key];
        if (changedArea === area && change) callback((change.newValue as T | undefined) ?? null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
