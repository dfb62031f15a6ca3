/**
 * `roleprint extract`: skills of each input document as JSONL, linked to ESCO (or O*NET tool ids), best first.
 * Input: JSONL lines `{"id","text"}` (from `--input FILE` or stdin), or any other text as one document.
 * @module
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import {
  DEFAULT_RANK_TOP,
  type ExtractSkillsOptions,
  type ExtractSkillsResult,
  extractSkills,
} from '../../app/extract-skills.ts';
import { cleanListing } from '../../clean/index.ts';
import { RoleprintError } from '../../errors.ts';
import { FORMATS, isFormat, type ReadOptions, readInputs } from '../../ingest/index.ts';
import { EXIT } from '../exit-codes.ts';

/** Options of {@link runExtract}: those of the extract-skills use case, plus the input's name. */
export interface RunExtractOptions extends ExtractSkillsOptions {
  /** Name of the input, used as the id of a plain-text document. */
  name?: string;
}

/** What {@link runExtract} did. */
export interface ExtractSummary {
  documents: number;
  rejected: number;
  /** Documents in another language than English, written with no skills. */
  otherLanguage: number;
}

// One JSON line per document; a document in another language is named on `errors`, so an empty skill list is not
// read as "this listing asks for nothing".
function writeExtract(
  result: ExtractSkillsResult,
  output: Writable,
  errors: Writable,
  summary: ExtractSummary,
): void {
  output.write(`${JSON.stringify(result)}\n`);
  summary.documents++;
  if (result.skills.length === 0 && result.language !== 'en' && result.language !== 'und') {
    summary.otherLanguage++;
    errors.write(
      `roleprint extract: ${result.id}: the text is in another language (${result.language}); skills are read from English text only, so none are given\n`,
    );
  }
}

/**
 * Reads documents from `input`, writes one JSON line of skills per document to `output`, and reports bad lines to
 * `errors` (counted, not thrown).
 * @example
 * import { PassThrough, Readable } from 'node:stream';
 * const out = new PassThrough();
 * await runExtract(Readable.from(['{"id":"a","text":"We use Postgres."}\n']), out, process.stderr, {});
 * assert.deepEqual(JSON.parse(out.read().toString()).skills.map((s: { label: string }) => s.label), ['PostgreSQL']);
 */
export async function runExtract(
  input: Readable,
  output: Writable,
  errors: Writable,
  options: RunExtractOptions,
): Promise<ExtractSummary> {
  const summary: ExtractSummary = { documents: 0, rejected: 0, otherLanguage: 0 };
  const emit = (id: string, text: string): void =>
    writeExtract(extractSkills({ id, text }, options), output, errors, summary);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let mode: 'jsonl' | 'text' | null = null;
  const plain: string[] = [];
  let n = 0;
  for await (const line of lines) {
    n++;
    if (mode === null) {
      if (line.trim() === '') {
        plain.push(line);
        continue;
      }
      // A first line that opens a JSON object makes the input JSONL, so a malformed line is an error, not text.
      mode = line.trimStart().startsWith('{') ? 'jsonl' : 'text';
    }
    if (mode === 'text') {
      plain.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    const doc = asDocument(line);
    if (typeof doc === 'string') {
      summary.rejected++;
      errors.write(`roleprint extract: line ${n}: rejected: ${doc}\n`);
      continue;
    }
    emit(doc.id ?? String(n), doc.text);
  }
  if (mode === 'text') emit(options.name ?? 'stdin', plain.join('\n'));
  return summary;
}

/**
 * Reads listing files in any ingest format (CSV, JSON, JSON-LD, HN …), cleans each listing and writes its skills
 * under the listing's id; unreadable records and listings cleaning rejects are counted, not thrown.
 * @example
 * import { PassThrough } from 'node:stream';
 * const out = new PassThrough();
 * const summary = await extractListings(['test/fixtures/ingest/folder'], {}, out, process.stderr, {});
 * assert.equal(summary.documents, 3);
 * assert.equal(out.read().toString().trim().split('\n').length, 3); // one JSON line per listing
 */
export async function extractListings(
  paths: string[],
  readOptions: ReadOptions,
  output: Writable,
  errors: Writable,
  options: RunExtractOptions,
): Promise<ExtractSummary> {
  const summary: ExtractSummary = { documents: 0, rejected: 0, otherLanguage: 0 };
  for await (const e of readInputs(paths, readOptions)) {
    if (e.type !== 'item') continue;
    const clean = e.item.kind === 'listing' ? cleanListing(e.item.listing) : e.item.rejection;
    if (!('text' in clean)) {
      summary.rejected++;
      errors.write(`roleprint extract: ${clean.source} ${clean.locator}: rejected: ${clean.reason}\n`);
      continue;
    }
    const doc = { id: clean.id, text: clean.text, title: clean.title ?? undefined };
    writeExtract(extractSkills(doc, options), output, errors, summary);
  }
  return summary;
}

/** The document of one JSONL line, or why it is not one. */
function asDocument(line: string): { id: string | null; text: string } | string {
  const expected = 'expected a JSON object with a string "text", e.g. {"id":"1","text":"…"}';
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return `invalid JSON (${(e as Error).message}); ${expected}`;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return expected;
  const { id, text } = v as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return expected;
  return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : null, text };
}

function parseNumber(flag: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
    throw new RoleprintError(
      'USAGE',
      `Cannot use ${flag} ${value}: expected a ${integer ? 'whole number' : 'number'} >= 0, e.g. ${flag} ${integer ? '10' : '0.5'}`,
    );
  return n;
}

/**
 * Registers `roleprint extract`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerExtract(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['extract']);
 */
export function registerExtract(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('extract')
    .description(
      'Find the skills in each document: JSONL {"id","text"} lines (or plain text as one document) in, JSONL {"id","skills":[…]} out',
    )
    .option('--input <file>', 'read from FILE instead of stdin')
    .option(
      '--format <format>',
      `read --input (a file or folder) as listings in an ingest format (${FORMATS.join('|')}); ids are listing ids`,
    )
    .option(
      '--top <k>',
      `keep the K best skills per document (and per sentence); default: ${DEFAULT_RANK_TOP} with --rank, all without`,
    )
    .option(
      '--min-score <s>',
      'keep skills scoring at least S (0..1; with --rank the calibrated probability); default 0',
    )
    .option('--no-sections', 'count every part of the text as evidence (skip benefits/about/legal detection)')
    .option(
      '--rank',
      'rank ESCO skills by meaning, sentence by sentence, with calibrated scores (skills described in other words too); tools the text names go to "tools"',
    )
    .option(
      '--per-sentence',
      'also list each sentence with its own skills ("sentences":[{start,end,text,skills}])',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  echo \'{"id":"1","text":"Experience with Postgres and K8s"}\' | roleprint extract\n  roleprint extract --input jobs.jsonl --top 10 --min-score 0.5\n  roleprint extract --input postings.csv --format csv\n  echo \'{"id":"2","text":"You will mentor junior engineers and review their code."}\' | roleprint extract --rank --no-sections --top 2\n  roleprint extract --input jobs.jsonl --rank --per-sentence --min-score 0.3',
    )
    .action(
      async (opts: {
        input?: string;
        format?: string;
        top?: string;
        minScore?: string;
        sections: boolean;
        rank?: boolean;
        perSentence?: boolean;
      }) => {
        const top = opts.top === undefined ? undefined : parseNumber('--top', opts.top, true);
        const minScore =
          opts.minScore === undefined ? undefined : parseNumber('--min-score', opts.minScore, false);
        const format = opts.format;
        if (format !== undefined && !isFormat(format))
          throw new RoleprintError(
            'USAGE',
            `Cannot use --format ${format}: expected one of ${FORMATS.join('|')}`,
          );
        if (format !== undefined && opts.input === undefined)
          throw new RoleprintError(
            'USAGE',
            'Cannot use --format without --input: pass the listing file or folder to read',
          );
        if (opts.input !== undefined) {
          await access(opts.input).catch((cause) => {
            throw new RoleprintError(
              'INPUT',
              `Cannot read ${opts.input}: ${(cause as Error).message}; pass an existing file to --input or pipe the input to stdin`,
              { cause },
            );
          });
        }
        const run: RunExtractOptions = {
          rank: opts.rank === true,
          perSentence: opts.perSentence === true,
          top,
          minScore,
          sections: opts.sections,
          name: opts.input === undefined ? 'stdin' : basename(opts.input),
        };
        let summary: ExtractSummary;
        if (format !== undefined && isFormat(format) && opts.input !== undefined) {
          summary = await extractListings([opts.input], { format }, process.stdout, process.stderr, run);
        } else {
          const input = opts.input === undefined ? process.stdin : createReadStream(opts.input);
          summary = await runExtract(input, process.stdout, process.stderr, run);
        }
        if (summary.rejected > 0) {
          process.stderr.write(
            `roleprint extract: ${summary.documents} documents, ${summary.rejected} records rejected\n`,
          );
          setExitCode(EXIT.REJECTED);
        }
      },
    );
}
