import { Dexie } from 'dexie';
import { useEffect } from 'react';
import { sendToBackground } from '../utils/send-message';

/**
 * After any write from the panel, wake the background to re-read what is due: the badge, the next
 * alarm and notifications follow the database even when its service worker was asleep.
 */
export function useDueSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMutated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        sendToBackground({ type: 'due-changed' }).catch(() => {
          // No background to tell (a test page without one): the next alarm re-reads anyway.
        });
      }, 200);
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, []);
}
