import type { z } from 'zod';

/** A write refused before it reached the database; `issues` name each field and what is wrong. */
export class ValidationError extends Error {
  readonly issues: { path: string; message: string }[];

  constructor(issues: { path: string; message: string }[]) {
    super(issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; '));
    this.name = 'ValidationError';
    this.issues = issues;
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
  }
}

/** A write refused because it would make two records the same person or company. */
export class DuplicateError extends Error {
  readonly existingId: string | undefined;

  constructor(message: string, existingId?: string) {
    super(message);
    this.name = 'DuplicateError';
    this.existingId = existingId;
  }
}

/** An import asked to land while some of its possible duplicates have no decision yet. */
export class UndecidedDuplicatesError extends Error {
  readonly count: number;

  constructor(count: number) {
    super(`${count} possible duplicates need a decision`);
    this.name = 'UndecidedDuplicatesError';
    this.count = count;
  }
}

// Not named NotFoundError: Dexie turns errors with IndexedDB's own names into its DexieError.
export class RecordNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist`);
    this.name = 'RecordNotFoundError';
  }
}

/** Parse with a schema, turning Zod's error into a ValidationError a person can read. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}
