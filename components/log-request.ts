import { useEffect } from 'react';

// "Log a touch on the current contact", asked from outside the contact view (the keyboard command,
// the Today list): the request waits here until the contact's view is mounted to take it.

let pending: string | null = null;
const listeners = new Set<() => void>();

export function requestLogTouch(contactId: string): void {
  pending = contactId;
  for (const listener of listeners) listener();
}

/** Calls `onRequest` when a touch is asked for on this contact, now or later. */
export function useLogRequest(contactId: string, onRequest: () => void): void {
  useEffect(() => {
    const check = () => {
      if (pending !== contactId) return;
      pending = null;
      onRequest();
    };
    check();
    listeners.add(check);
    return () => {
      listeners.delete(check);
    };
  }, [contactId, onRequest]);
}
