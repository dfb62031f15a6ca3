// Turns one source file's `@example` blocks into the text of an ES module that runs them (issue 12, deliverable 8).
import type { Example } from './extract.ts';

/** Where an example's code starts in the generated module, to map a stack line back to the source file. */
export interface ExampleModule {
  text: string;
  /** For each example, in order: the generated line that holds the comment line after its `@example` tag. */
  starts: number[];
}

/**
 * The module text: `assert` and every export of `sourceUrl` in scope, and `$examples`, one async function per
 * example, whose lines stay one-to-one with the comment's lines. `import` statements inside an example become
 * dynamic imports, with specifiers resolved by `resolve` (relative ones against the source file).
 * @example
 * const m = exampleModule('file:///x.ts', ['add'], [{ file: 'x.ts', line: 3, name: 'add', code: 'assert.equal(add(1, 2), 3);' }], (s) => s);
 * assert.match(m.text, /const \{ add \} = \$source;/);
 * assert.deepEqual(m.starts, [7]);
 */
export function exampleModule(
  sourceUrl: string,
  exportNames: string[],
  examples: Example[],
  resolve: (specifier: string) => string,
): ExampleModule {
  const names = exportNames.filter((n) => !RESERVED.has(n));
  const lines = [
    "import assert from 'node:assert/strict';",
    `import { imported as $imported } from ${JSON.stringify(new URL('./imported.ts', import.meta.url).href)};`,
    `import * as $source from ${JSON.stringify(sourceUrl)};`,
    `const { ${names.join(', ')} } = $source;`,
    'export const $examples = [',
  ];
  const starts: number[] = [];
  for (const ex of examples) {
    lines.push('  async () => {');
    starts.push(lines.length + 1);
    lines.push(...dynamicImports(ex.code, resolve).split('\n'));
    lines.push('  },');
  }
  lines.push('];', '');
  return { text: lines.join('\n'), starts };
}

// Names the generated module declares itself (and `default`, which is no name).
const RESERVED = new Set(['default', 'assert', '$imported', '$source', '$examples']);

const IMPORT = /^import\s+(type\s+)?([\s\S]*?)\s+from\s+(['"])([^'"]+)\3\s*;?/gm;

/**
 * Rewrites static `import` statements as `await import()` destructurings on the same lines; type-only ones go.
 * @example
 * const code = "import { a, b as c } from './x.ts';\nimport type { T } from './t.ts';";
 * const out = dynamicImports(code, (s) => s);
 * assert.equal(out, 'const { a, b: c } = $imported(await import("./x.ts"), ["a","b"], "./x.ts");\n');
 */
export function dynamicImports(code: string, resolve: (specifier: string) => string): string {
  return code.replace(IMPORT, (all, typeOnly: string | undefined, clause: string, _q, spec: string) => {
    const pad = '\n'.repeat(all.split('\n').length - 1);
    if (typeOnly) return pad;
    const url = JSON.stringify(resolve(spec));
    const target = `await import(${url})`;
    const parts: string[] = [];
    const named = /\{([\s\S]*)\}/.exec(clause);
    const rest = clause
      .replace(/\{[\s\S]*\}/, '')
      .replace(/,/g, ' ')
      .trim();
    const ns = /^\*\s+as\s+([\w$]+)$/.exec(rest);
    if (ns) return `const ${ns[1]} = ${target};${pad}`;
    if (rest) parts.push(`default: ${rest}`);
    if (named)
      for (const item of (named[1] as string).split(',')) {
        const t = item.trim();
        if (!t || t.startsWith('type ')) continue;
        const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(t);
        if (!m) throw new Error(`Cannot read the import "${t}" in an @example`);
        parts.push(m[2] ? `${m[1]}: ${m[2]}` : (m[1] as string));
      }
    if (parts.length === 0) return `${target};${pad}`;
    const names = parts.map((p) => p.split(':')[0] as string);
    return `const { ${parts.join(', ')} } = $imported(${target}, ${JSON.stringify(names)}, ${url});${pad}`;
  });
}
