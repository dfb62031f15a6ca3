/**
 * `roleprint eval`: not built yet (placeholder registered so the program's shape is fixed; its owner replaces this file).
 * @module
 */
import type { Command } from 'commander';
import { RoleprintError } from '../../errors.ts';

export function registerEval(program: Command, _setExitCode: (code: number) => void): void {
  program
    .command('eval')
    .description('(not built yet)')
    .action(() => {
      throw new RoleprintError('USAGE', 'Cannot run "roleprint eval": this command is not built yet');
    });
}
