/**
 * Expands the paths a user gave into the files to read, in a deterministic order, listing the files it
 * passes over (documentation, unknown kinds) instead of silently dropping them.
 * @module
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { RoleprintError } from '../errors.ts';
import { innerExtension } from './detect-format.ts';
import type { SkippedFile } from './listing.ts';

/** Extensions some reader handles (after removing `.gz`). */
const READABLE = new Set([
  '.csv',
  '.tsv',
  '.tab',
  '.json',
  '.jsonl',
  '.ndjson',
  '.jsonld',
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
]);
const DOCUMENTATION = /^(readme|source|license|licence|notice|changelog|copying|authors)(\.|$)/i;

/** One entry of the walk: a file to read, or one passed over. */
export type WalkEntry =
  | { kind: 'file'; path: string; explicit: boolean }
  | { kind: 'skipped'; file: SkippedFile };

/** Code-unit order, independent of locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Why a file found in a directory is not read, or null when it is read.
 * @example
 * assert.equal(skipReason('README.md'), 'documentation file');
 * assert.equal(skipReason('jobs.csv.gz'), null);
 */
export function skipReason(name: string): string | null {
  if (name.startsWith('.')) return 'hidden file';
  if (DOCUMENTATION.test(name)) return 'documentation file';
  const ext = innerExtension(name);
  if (!READABLE.has(ext)) return `unknown file type "${ext || name}"`;
  return null;
}

/** Throws the user-facing error for a path that cannot be read. */
async function statOrThrow(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${path}: no such file or directory; check the path (relative paths start from ${process.cwd()})`,
      {
        cause: e,
      },
    );
  }
}

/**
 * Walks the given paths: files as given (in the order given), directories recursively in sorted order.
 * Every path is checked before anything is yielded, so a typo fails fast.
 * @example
 * const files: string[] = [];
 * for await (const e of walkInputs(['test/fixtures/ingest/folder'])) if (e.kind === 'file') files.push(e.path);
 * assert.deepEqual(files.map((f) => f.split('/').at(-1)), ['cto.md', 'page.html', 'plain.txt']);
 */
export async function* walkInputs(paths: string[]): AsyncGenerator<WalkEntry> {
  if (paths.length === 0)
    throw new RoleprintError('USAGE', 'No input path given; pass one or more files or directories');
  const stats = await Promise.all(paths.map(statOrThrow));
  // A file reachable twice (a directory and a file inside it) is read once: its keys would repeat.
  const seen = new Set<string>();
  const once = async function* (entries: AsyncGenerator<WalkEntry>): AsyncGenerator<WalkEntry> {
    for await (const e of entries) {
      if (e.kind === 'skipped') yield e;
      else if (seen.has(resolve(e.path)))
        yield { kind: 'skipped', file: { path: e.path, reason: 'already listed' } };
      else {
        seen.add(resolve(e.path));
        yield e;
      }
    }
  };
  // Each folder is walked once, by its real path: a symlinked folder is followed, a loop or a second link is listed.
  const folders = new Map<string, string>();
  for (const [i, path] of paths.entries()) {
    if ((stats[i] as Awaited<ReturnType<typeof stat>>).isDirectory())
      yield* once(walkDirectory(path, folders));
    else yield* once(single(path));
  }
}

async function* single(path: string): AsyncGenerator<WalkEntry> {
  yield { kind: 'file', path, explicit: true };
}

/**
 * What kind of non-regular file a stat describes, for messages.
 * @example
 * import { statSync } from 'node:fs';
 * assert.equal(fileKind(statSync('/dev/null')), 'character device');
 */
export function fileKind(s: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
  isFile(): boolean;
}): string {
  if (s.isFile()) return 'regular file';
  if (s.isDirectory()) return 'folder';
  if (s.isFIFO()) return 'FIFO (named pipe)';
  if (s.isSocket()) return 'socket';
  if (s.isCharacterDevice()) return 'character device';
  if (s.isBlockDevice()) return 'block device';
  return 'special file';
}

async function* walkDirectory(dir: string, folders: Map<string, string>): AsyncGenerator<WalkEntry> {
  const real = await realpath(dir).catch(() => resolve(dir));
  const first = folders.get(real);
  if (first !== undefined) {
    yield {
      kind: 'skipped',
      file: { path: dir, reason: `folder already read as ${first} (symlink loop or second link)` },
    };
    return;
  }
  folders.set(real, dir);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    const hidden = e.name.startsWith('.') || e.name === 'node_modules';
    if (e.isDirectory()) {
      if (!hidden) yield* walkDirectory(path, folders);
      continue;
    }
    if (!e.isFile()) {
      const s = await stat(path).catch(() => null);
      if (!s) {
        yield { kind: 'skipped', file: { path, reason: 'broken symlink' } };
        continue;
      }
      if (s.isDirectory()) {
        if (!hidden) yield* walkDirectory(path, folders);
        continue;
      }
      if (!s.isFile()) {
        yield { kind: 'skipped', file: { path, reason: `not a regular file: a ${fileKind(s)}` } };
        continue;
      }
    }
    const reason = skipReason(basename(path));
    if (reason) yield { kind: 'skipped', file: { path, reason } };
    else yield { kind: 'file', path, explicit: false };
  }
}
