/**
 * Reads a compare request as the CLI and the server receive it (repeated strings) into the selections to compare,
 * with one set of messages for both edges.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import { DATE_PATTERN, FLAG_NAME, type ParameterName } from './profile-request.ts';

/** A compare request before validation: each list holds one value per selection, or one value as a common filter. */
export interface CompareRequest {
  roles?: string[] | undefined;
  sources?: string[] | undefined;
  /** Periods as `FROM..TO`, dates `YYYY[-MM[-DD]]`. */
  periods?: string[] | undefined;
  /** Files or folders, each one selection (the CLI only). */
  paths?: string[] | undefined;
  /** Names of the selections in order, one per selection. */
  labels?: string[] | undefined;
}

/** One selection to compare: what chose it and the listing filter it stands for. */
export interface CompareSelection {
  by: 'role' | 'source' | 'period' | 'path';
  /** The role slug, source, period `FROM..TO` or path. */
  value: string;
  /** The name given to it, if any. */
  label?: string;
  /** The filter the selection applies (a path's sources are added when it is read). */
  filter: { role?: string; sources?: string[]; since?: string; until?: string };
}

/**
 * Validates a compare request: exactly one of roles, sources, periods or paths names two or more selections, the
 * others at most one value each (a filter common to all). Throws RoleprintError('USAGE') naming the parameter, the
 * bad value and the fix.
 * @example
 * const [a, b] = parseCompareRequest({ roles: ['cto', 'data-scientist'], periods: ['2024..2025'] });
 * assert.deepEqual(a?.filter, { role: 'cto', since: '2024', until: '2025' });
 * assert.equal(b?.value, 'data-scientist');
 */
export function parseCompareRequest(
  request: CompareRequest,
  name: ParameterName = FLAG_NAME,
): CompareSelection[] {
  const roles = request.roles ?? [];
  const sources = request.sources ?? [];
  const periods = request.periods ?? [];
  const paths = request.paths ?? [];
  const periodRanges = periods.map((p) => parsePeriod(p, name));
  const dims = [
    { by: 'role', values: roles, flag: name('role') },
    { by: 'source', values: sources, flag: name('source') },
    { by: 'period', values: periods, flag: name('period') },
    { by: 'path', values: paths, flag: 'PATH' },
  ] as const;
  const varying = dims.filter((d) => d.values.length >= 2 || (d.by === 'path' && d.values.length > 0));
  if (varying.length > 1)
    throw new RoleprintError(
      'USAGE',
      `Cannot compare along ${varying.map((d) => d.flag).join(' and ')} at once: vary one of them and give the others at most once, as a filter common to every selection`,
    );
  const along = varying[0];
  if (!along || along.values.length < 2) {
    const given = dims
      .filter((d) => d.values.length === 1)
      .map((d) => `${d.flag} ${d.values[0]}`)
      .join(', ');
    throw new RoleprintError(
      'USAGE',
      `Cannot compare fewer than 2 selections${given ? ` (got ${given})` : ''}: pass ${name('role')} twice (${name('role')} cto ${name('role')} data-scientist), ${name('source')} twice, ${name('period')} twice (${name('period')} 2019..2020 ${name('period')} 2024..2025)${name === FLAG_NAME ? ', or two PATHs' : ''}`,
    );
  }
  const twice = along.values.find((v, i) => along.values.indexOf(v) !== i);
  if (twice !== undefined)
    throw new RoleprintError(
      'USAGE',
      `Cannot compare ${along.flag} ${twice} with itself: it is given twice; pass different selections`,
    );
  const labels = request.labels ?? [];
  if (labels.length > 0 && labels.length !== along.values.length)
    throw new RoleprintError(
      'USAGE',
      `Cannot name ${along.values.length} selections with ${labels.length} ${name('label')} value(s): give one ${name('label')} per selection, in order, or none`,
    );
  const common: CompareSelection['filter'] = {};
  if (along.by !== 'role' && roles[0]) common.role = roles[0];
  if (along.by !== 'source' && sources[0]) common.sources = [sources[0]];
  if (along.by !== 'period' && periodRanges[0]) {
    common.since = periodRanges[0].from;
    common.until = periodRanges[0].to;
  }
  return along.values.map((value, i) => {
    const filter = { ...common };
    if (along.by === 'role') filter.role = value;
    if (along.by === 'source') filter.sources = [value];
    const range = periodRanges[i];
    if (along.by === 'period' && range) {
      filter.since = range.from;
      filter.until = range.to;
    }
    const label = labels[i];
    return { by: along.by, value, ...(label ? { label } : {}), filter };
  });
}

/**
 * Parses a period `FROM..TO` (dates `YYYY[-MM[-DD]]`, inclusive); throws RoleprintError('USAGE') on anything else.
 * @example
 * assert.deepEqual(parsePeriod('2019..2020-06'), { from: '2019', to: '2020-06' });
 */
export function parsePeriod(text: string, name: ParameterName = FLAG_NAME): { from: string; to: string } {
  const [from, to, ...rest] = text.trim().split('..');
  if (rest.length > 0 || !from || !to || !DATE_PATTERN.test(from) || !DATE_PATTERN.test(to) || from > to)
    throw new RoleprintError(
      'USAGE',
      `Cannot read ${name('period')} "${text}"; pass a period as FROM..TO with dates YYYY[-MM[-DD]], FROM not after TO, e.g. 2019..2020`,
    );
  return { from, to };
}
