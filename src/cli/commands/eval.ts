/**
 * `roleprint eval`: quality figures on annotated benchmarks (skill linking, skill spans, concept linking).
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
  const evalCmd = program
    .command('eval')
    .description('measure quality on annotated benchmark files')
    .addHelpText(
      'after',
      `
Examples:
  roleprint eval skills --half held-out ../shared/data/benchmarks/decorte/tech_validation_annotations.csv
  roleprint eval spans ../shared/data/benchmarks/skillspan/json/dev.json
  roleprint eval concepts --shared ../shared`,
    );

  evalCmd
    .command('skills')
    .description(
      'rank ESCO skills for Decorte-format sentences exactly as `extract --rank --no-sections --top 100` does, and print RP@1, RP@5, RP@10 and MRR',
    )
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
      const { evaluateSkillRanking, formatSkillEval, readDecorteFile, skillPredictions } = await import(
        '../../eval/skills-eval.ts'
      );
      // A file with nothing to score would print zeros that read like a (terrible) result.
      for (const file of files) {
        const { sentences, dropped } = readDecorteFile(file);
        if (sentences.length === 0)
          throw new RoleprintError(
            'INPUT',
            `Cannot evaluate skills on ${file}: it holds no labelled sentences${dropped > 0 ? ` (${dropped} without a usable label)` : ''}; pass a Decorte annotation CSV with a header sentence,label (or sentence,span,sub_span,label) and at least one labelled row`,
          );
      }
      const { formatReliability, reliabilityTable } = await import('../../analyze/skills/rank/index.ts');
      const { extractSkills } = await import('../../app/extract-skills.ts');
      // The one code path: each benchmark sentence is a document given to the extract use case.
      const ranker = {
        rank: (sentence: string, k: number) =>
          extractSkills({ id: 'sentence', text: sentence }, { rank: true, sections: false, top: k }).skills,
      };
      const options = opts.half ? { half: opts.half as 'tune' | 'held-out' } : {};
      const results = evaluateSkillRanking(files, ranker, options);
      let table: ReturnType<typeof reliabilityTable> | null = null;
      if (opts.reliability) {
        const { scores, outcomes } = skillPredictions(files, ranker, { ...options, k: 10 });
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
      'find skill spans in SkillSpan JSONL (literal matcher + span tagger) and print span precision/recall/F1 (exact and overlap)',
    )
    .argument('<file>', 'SkillSpan JSONL ({tokens, tags_skill, tags_knowledge, source})')
    .option('--literal', 'the literal matcher alone (no span tagger)')
    .option('--json', 'print the figures as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  roleprint eval spans ../shared/data/benchmarks/skillspan/json/dev.json',
    )
    .action(async (file: string, opts: { json?: boolean; literal?: boolean }) => {
      requireFiles([file], 'spans');
      const { evaluateSpans, formatSpanReport, readSkillSpan } = await import(
        '../../analyze/skills/eval-spans.ts'
      );
      const { findSkillSpans, loadSpanTagger } = await import('../../analyze/skills/span-tagger.ts');
      const { loadTaxonomy } = await import('../../taxonomy/index.ts');
      const taxonomy = loadTaxonomy();
      const tagger = opts.literal ? null : loadSpanTagger();
      const report = evaluateSpans(readSkillSpan(file), {
        taxonomy,
        predict: tagger ? (tokens) => findSkillSpans(tokens, { taxonomy, tagger }) : undefined,
      });
      process.stdout.write(
        opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSpanReport(report)}\n`,
      );
      setExitCode(EXIT.OK);
    });

  evalCmd
    .command('concepts')
    .description(
      'rank O*NET DWAs for held-out O*NET task statements (and hand-labelled listing duties) with the concept encoder and a TF-IDF baseline: top-1, top-5, MRR',
    )
    .option('--shared <dir>', 'the shared data folder (O*NET, ESCO, SkillSkape)', '../shared')
    .option(
      '--gold <file>',
      'duty gold JSONL ({sentence, dwa: [...]}); skipped when absent',
      'test/concepts/duty-gold.jsonl',
    )
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExample:\n  roleprint eval concepts --shared ../shared')
    .action(async (opts: { shared: string; gold: string; json?: boolean }) => {
      requireFiles([opts.shared], 'concepts');
      const { formatConceptEval, runConceptEval } = await import('../../eval/concepts-eval.ts');
      const { loadConcepts, loadTaxonomy } = await import('../../taxonomy/index.ts');
      const results = runConceptEval({
        shared: opts.shared,
        goldPath: opts.gold,
        encoder: loadConcepts().encoder,
        taxonomy: loadTaxonomy(),
      });
      process.stdout.write(
        opts.json ? `${JSON.stringify(results, null, 2)}\n` : `${formatConceptEval(results)}\n`,
      );
      setExitCode(EXIT.OK);
    });
}
