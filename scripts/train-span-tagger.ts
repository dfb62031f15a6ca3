/**
 * Trains the skill-span tagger (src/analyze/skills/span-tagger.ts) on SkillSpan train and writes
 * data/models/span-tagger/weights.json.gz.
 * Protocol: the number of epochs is chosen on a fixed tenth of SkillSpan *train* (every 10th sentence), by overlap F1
 * of literal + tagger spans; the model is then retrained on all of train. SkillSpan dev is only reported
 * (`roleprint eval spans ../shared/data/benchmarks/skillspan/json/dev.json`).
 * Usage: node --import tsx scripts/train-span-tagger.ts [--shared ../shared]
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { evaluateSpans, readSkillSpan, type SpanSentence } from '../src/analyze/skills/eval-spans.ts';
import {
  findSkillSpans,
  gazetteerFlags,
  literalTokenSpans,
  SPAN_TAGGER_DIR,
  type SpanTag,
  type TaggedSentence,
  trainSpanTagger,
} from '../src/analyze/skills/span-tagger.ts';
import { loadTaxonomy } from '../src/taxonomy/index.ts';

const argShared = process.argv.indexOf('--shared');
const SHARED = argShared > 0 ? (process.argv[argShared + 1] as string) : join(process.cwd(), '../shared');
const train = readSkillSpan(join(SHARED, 'data/benchmarks/skillspan/json/train.json'));
const taxonomy = loadTaxonomy();

/** One tag sequence from the two BIO layers: a KNOWLEDGE tag wins where both are set (rare). */
function tagsOf(s: SpanSentence): SpanTag[] {
  return s.tokens.map((_, i) => {
    const k = s.tagsKnowledge[i] ?? 'O';
    const sk = s.tagsSkill[i] ?? 'O';
    if (k !== 'O') return `${k.charAt(0)}-KNOWLEDGE` as SpanTag;
    if (sk !== 'O') return `${sk.charAt(0)}-SKILL` as SpanTag;
    return 'O';
  });
}

const data: TaggedSentence[] = train.map((s) => ({
  tokens: s.tokens,
  tags: tagsOf(s),
  gazetteer: gazetteerFlags(s.tokens.length, literalTokenSpans(s.tokens, { taxonomy })),
}));
const fitPart = data.filter((_, i) => i % 10 !== 0);
const checkPart = train.filter((_, i) => i % 10 === 0);
console.log(
  `SkillSpan train: ${train.length} sentences (${fitPart.length} fit, ${checkPart.length} to choose epochs)`,
);
let best = { epochs: 0, f1: -1 };
for (const epochs of [3, 6, 10, 15]) {
  const tagger = trainSpanTagger(fitPart, { epochs });
  const r = evaluateSpans(checkPart, {
    taxonomy,
    predict: (tokens) => findSkillSpans(tokens, { taxonomy, tagger }),
  });
  console.log(
    `  epochs ${epochs}: overlap F1 ${r.overlap.f1.toFixed(3)} (P ${r.overlap.precision.toFixed(3)} R ${r.overlap.recall.toFixed(3)})`,
  );
  if (r.overlap.f1 > best.f1) best = { epochs, f1: r.overlap.f1 };
}
const literal = evaluateSpans(checkPart, { taxonomy });
console.log(`  literal matcher alone: overlap F1 ${literal.overlap.f1.toFixed(3)}`);
const model = trainSpanTagger(data, { epochs: best.epochs });
mkdirSync(SPAN_TAGGER_DIR, { recursive: true });
const bytes = gzipSync(`${JSON.stringify(model)}\n`, { level: 9 });
writeFileSync(join(SPAN_TAGGER_DIR, 'weights.json.gz'), bytes);
console.log(
  `wrote weights.json.gz: ${best.epochs} epochs on all ${data.length} sentences, ${Object.keys(model.weights).length} features, ${(bytes.length / 1e6).toFixed(1)} MB`,
);
