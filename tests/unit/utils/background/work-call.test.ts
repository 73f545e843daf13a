import { describe, expect, it } from 'vitest';
import { answerCall, answered, asWorkCall, WORK_CALL, workCall } from '../../../../utils/background/work-call';

// The worker's calls to Chrome's offscreen document, and their answers, travel as JSON: what the
// document runs is only what the work object holds, and an error comes back as an error.
describe('work calls', () => {
  const work = {
    add: (a: number, b: number) => a + b,
    later: async (value: string) => value.toUpperCase(),
    fails: async () => {
      throw new Error('the database is closed');
    },
  };
  const overJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  it('carries a method and its arguments, and nothing else is taken for one', () => {
    expect(asWorkCall(overJson(workCall('add', [1, 2])))).toEqual({ method: 'add', args: [1, 2] });
    expect(asWorkCall({ type: 'ping' })).toBeNull();
    expect(asWorkCall({ [WORK_CALL]: 'add' })).toBeNull();
    expect(asWorkCall({ [WORK_CALL]: 3, args: [] })).toBeNull();
    expect(asWorkCall(null)).toBeNull();
    expect(asWorkCall('add')).toBeNull();
  });

  it("answers with the method's value, awaited, and with the error it threw", async () => {
    expect(answered(overJson(await answerCall(work, 'add', [2, 3])))).toBe(5);
    expect(answered(overJson(await answerCall(work, 'later', ['due'])))).toBe('DUE');
    const failed = overJson(await answerCall(work, 'fails', []));
    expect(() => answered(failed)).toThrow('Tend: the database is closed');
  });

  it("runs only the work's own methods, never one inherited", async () => {
    for (const method of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'missing']) {
      expect(await answerCall(work, method, [])).toEqual({ ok: false, error: `no work called ${method}` });
    }
  });

  it('says so when no one answered', () => {
    expect(() => answered(undefined)).toThrow('the work call was not answered');
    expect(() => answered({ value: 1 })).toThrow('the work call was not answered');
  });
});
