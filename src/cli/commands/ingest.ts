/**
 * `roleprint ingest PATH…`: read listing files into the store and account for every record
 * (a table per source, or `--json`); exit code 3 when any record was rejected and `--strict` is given (0 otherwise).
 * @module
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Command } from 'commander';
import { type IngestSummary, ingestListings } from '../../app/index.ts';
import { RoleprintError } from '../../errors.ts';
import { FORMATS, type Format, isFormat, type MappedField } from '../../ingest/index.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import { createProgress, totalInputBytes } from '../progress.ts';

/** Options of `roleprint ingest` as commander parses them. */
interface IngestFlags {
  db: string;
  format?: string;
  column: string[];
  json?: boolean;
  rejections?: string;
  quiet?: boolean;
}

const FIELDS: readonly MappedField[] = ['title', 'description', 'company', 'date', 'location', 'url', 'id'];

/**
 * Registers `roleprint ingest PATH…`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerIngest(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['ingest']);
 */
export function registerIngest(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('ingest')
    .description(
      'Read job listings (CSV/TSV, JSON, JSONL, JSON-LD, Greenhouse, Lever, HN "Who is hiring", text folders; .gz too) into the store, cleaned and deduplicated',
    )
    .argument(
      '<paths...>',
      'files or directories to read (directories are walked; README/SOURCE/LICENSE files are skipped)',
    )
    .option('--db <path-or-url>', 'SQLite file or postgres:// URL to store into', DEFAULT_DB)
    .option(
      '--format <format>',
      `read every file as this format: ${FORMATS.join('|')} (default: detected per file)`,
    )
    .option(
      '--column <field=name>',
      `map a column or JSON key to a field (${FIELDS.join(', ')}); repeatable`,
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option(
      '--json',
      'print the summary as JSON: {sources:{<source>:{read,accepted,duplicates,rejected}}, total, skipped}',
    )
    .option(
      '--rejections <file>',
      'write every rejected record (file, locator, reason) to FILE as JSON lines',
    )
    .option('--quiet', 'no progress bar and no summary table (the exit code still tells)')
    .addHelpText(
      'after',
      `
Every record read is accepted, a duplicate (a repost of an accepted listing) or rejected with a reason;
read = accepted + duplicates + rejected for every source. Re-ingesting a file adds nothing, and an
interrupted ingest resumes where it stopped when run again.

Exit codes: 0 all records accepted or duplicates, 3 finished but some records were rejected,
            1 error (unreadable path, database), 2 bad flags.

Examples:
  roleprint ingest ../shared/data/listings
  roleprint ingest jobs.csv --column title=job_title --column description=body
  roleprint ingest exports/ --db postgres://postgres@127.0.0.1:5432/roleprint --json
  roleprint ingest jobs.jsonl.gz --rejections rejected.jsonl --quiet`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const format = parseFormat(flags.format);
      const columns = parseColumns(flags.column);
      const { summary, location, known, languages } = await runIngest(paths, { ...flags, format, columns });
      if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else if (!flags.quiet)
        process.stdout.write(
          formatSummary(summary, { location, rejectionsFile: flags.rejections, known, languages }),
        );
      setExitCode(summary.total.rejected > 0 ? EXIT.REJECTED : EXIT.OK);
    });
}

/** Opens the store, loads the paths with a progress bar (TTY only) and writes `--rejections`. */
async function runIngest(
  paths: string[],
  flags: IngestFlags & { format: Format | undefined; columns: Partial<Record<MappedField, string>> },
): Promise<{ summary: IngestSummary; location: string; known: number; languages: Map<string, number> }> {
  const store = await openStore(flags.db);
  const drawn = !flags.quiet && process.stderr.isTTY === true;
  const progress = createProgress({
    totalBytes: drawn ? totalInputBytes(paths) : 0,
    stream: drawn ? process.stderr : { isTTY: false, write: () => true },
  });
  let out: WriteStream | undefined;
  let known = 0;
  const languages = new Map<string, number>();
  try {
    out = flags.rejections ? await openRejections(flags.rejections) : undefined;
    const summary = await ingestListings(store, paths, {
      ...(flags.format ? { format: flags.format } : {}),
      columns: flags.columns,
      onProgress: (p) => progress.update(p.records, p.bytes),
      onRejection: out ? (r) => out?.write(`${JSON.stringify(r)}\n`) : undefined,
      onKnown: () => {
        known++;
      },
      onOtherLanguage: (language) => languages.set(language, (languages.get(language) ?? 0) + 1),
    });
    progress.finish();
    return { summary, location: store.location, known, languages };
  } catch (err) {
    progress.finish();
    throw err;
  } finally {
    if (out) await new Promise<void>((resolve) => out?.end(resolve));
    await store.close();
  }
}

async function openRejections(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) =>
      reject(
        new RoleprintError(
          'INPUT',
          `Cannot write the rejections file ${path}: ${err.message}; pass --rejections with a writable path`,
          { cause: err },
        ),
      ),
    );
  });
  return stream;
}

function parseFormat(format: string | undefined): Format | undefined {
  if (format === undefined) return undefined;
  if (!isFormat(format))
    throw new RoleprintError('USAGE', `Unknown --format "${format}"; pass --format ${FORMATS.join('|')}`);
  return format;
}

/**
 * Parses repeated `--column field=name` flags into the readers' column overrides.
 * @example
 * assert.deepEqual(parseColumns(['title=job_title']), { title: 'job_title' });
 */
export function parseColumns(values: string[]): Partial<Record<MappedField, string>> {
  const columns: Partial<Record<MappedField, string>> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const field = value.slice(0, eq).trim() as MappedField;
    const name = value.slice(eq + 1).trim();
    if (eq < 0 || !FIELDS.includes(field) || name === '') {
      throw new RoleprintError(
        'USAGE',
        `Cannot use --column "${value}": expected FIELD=COLUMN with FIELD one of ${FIELDS.join(', ')}, e.g. --column title=job_title`,
      );
    }
    columns[field] = name;
  }
  return columns;
}

/**
 * The summary as a table: one row per source (read / accepted / duplicates / rejected), the total, skipped files.
 * @example
 * const text = formatSummary({ sources: { 'a/b.csv': { read: 3, accepted: 1, duplicates: 1, rejected: 1 } },
 *   total: { read: 3, accepted: 1, duplicates: 1, rejected: 1 }, skipped: [] });
 * assert.match(text, /^total +3 +1 +1 +1$/m);
 */
export function formatSummary(
  summary: IngestSummary,
  options: {
    location?: string;
    rejectionsFile?: string;
    known?: number;
    languages?: ReadonlyMap<string, number>;
  } = {},
): string {
  const { location, rejectionsFile, known = 0, languages = new Map<string, number>() } = options;
  const header = ['source', 'read', 'accepted', 'duplicates', 'rejected'];
  const rows = Object.entries(summary.sources).map(([source, c]) => [
    source,
    String(c.read),
    String(c.accepted),
    String(c.duplicates),
    String(c.rejected),
  ]);
  const t = summary.total;
  const total = ['total', String(t.read), String(t.accepted), String(t.duplicates), String(t.rejected)];
  const all = [header, ...rows, total];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] as string).length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[i] as number)))
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const lines = [line(header), rule, ...rows.map(line), rule, line(total)];
  if (location) lines.push('', `stored in ${location}`);
  // A rerun reports the same accounting (records keep their stored status), so say what this run added.
  if (known > 0)
    lines.push(
      known === t.read
        ? `0 new: all ${t.read} record(s) were already in the store`
        : `${t.read - known} new record(s); ${known} were already in the store`,
    );
  const other = [...languages.values()].reduce((a, b) => a + b, 0);
  if (other > 0) {
    const which = [...languages.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([l, n]) => `${l} ${n}`)
      .join(', ');
    lines.push(
      `${other} new listing(s) not in English (${which}): stored, and left out of reports, as analysis reads English only`,
    );
  }
  if (summary.skipped.length > 0) {
    lines.push('', `skipped ${summary.skipped.length} file(s):`);
    for (const s of summary.skipped) lines.push(`  ${s.path} (${s.reason})`);
  }
  if (t.rejected > 0)
    lines.push(
      '',
      rejectionsFile
        ? `${t.rejected} record(s) rejected; reasons written to ${rejectionsFile}`
        : `${t.rejected} record(s) rejected; pass --rejections FILE to list them with reasons`,
    );
  return `${lines.join('\n')}\n`;
}
