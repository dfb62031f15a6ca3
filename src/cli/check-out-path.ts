/**
 * Checks an `--out FILE` before any work is done, so a typo in it costs no analysis run.
 * @module
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { RoleprintError } from '../errors.ts';

/**
 * Throws RoleprintError('USAGE') naming the path and the fix when FILE cannot be written: it is a folder, its
 * folder does not exist (or is not a folder), or either is not writable.
 * @example
 * await assert.rejects(checkOutPath('no-such-dir/x.md'), /folder no-such-dir does not exist/);
 */
export async function checkOutPath(file: string): Promise<void> {
  const fail = (reason: string): never => {
    throw new RoleprintError('USAGE', `Cannot write --out ${file}: ${reason}`);
  };
  const target = await stat(file).catch(() => null);
  if (target?.isDirectory())
    fail(`it is a folder; give a file name inside it, e.g. --out ${file.replace(/\/+$/, '')}/report.md`);
  if (target) {
    if (!target.isFile()) fail('it is not a regular file; give a file name');
    await access(file, constants.W_OK).catch(() => fail('the file is not writable; check its permissions'));
    return;
  }
  const dir = dirname(resolve(file));
  const parent = await stat(dir).catch(() => null);
  if (!parent)
    fail(`the folder ${dirname(file)} does not exist; create it first (mkdir -p ${dirname(file)})`);
  if (!parent?.isDirectory()) fail(`${dirname(file)} is not a folder`);
  await access(dir, constants.W_OK).catch(() =>
    fail(`the folder ${dirname(file)} is not writable; check its permissions`),
  );
}
