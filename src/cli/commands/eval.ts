/**
 * `roleprint eval`: quality figures on annotated benchmarks (skill linking, skill spans).
 * Section accuracy needs the hand-labelled set under test/, so it runs as `npm run eval:sections`.
 * @module
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { RoleprintError } from '../../errors.ts';
import { EXIT } from '../exit-codes.ts';

function requireFiles(files: string[], what: string): void {
  if (files.length === 0)
    throw new RoleprintError('USAGE', `Cannot evaluate ${what}: give at least one file`);
  for (const f of files) {
    if (!existsSync(f))
      throw new RoleprintError('INPUT', `Cannot evaluate ${what}: ${f} does not exist; check the path`);
  }
}

export function registerEval(program: Command, setExitCode: (code: number) => void): void {
  const evalCmd = program.command('eval').description('measure quality on annotated benchmark files');

  evalCmd
    .command('skills')
    .description('rank ESCO skills for Decorte-format sentences and print RP@1, RP@5, RP@10 and MRR')
    .argument('<files...>', 'CSV files with columns sentence,span,sub_span,label (or sentence,label)')
    .option('--half <half>', 'score only one half of the fixed tuning split: tune | held-out')
    .option('--reliability', 'also print the reliability table of the top-10 scores (calibration)')
    .option('--json', 'print the figures as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  roleprint eval skills ../shared/data/benchmarks/decorte/tech_validation_annotations.csv ../shared/data/benchmarks/decorte/house_validation_annotations.csv',
    )
    .action(async (files: string[], opts: { half?: string; json?: boolean; reliability?: boolean }) => {
      requireFiles(files, 'skills');
      if (opts.half !== undefined && opts.half !== 'tune' && opts.half !== 'held-out') {
        throw new RoleprintError('USAGE', `Cannot use --half ${opts.half}: choose tune or held-out`);
      }
      const { evaluateSkillRanking, formatSkillEval, skillPredictions } = await import(
        '../../eval/skills-eval.ts'
      );
      const { defaultRanker, formatReliability, reliabilityTable } = await import(
        '../../analyze/skills/rank/index.ts'
      );
      const options = opts.half ? { half: opts.half as 'tune' | 'held-out' } : {};
      const results = evaluateSkillRanking(files, defaultRanker(), options);
      let table: ReturnType<typeof reliabilityTable> | null = null;
      if (opts.reliability) {
        const { scores, outcomes } = skillPredictions(files, defaultRanker(), { ...options, k: 10 });
        table = reliabilityTable(scores, outcomes);
      }
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify(table ? { results, reliability: table } : results, null, 2)}\n`,
        );
      } else {
        process.stdout.write(`${formatSkillEval(results)}\n`);
        if (table)
          process.stdout.write(`\nReliability (top 10 per sentence):\n${formatReliability(table)}\n`);
      }
      setExitCode(EXIT.OK);
    });

  evalCmd
    .command('spans')
    .description(
      'run the skill extractor over SkillSpan JSONL and print span precision/recall/F1 (exact and overlap)',
    )
    .argument('<file>', 'SkillSpan JSONL ({tokens, tags_skill, tags_knowledge, source})')
    .option('--json', 'print the figures as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  roleprint eval spans ../shared/data/benchmarks/skillspan/json/dev.json',
    )
    .action(async (file: string, opts: { json?: boolean }) => {
      requireFiles([file], 'spans');
      const { evaluateSpans, formatSpanReport, readSkillSpan } = await import(
        '../../analyze/skills/eval-spans.ts'
      );
      const { loadTaxonomy } = await import('../../taxonomy/index.ts');
      const report = evaluateSpans(readSkillSpan(file), { taxonomy: loadTaxonomy() });
      process.stdout.write(
        opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSpanReport(report)}\n`,
      );
      setExitCode(EXIT.OK);
    });
}
