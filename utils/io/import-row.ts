import type { ContactInput } from '../model/contact';

// What an importer hands on: each row of the file either as contact fields to validate and match,
// or as rejected with the reason, always with the line it came from so the rep can find it.

export type ImportRow = { line: number; fields: ContactInput } | { line: number; rejected: string };

export interface ParsedImport {
  rows: ImportRow[];
  /** A reason the file as a whole could not be read (wrong format), or null. */
  error: string | null;
}
