import { lazySchema } from '../model/lazy-schema';
import { z } from '../model/zod-config';

// A page grabbed for clipping (by the context menu or the panel's button), waiting in
// storage.session for the rep to review it and say whose it is. It came from a web page: untrusted.

export const PendingClip = lazySchema(() =>
  z.object({
    url: z
      .string()
      .max(2048)
      .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL'),
    html: z.string().max(5_000_000),
    at: z.number(),
  }),
);
export type PendingClip = z.infer<typeof PendingClip>;

/** What `grabPage` returned from a tab, checked and dated; null when it is not a page Tend can clip. */
export function pendingClipOf(read: unknown, at: number): PendingClip | null {
  const pending = PendingClip.safeParse({ ...(read as object), at });
  return pending.success ? pending.data : null;
}
