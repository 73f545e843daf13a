import { useState } from 'react';
import { describeError } from '../errors';

/**
 * Actions of one section that take seconds with a large database (a backup, an export, an erase):
 * one at a time, what is under way said while it lasts (`busy`, for the section to disable its
 * other actions: a second click wrote a second file), then the message it ends with or its failure.
 */
export function useOneAtATime() {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Runs `action`, saying `what` meanwhile; a failure is said after `failed` (what did not happen). */
  const run = async (what: string, action: () => Promise<string>, failed?: string) => {
    setBusy(what);
    setMessage(null);
    setError(null);
    try {
      setMessage(await action());
    } catch (caught) {
      setError(failed ? `${failed} ${describeError(caught)}` : describeError(caught));
    } finally {
      setBusy(null);
    }
  };

  return { busy, setBusy, message, setMessage, error, run };
}
