// Every `@example` in a doc comment under src/ (and in this runner's helpers), run as written (issue 12,
// deliverable 8). Inside an example, `assert` (node:assert/strict) and every export of its file are in scope; an
// example may `await`, and may `import` other modules (relative specifiers from its own file). Each file's examples
// become the async functions of one generated ES module in a temp folder, imported here; each example is its own
// test, named `<file>:<line> <name>`, and a failure names the file and line it happened on. The working directory is
// the repository root, so an example reads `data/…`, `test/fixtures/…` or `../shared/data/…` by relative path.
// Run one part: node --import tsx --test --test-name-pattern='src/report/' test/examples/examples.test.ts
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exampleModule } from './example-module.ts';
import { type Example, extractExamples, sourceFiles } from './extract.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(ROOT);

/** Examples that cannot run in a test, by `file:line`, each with why. Keep this short. */
const SKIP = new Map<string, string>([]);

type Handle = { constructor: { name: string }; unref?: () => void };
const activeHandles = (): Handle[] =>
  (process as unknown as { _getActiveHandles(): Handle[] })._getActiveHandles();
const handlesBefore = new Set(activeHandles());

// The runner's own helpers carry examples too, and run the same way.
const files = [...sourceFiles(ROOT, 'src'), ...sourceFiles(ROOT, 'test/examples')];
const examples = files.flatMap((f) => extractExamples(f, readFileSync(join(ROOT, f), 'utf8')));
const byFile = new Map<string, Example[]>();
for (const e of examples) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
const dir = mkdtempSync(join(tmpdir(), 'roleprint-examples-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Every module is generated and imported before the first test is registered: a top-level test starts at once, and
// the temp folder goes when the tests are done. `.mts`, as a `.ts` file outside a `"type": "module"` package would
// load as CommonJS, with a second copy of every source module (and `instanceof` false across the two).
const runs: { ex: Example; run: () => Promise<unknown> }[] = [];
for (const [file, list] of byFile) {
  const sourceUrl = pathToFileURL(join(ROOT, file)).href;
  const path = join(dir, file.replace(/[/\\]/g, '__').replace(/\.ts$/, '.mts'));
  let fns: (() => Promise<unknown>)[];
  let starts: number[] = [];
  try {
    const source = (await import(sourceUrl)) as Record<string, unknown>;
    const generated = exampleModule(sourceUrl, Object.keys(source), list, (spec) =>
      spec.startsWith('.') ? new URL(spec, sourceUrl).href : import.meta.resolve(spec),
    );
    writeFileSync(path, generated.text);
    starts = generated.starts;
    fns = ((await import(pathToFileURL(path).href)) as { $examples: (() => Promise<unknown>)[] }).$examples;
  } catch (err) {
    // A file that cannot be imported, or an example that does not compile, fails each of the file's examples.
    fns = list.map(() => () => Promise.reject(err));
  }
  list.forEach((ex, i) => {
    const fn = fns[i] as () => Promise<unknown>;
    runs.push({
      ex,
      run: async () => {
        try {
          await fn();
        } catch (err) {
          throw located(err, ex, path, starts[i] ?? 0);
        }
      },
    });
  });
}

test('the allow-lists name only examples that exist', () => {
  const where = new Set(examples.map((e) => `${e.file}:${e.line}`));
  const stale = [...SKIP.keys()].filter((k) => !where.has(k));
  assert.deepEqual(stale, [], 'no @example at these lines: remove or move their entries');
});

for (const { ex, run } of runs) {
  const key = `${ex.file}:${ex.line}`;
  const skip = SKIP.get(key) ?? false;
  test(`${key} ${ex.name}`, { skip, timeout: 60_000 }, async () => {
    // An example of a command may set the exit code; the test's result is its own.
    const exitCode = process.exitCode;
    try {
      await run();
    } finally {
      process.exitCode = exitCode;
    }
  });
}

test('the examples leave nothing open (a server, a pool, a socket) that would keep the run from ending', async () => {
  await sleep(100);
  const left = activeHandles().filter((h) => !handlesBefore.has(h));
  // Let the run end either way; the failure names what was left.
  for (const h of left) h.unref?.();
  assert.deepEqual(
    left.map((h) => h.constructor.name),
    [],
  );
});

/** The error, its message led by the source line it happened on (mapped from the generated module's stack). */
function located(err: unknown, ex: Example, path: string, start: number): Error {
  const stack = err instanceof Error ? (err.stack ?? '') : '';
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = start > 0 ? new RegExp(`${escaped}:(\\d+)`).exec(stack) : null;
  const line = m ? ex.line + 1 + Number(m[1]) - start : ex.line;
  const message = err instanceof Error ? err.message : String(err);
  return new Error(`@example at ${ex.file}:${line} (${ex.name}) failed: ${message}`, { cause: err });
}
