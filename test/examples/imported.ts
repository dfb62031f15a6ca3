// What a static import checks at link time, for the dynamic imports an @example's `import` lines become.

/**
 * The module, after checking that it exports each name (an `import { x }` of a missing export is a SyntaxError).
 * @example
 * assert.throws(() => imported({ a: 1 }, ['b'], './x.ts'), /\.\/x\.ts does not export "b"/);
 */
export function imported<T extends object>(module: T, names: readonly string[], specifier: string): T {
  for (const name of names)
    if (!(name in module)) throw new SyntaxError(`${specifier} does not export "${name}"`);
  return module;
}
