/**
 * `roleprint roles [PATH…]`: the roles present in listing files (or in the store) with how many listings have each.
 * @module
 */
import type { Command } from 'commander';
import { countRolesInFiles, countRolesInStore, type RolesSummary } from '../../app/index.ts';
import { RoleprintError } from '../../errors.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';

/** Options of `roleprint roles` as commander parses them. */
interface RolesFlags {
  db?: string;
  json?: boolean;
  limit?: string;
  all?: boolean;
}

/** Roles the table shows unless --limit or --all says otherwise: a screenful, not the 578 of a large store. */
export const DEFAULT_ROLES_SHOWN = 30;
/** Longest label the table prints; a longer one is cut with "…" (the JSON keeps it whole). */
const LABEL_WIDTH = 40;

/**
 * Registers `roleprint roles`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerRoles(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['roles']);
 */
export function registerRoles(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('roles')
    .description('list the roles present in listing files, or in the store, with how many listings have each')
    .argument('[paths...]', 'listing files or directories to read (default: the listings in the store)')
    .option('--db <path-or-url>', `store to count when no paths are given (default: ${DEFAULT_DB})`)
    .option(
      '--json',
      'print {over, listings, duplicates, rejected, roles:[{role,label,onetSoc,escoOccupation,escoCode,listings}]} (every role)',
    )
    .option(
      '--limit <n>',
      `show the N most common roles (default ${DEFAULT_ROLES_SHOWN}; the no-role row is always shown)`,
    )
    .option('--all', 'show every role')
    .addHelpText(
      'after',
      `
Titles are normalized to a role slug (the value --role takes) with O*NET-SOC and ESCO codes; titles that match
no role are counted on a last "(no role)" line. Files are read and cleaned as "ingest" would, reposts skipped.

Examples:
  roleprint roles ../shared/data/listings/tech-leadership
  roleprint roles --db ./roleprint.db --limit 20
  roleprint roles --db ./roleprint.db --all | less
  roleprint roles jobs.csv --json`,
    )
    .action(async (paths: string[], flags: RolesFlags) => {
      if (flags.all && flags.limit !== undefined)
        throw new RoleprintError('USAGE', 'Cannot use --all with --limit; pass one of them');
      const limit = flags.all ? undefined : (parseLimit(flags.limit) ?? DEFAULT_ROLES_SHOWN);
      if (paths.length > 0 && flags.db)
        throw new RoleprintError(
          'USAGE',
          'Cannot count roles from files and --db at once; pass either PATH… or --db',
        );
      const summary =
        paths.length > 0 ? await countRolesInFiles(paths) : await countStore(flags.db ?? DEFAULT_DB);
      process.stdout.write(
        flags.json ? `${JSON.stringify(summary, null, 2)}\n` : formatRoles(summary, limit),
      );
      setExitCode(summary.rejected > 0 ? EXIT.REJECTED : EXIT.OK);
    });
}

/**
 * Formats the summary as an aligned table (role, listings, O*NET-SOC, ESCO code, label) with a closing count line.
 * @example
 * const out = formatRoles({ over: 'files', listings: 1, duplicates: 0, rejected: 0,
 *   roles: [{ role: 'cto', label: 'Chief Technology Officer', onetSoc: '11-1011.00', escoOccupation: null, escoCode: null, listings: 1 }] });
 * assert.match(out, /^role +listings +O\*NET-SOC +ESCO +label\ncto +1 +11-1011\.00 +Chief Technology Officer\n/);
 */
export function formatRoles(summary: RolesSummary, limit?: number): string {
  const named = summary.roles.filter((r) => r.role !== null);
  const none = summary.roles.find((r) => r.role === null);
  const shown = limit === undefined ? named : named.slice(0, limit);
  const cut = (s: string) => (s.length > LABEL_WIDTH ? `${s.slice(0, LABEL_WIDTH - 1).trimEnd()}…` : s);
  const rows = [
    ['role', 'listings', 'O*NET-SOC', 'ESCO', 'label'],
    ...shown.map((r) => [
      r.role ?? '',
      String(r.listings),
      r.onetSoc ?? '',
      r.escoCode ?? '',
      cut(r.label ?? ''),
    ]),
    ...(none ? [['(no role)', String(none.listings), '', '', '']] : []),
  ];
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c === 1 ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number)))
      .join('  ')
      .trimEnd(),
  );
  const hidden = named.length - shown.length;
  const notes = [
    `${summary.listings} listings ${summary.over === 'files' ? 'read' : 'in the store'}, ${named.length} roles`,
    hidden > 0 ? `${hidden} more roles not shown (--limit N or --all)` : '',
    summary.duplicates > 0 ? `${summary.duplicates} reposts skipped` : '',
    summary.rejected > 0 ? `${summary.rejected} records rejected` : '',
  ].filter((s) => s.length > 0);
  return `${lines.join('\n')}\n${notes.join('; ')}\n`;
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RoleprintError(
      'USAGE',
      `Cannot use --limit ${value}: pass a whole number of roles, e.g. --limit 20`,
    );
  return n;
}

async function countStore(db: string): Promise<RolesSummary> {
  const store = await openStore(db, { create: false });
  try {
    return await countRolesInStore(store);
  } finally {
    await store.close();
  }
}
