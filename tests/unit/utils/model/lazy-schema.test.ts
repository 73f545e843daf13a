import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../../../utils/model/lazy-schema';

describe('a schema built when first used', () => {
  it('is not built until used, then built once, and parses as the schema it builds', () => {
    let builds = 0;
    const Name = lazySchema(() => {
      builds++;
      return z.string().trim().min(1).max(10);
    });
    expect(builds).toBe(0);
    expect(Name.parse('  Ana ')).toBe('Ana');
    expect(Name.safeParse('').success).toBe(false);
    expect(builds).toBe(1);
    expect(Name instanceof z.ZodString).toBe(true);
  });

  it('composes like the schema it stands for: in objects, unions, extended and made optional', () => {
    const Kind = lazySchema(() => z.enum(['person', 'company']));
    const Base = lazySchema(() => z.object({ kind: Kind, name: z.string() }));
    const Person = lazySchema(() => Base.extend({ kind: z.literal('person'), title: z.string().optional() }));
    const Either = lazySchema(() => z.discriminatedUnion('kind', [Person, z.object({ kind: z.literal('company'), size: z.number() })]));
    expect(Either.parse({ kind: 'person', name: 'Ana', title: 'CPO', extra: 1 })).toEqual({ kind: 'person', name: 'Ana', title: 'CPO' });
    expect(Either.safeParse({ kind: 'person' }).success).toBe(false);
    expect(z.object({ who: Person.optional() }).parse({})).toEqual({});
    expect(Base.shape.kind.options).toEqual(['person', 'company']);
  });
});
