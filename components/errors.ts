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
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'Not saved: the browser has no storage space left for Tend. Free some disk space and try again.';
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}
