import type { z } from 'zod';

/**
 * Validate what a reader found. A field the schema refuses (too long, not a URL) is dropped and
 * reported as missing rather than losing the whole capture; required fields still decide.
 */
export function validateCapture<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
  required: readonly string[],
): z.infer<S> | null {
  let candidate = raw;
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    if ([...bad].some((key) => key === '' || required.includes(key))) return null;
    candidate = Object.fromEntries(Object.entries(candidate).filter(([key]) => !bad.has(key)));
  }
  return null;
}
