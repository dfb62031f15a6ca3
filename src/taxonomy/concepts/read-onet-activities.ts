/**
 * Reads O*NET detailed work activities and task statements (with their task→DWA links) for training and evaluation.
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RoleprintError } from '../../errors.ts';

/** One O*NET detailed work activity and the intermediate one it belongs to. */
export interface OnetDwa {
  /** `onet:dwa/<DWA ID>`. */
  id: string;
  title: string;
  iwaId: string;
  iwaTitle: string;
}

/** One task statement of one occupation with the DWAs it is linked to (concept ids). */
export interface OnetTask {
  soc: string;
  taskId: string;
  text: string;
  dwas: string[];
}

/** The part of the occupations a task belongs to: encoder training, Platt calibration, or held-out evaluation. */
export type OnetSplit = 'train' | 'calibrate' | 'eval';

function readTsv(path: string): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${path}: ${(cause as Error).message}; check the O*NET folder`,
      {
        cause,
      },
    );
  }
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/\r$/, '').split('\t'));
}

/**
 * The split of an O*NET-SOC code by a stable hash: 20% eval, 10% calibrate, 70% train.
 * @example
 * assert.equal(onetSplit('11-1011.00'), onetSplit('11-1011.00'));
 */
export function onetSplit(soc: string): OnetSplit {
  const bucket = createHash('sha256').update(soc).digest().readUInt32BE(0) % 10;
  return bucket < 2 ? 'eval' : bucket < 3 ? 'calibrate' : 'train';
}

/**
 * Every DWA (sorted by id) and every task statement linked to at least one DWA (sorted by SOC code, then task id).
 * @example
 * const { dwas, tasks } = readOnetActivities('../shared/data/taxonomy/onet-29.2');
 * assert.equal(dwas[0]?.id, 'onet:dwa/4.A.1.a.1.I01.D01');
 */
export function readOnetActivities(dir: string): { dwas: OnetDwa[]; tasks: OnetTask[] } {
  const dwas = readTsv(join(dir, 'DWA Reference.txt'))
    .map(([, , iwaId, iwaTitle, dwaId, title]) => ({
      id: `onet:dwa/${dwaId ?? ''}`,
      title: title ?? '',
      iwaId: iwaId ?? '',
      iwaTitle: iwaTitle ?? '',
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byTask = new Map<string, OnetTask>();
  for (const [soc, , taskId, text, dwaId] of readTsv(join(dir, 'Tasks to DWAs.txt'))) {
    const key = `${soc}\t${taskId}`;
    let task = byTask.get(key);
    if (!task) {
      task = { soc: soc ?? '', taskId: taskId ?? '', text: text ?? '', dwas: [] };
      byTask.set(key, task);
    }
    const id = `onet:dwa/${dwaId ?? ''}`;
    if (!task.dwas.includes(id)) task.dwas.push(id);
  }
  const tasks = [...byTask.values()].sort((a, b) =>
    a.soc !== b.soc ? (a.soc < b.soc ? -1 : 1) : Number(a.taskId) - Number(b.taskId),
  );
  return { dwas, tasks };
}
