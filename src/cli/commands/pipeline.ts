/**
 * `roleprint pipeline --explain`: prints the analyze components in order, with what each reads and writes.
 * @module
 */
import type { Command } from 'commander';
import { checkPipeline, type PipelineStep } from '../../analyze/index.ts';
import { EXIT } from '../exit-codes.ts';

/** Formats the explain table as aligned text. */
export function formatPipeline(steps: PipelineStep[]): string {
  const rows = [
    ['#', 'component', 'reads', 'writes'],
    ...steps.map((s, i) => [String(i + 1), s.name, s.reads.join(', '), s.writes.join(', ')]),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function registerPipeline(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('pipeline')
    .description('show the analyze pipeline: its components in order and the fields each reads and writes')
    .option('--explain', 'print the component table (the default)')
    .addHelpText(
      'after',
      `
Example:
  roleprint pipeline      # sections, statements, skills, concepts, role: what each reads and writes`,
    )
    .action(async () => {
      const { defaultComponents } = await import('../../analyze/index.ts');
      process.stdout.write(`${formatPipeline(checkPipeline(await defaultComponents()))}\n`);
      setExitCode(EXIT.OK);
    });
}
