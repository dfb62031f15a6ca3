/**
 * Where a command's rendered report goes: `--out FILE` (with a note on stderr) or stdout; and the format a command
 * writes when `--format` is not given: the extension of `--out`, else Markdown.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';

/**
 * Writes the text to `out`, or to stdout when there is none.
 * @example
 * import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'roleprint-'));
 * await writeOutput('# Report\n', join(dir, 'report.md')); // with no file, to stdout
 * assert.equal(readFileSync(join(dir, 'report.md'), 'utf8'), '# Report\n');
 * rmSync(dir, { recursive: true });
 */
export async function writeOutput(text: string, out: string | undefined): Promise<void> {
  if (out) {
    await writeFile(out, text);
    process.stderr.write(`Wrote ${out}\n`);
  } else process.stdout.write(text);
}

/**
 * The format asked for: `--format`, else the extension of `--out` ("markdown" read as "md"), else "md"; and where
 * it came from, for an error message.
 * @example
 * assert.deepEqual(wantedFormat({ out: 'cto.html' }), { raw: 'html', origin: ' (from --out cto.html)' });
 */
export function wantedFormat(flags: { format?: string; out?: string }): { raw: string; origin: string } {
  if (flags.format !== undefined) return { raw: flags.format, origin: '' };
  if (!flags.out) return { raw: 'md', origin: '' };
  return {
    raw: extname(flags.out)
      .slice(1)
      .replace(/^markdown$/, 'md'),
    origin: ` (from --out ${flags.out})`,
  };
}
