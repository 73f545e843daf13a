import type { DatabaseProblem } from '../storage/db-status';
import { DuplicateError, RecordNotFoundError, UndecidedDuplicatesError, ValidationError } from '../storage/errors';
import { plural } from '../utils/plural';

/** The likely cause of a storage failure, as the rep can act on it. */
const DISK_FULL = 'the disk is probably full';

/** Why this page lost its connection; also the start of the error shown when a write fails for it. */
const UPDATED_ELSEWHERE = 'Tend was updated in another panel or tab, so this one stopped reading its data.';

/** What stops Tend's database, said for the rep with what to do about it. */
export const DATABASE_PROBLEM_TEXT: Record<DatabaseProblem, string> = {
  blocked:
    'Tend was updated and is waiting to upgrade its data, but another Tend panel or tab still has the old version open. Close or reload it and this panel continues by itself.',
  replaced: `${UPDATED_ELSEWHERE} Reload it to continue.`,
  lost: `Tend lost its connection to its data after the browser failed to write it; ${DISK_FULL}. Free some disk space, then reload.`,
};

/** An error whose message is already written for the rep; shown as it is. */
export class NoticeError extends Error {
  override name = 'NoticeError';
}

/** A sentence for the person, whatever went wrong; unexpected errors keep their own message. */
export function describeError(error: unknown): string {
  if (error instanceof NoticeError) return error.message;
  if (error instanceof UndecidedDuplicatesError)
    return `Not imported: ${plural(error.count, 'possible duplicate')} still ${error.count === 1 ? 'needs' : 'need'} a decision.`;
  if (error instanceof ValidationError) return `Not saved. ${error.message}.`;
  if (error instanceof DuplicateError) return `Not saved: ${error.message}.`;
  if (error instanceof RecordNotFoundError) return error.message;
  if (error instanceof Error && (error.name === 'DatabaseClosedError' || error.name === 'VersionChangeError')) {
    return `Not saved: ${UPDATED_ELSEWHERE} Reload it and try again.`;
  }
  if (error instanceof Error && isDiskFull(error)) {
    return `Not saved: the browser could not write Tend’s data; ${DISK_FULL}. Free some disk space and try again.`;
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * A full disk aborts the transaction, and Dexie reports the abort with the browser's error inside.
 * On a profile whose disk was filled, Chromium said, depending on which write hit the wall:
 * QuotaExceededError "Encountered disk full while committing transaction"; DataError "Failed to
 * write blobs (IOError)" for large values it keeps as files; UnknownError "Connection is closing
 * because of: IO error … FILE_ERROR_NO_SPACE"; UnknownError "Unknown error"; then UnknownError
 * "Internal error opening backing store" when reopening.
 */
function isDiskFull(error: Error): boolean {
  return [error, innerOf(error)].some(
    (each) =>
      each?.name === 'QuotaExceededError' ||
      (each?.name === 'DataError' && /failed to write blobs/i.test(each.message)) ||
      // IndexedDB's UnknownError is a failure of the storage under it, not of the request.
      each?.name === 'UnknownError',
  );
}

/** The error Dexie wrapped (`inner`), if it wrapped one. */
function innerOf(error: Error): { name: string; message: string } | undefined {
  const inner: unknown = (error as Error & { inner?: unknown }).inner;
  if (typeof inner !== 'object' || inner === null || !('name' in inner)) return undefined;
  return { name: String(inner.name), message: 'message' in inner ? String(inner.message) : '' };
}
