/**
 * `roleprint fit`: the roles in a store a résumé fits best, with scores and the lines that drive them.
 * @module
 */
import type { Command } from 'commander';
import { fitResumes, type ResumeFit } from '../../app/index.ts';
import { RoleprintError } from '../../errors.ts';
import { pickResume, readResumes } from '../../resume/index.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import { analyzeProgress } from '../progress.ts';
import { MONTH_PATTERN } from './gap.ts';

/** Options of `roleprint fit` as commander parses them. */
interface FitFlags {
  db?: string;
  id?: string;
  all?: boolean;
  top: string;
  minListings: string;
  asOf?: string;
  json?: boolean;
}

function count(flag: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new RoleprintError('USAGE', `Cannot read ${flag} "${raw}"; pass a whole number of at least 1`);
  return n;
}

/**
 * Registers `roleprint fit RESUME`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerFit(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['fit']);
 */
export function registerFit(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('fit')
    .description(
      'List the roles in the store a résumé fits best, with their scores and the lines that drive them',
    )
    .argument('<resume>', 'résumé file: .pdf, .docx, .md, .txt, JSON Resume .json, or .csv/.jsonl of many')
    .option('--db <path-or-url>', `store to read (default ${DEFAULT_DB})`)
    .option('--id <id>', 'the résumé to use when RESUME holds several')
    .option('--all', 'score every résumé RESUME holds')
    .option('--top <n>', 'roles per résumé', '5')
    .option('--min-listings <n>', 'leave out roles with fewer listings', '20')
    .option('--as-of <YYYY-MM>', 'the month "present" means in the résumé\'s dates (default: this month)')
    .option(
      '--json',
      'print [{resume:{id,source,category}, roles:[{role,label,listings,score,shown,missing}]}]',
    )
    .addHelpText(
      'after',
      `
Each role with enough listings is profiled once and scored as "roleprint gap" scores it (share-weighted coverage).

Examples:
  roleprint fit cv.pdf --db roleprint.db
  roleprint fit resumes.jsonl --all --json --db roleprint.db`,
    )
    .action(async (resumePath: string, flags: FitFlags) => {
      const top = count('--top', flags.top);
      const minListings = count('--min-listings', flags.minListings);
      if (flags.asOf !== undefined && !MONTH_PATTERN.test(flags.asOf))
        throw new RoleprintError('USAGE', `Cannot read --as-of "${flags.asOf}"; pass a month as YYYY-MM`);
      const all = await readResumes(resumePath);
      const raws = flags.all ? all : [pickResume(all, flags.id)];
      const store = await openStore(flags.db ?? DEFAULT_DB);
      try {
        const fits = await fitResumes(store, raws, {
          top,
          minListings,
          ...(flags.asOf ? { asOf: flags.asOf } : {}),
          analyze: analyzeProgress(process.stderr),
        });
        if (fits[0]?.roles.length === 0)
          throw new RoleprintError(
            'USAGE',
            `Cannot fit a résumé: no role in ${store.location} has ${minListings} or more listings; ingest more listings or lower --min-listings`,
          );
        process.stdout.write(flags.json ? `${JSON.stringify(fits, null, 2)}\n` : formatFits(fits));
        setExitCode(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}

/**
 * The fits as text: per résumé, one line per role (score, role, listings) and the lines that drive it.
 * @example
 * assert.match(formatFits([{ resume: { id: 'a', source: 'a.txt', category: null }, roles: [{ role: 'cto', label: 'CTO', listings: 30, score: 40, shown: ['Lead'], missing: [] }] }]), /40  cto/);
 */
export function formatFits(fits: readonly ResumeFit[]): string {
  const out: string[] = [];
  for (const f of fits) {
    out.push(`${f.resume.source}${f.resume.id !== f.resume.source ? ` ${f.resume.id}` : ''}`);
    for (const r of f.roles) {
      out.push(`  ${String(r.score).padStart(3)}  ${r.role} (${r.label}, ${r.listings} listings)`);
      if (r.shown.length > 0) out.push(`       shows: ${r.shown.join('; ')}`);
      if (r.missing.length > 0) out.push(`       lacks: ${r.missing.join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
