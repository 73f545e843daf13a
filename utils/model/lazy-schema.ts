import type { z } from './zod-config';

/**
 * A schema built the first time it is used, not when its module loads. Zod 4 builds each schema's
 * internals eagerly, and the background's modules define dozens: built all at once they were most
 * of its cold start (issue 22). Every use of the result reaches the schema, built once.
 */
export function lazySchema<S extends z.ZodType>(build: () => S): S {
  let built: S | undefined;
  const schema = () => {
    built ??= build();
    return built;
  };
  return new Proxy({} as S, {
    get: (_target, key) => Reflect.get(schema(), key),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
    has: (_target, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
