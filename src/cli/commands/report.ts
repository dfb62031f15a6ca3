/**
 * `roleprint report`: not built yet (placeholder registered so the program's shape is fixed; its owner replaces this file).
 * @module
 */
import type { Command } from 'commander';
import { RoleprintError } from '../../errors.ts';

export function registerReport(program: Command, _setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description('(not built yet)')
    .action(() => {
      throw new RoleprintError('USAGE', 'Cannot run "roleprint report": this command is not built yet');
    });
}
