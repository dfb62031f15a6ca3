/**
 * `roleprint demo`: not built yet (placeholder registered so the program's shape is fixed; its owner replaces this file).
 * @module
 */
import type { Command } from 'commander';
import { RoleprintError } from '../../errors.ts';

export function registerDemo(program: Command, _setExitCode: (code: number) => void): void {
  program
    .command('demo')
    .description('(not built yet)')
    .action(() => {
      throw new RoleprintError('USAGE', 'Cannot run "roleprint demo": this command is not built yet');
    });
}
