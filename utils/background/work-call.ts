// How Chrome's background worker asks the offscreen document for the work that needs the database
// or the schemas (entrypoints/offscreen/): one runtime message per call, answered with its value
// or its error. Messages between Tend's own contexts, plain data only (they are JSON-serialised).

/** The key a work call is marked with; no message of the protocol in messages.ts carries it. */
export const WORK_CALL = 'tend:work-call';

export interface WorkCall {
  [WORK_CALL]: string;
  args: unknown[];
}

export type WorkAnswer = { ok: true; value: unknown } | { ok: false; error: string };

export function workCall(method: string, args: unknown[]): WorkCall {
  return { [WORK_CALL]: method, args };
}

/** The method and arguments of a work call, or null for any other message. */
export function asWorkCall(raw: unknown): { method: string; args: unknown[] } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { [WORK_CALL]: method, args } = raw as Partial<WorkCall>;
  return typeof method === 'string' && Array.isArray(args) ? { method, args } : null;
}

/** Run a call against `work` (own methods only, never the prototype's), as an answer to send back. */
export async function answerCall(work: Record<string, unknown>, method: string, args: unknown[]): Promise<WorkAnswer> {
  const fn = Object.hasOwn(work, method) ? work[method] : undefined;
  if (typeof fn !== 'function') return { ok: false, error: `no work called ${method}` };
  try {
    return { ok: true, value: await (fn as (...values: unknown[]) => unknown)(...args) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The value of an answer; its error thrown. An absent answer means nobody handled the call. */
export function answered(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) throw new Error('Tend: the work call was not answered');
  const settled = answer as WorkAnswer;
  if (settled.ok) return settled.value;
  throw new Error(`Tend: ${settled.error}`);
}
