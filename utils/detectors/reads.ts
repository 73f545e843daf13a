import type { z } from 'zod';
import type { Capture, PageWaiting } from '../model/capture';

// What a page script reads before the check: plain data of the capture's shape.
export type RawRead = z.input<typeof Capture>;
export type RawWaiting = z.input<typeof PageWaiting>;

/** Nothing more is coming for this page: not waiting for it, and no card of it still to load. */
export function isCompleteRead(read: RawRead): boolean {
  return read.kind !== 'waiting' && !('pending' in read && read.pending?.length);
}
