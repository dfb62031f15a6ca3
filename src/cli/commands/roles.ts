/**
 * `roleprint roles`: not built yet (placeholder registered so the program's shape is fixed; its owner replaces this file).
 * @module
 */
import type { Command } from 'commander';
import { RoleprintError } from '../../errors.ts';

export function registerRoles(program: Command, _setExitCode: (code: number) => void): void {
  program
    .command('roles')
    .description('(not built yet)')
    .action(() => {
      throw new RoleprintError('USAGE', 'Cannot run "roleprint roles": this command is not built yet');
    });
}
