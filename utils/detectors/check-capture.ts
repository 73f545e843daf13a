import type { z } from 'zod';
import {
  type Capture,
  CompanyCapture,
  GmailThreadCapture,
  LinkedInConversationCapture,
  OutlookThreadCapture,
  PageWaiting,
  PersonCapture,
} from '../model/capture';
import { isRecord } from './anchors';

// The one check between a page and the panel. Page scripts send what they read as plain data (no
// Zod in the page, to keep them small); the background runs this on receipt, and the detector
// tests run the same function on the same reads. A field the schema refuses (too long, not an
// http(s) URL, a bad address) is dropped and reported by its path, never the whole capture; only a
// refused required field (the person's name, the thread's token) refuses it.

type Path = readonly PropertyKey[];

const REQUIRED: Record<Capture['kind'], readonly string[]> = {
  'linkedin-person': ['kind', 'layout', 'fullName', 'anchors'],
  'linkedin-company': ['kind', 'layout', 'companyUrl', 'name', 'anchors'],
  'gmail-thread': ['kind', 'threadUrl', 'threadToken', 'messages', 'anchors'],
  'outlook-thread': ['kind', 'threadUrl', 'threadToken', 'messages', 'anchors'],
  'linkedin-conversation': ['kind', 'surface', 'participants', 'latest', 'messageCount', 'anchors'],
  waiting: ['kind', 'site', 'url'],
};

const SCHEMAS: Record<Capture['kind'], z.ZodType<Capture>> = {
  'linkedin-person': PersonCapture,
  'linkedin-company': CompanyCapture,
  'gmail-thread': GmailThreadCapture,
  'outlook-thread': OutlookThreadCapture,
  'linkedin-conversation': LinkedInConversationCapture,
  waiting: PageWaiting,
};

/** Removes the value at `path`: a property is deleted, an array element spliced out. */
function removeAt(root: unknown, path: Path): boolean {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node) && !Array.isArray(node)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1];
  if (Array.isArray(node) && typeof last === 'number' && last < node.length) {
    node.splice(last, 1);
    return true;
  }
  if (isRecord(node) && typeof last === 'string' && last in node) {
    delete node[last];
    return true;
  }
  return false;
}

/** The path to remove for an issue: the field itself, or the array element holding a required field that is wrong. */
function removalFor(path: Path, tried: ReadonlySet<string>): Path {
  if (!tried.has(path.join('.'))) return path;
  // Removing the field did not help (it is required where it sits): remove its array element instead.
  for (let at = path.length - 2; at >= 0; at--) if (typeof path[at] === 'number') return path.slice(0, at + 1);
  return path.slice(0, 1);
}

export interface Checked<T> {
  capture: T;
  dropped: string[];
}

/** Validate one read against its schema, dropping refused fields; null when a required field is refused. */
export function checkAgainst<T extends Capture>(schema: z.ZodType<T>, raw: unknown, required: readonly string[]): Checked<T> | null {
  if (!isRecord(raw)) return null;
  const candidate = structuredClone(raw);
  const dropped: string[] = [];
  const tried = new Set<string>();
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) {
      const capture = dropped.length > 0 ? ({ ...parsed.data, dropped } as T) : parsed.data;
      return { capture, dropped };
    }
    // Deepest paths and highest indexes first, so one removal does not shift another's index.
    const removals = parsed.error.issues
      .map((issue) => removalFor(issue.path as Path, tried))
      .sort((a, b) => b.length - a.length || String(b.join('.')).localeCompare(String(a.join('.')), 'en', { numeric: true }));
    for (const path of removals) {
      const top = String(path[0] ?? '');
      if (path.length === 0 || (path.length === 1 && required.includes(top))) return null;
      const key = path.join('.');
      if (tried.has(key) && path.length === 1) return null;
      tried.add(key);
      if (removeAt(candidate, path)) dropped.push(key);
    }
  }
  return null;
}

/** Check whatever a page script sent: a capture of a kind Tend knows, or null. */
export function checkCapture(raw: unknown): Checked<Capture> | null {
  if (!isRecord(raw) || typeof raw.kind !== 'string' || !(raw.kind in SCHEMAS)) return null;
  const kind = raw.kind as Capture['kind'];
  return checkAgainst(SCHEMAS[kind], raw, REQUIRED[kind]);
}
