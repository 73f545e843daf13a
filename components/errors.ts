import { UPDATED_ELSEWHERE } from '../storage/db-status';
import { DuplicateError, RecordNotFoundError, ValidationError } from '../storage/errors';

/** An error whose message is already written for the rep; shown as it is. */
export class NoticeError extends Error {
  override name = 'NoticeError';
}

/** A sentence for the person, whatever went wrong; unexpected errors keep their own message. */
export function describeError(error: unknown): string {
  if (error instanceof NoticeError) return error.message;
  if (error instanceof ValidationError) return `Not saved. ${error.message}.`;
  if (error instanceof DuplicateError) return `Not saved: ${error.message}.`;
  if (error instanceof RecordNotFoundError) return error.message;
  if (error instanceof Error && (error.name === 'DatabaseClosedError' || error.name === 'VersionChangeError')) {
    return `Not saved: ${UPDATED_ELSEWHERE} Reload it and try again.`;
  }
  // A full disk aborts the transaction; Dexie reports the abort with the quota error inside.
  if (error instanceof Error && (error.name === 'QuotaExceededError' || innerName(error) === 'QuotaExceededError')) {
    return 'Not saved: the browser has no storage space left for Tend. Free some disk space and try again.';
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

/** The name of the error Dexie wrapped (`inner`), if it wrapped one. */
function innerName(error: Error): string | undefined {
  const inner: unknown = (error as Error & { inner?: unknown }).inner;
  return typeof inner === 'object' && inner !== null && 'name' in inner ? String(inner.name) : undefined;
}
