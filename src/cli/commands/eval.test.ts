import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  normalizeLabel,
  readDecorteFile,
  type SkillEvalResult,
  scoreRanking,
} from '../../eval/skills-eval.ts';
import { splitSentences } from '../../eval/skills-split.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../../bin/roleprint.js', import.meta.url));
const TECH = fileURLToPath(
  new URL('../../../../shared/data/benchmarks/decorte/tech_validation_annotations.csv', import.meta.url),
);

function roleprint(args: string[], input = ''): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('eval skills measures what extract --rank --no-sections prints (issue 8: one code path)', () => {
  const [evaluated] = JSON.parse(
    roleprint(['eval', 'skills', '--half', 'held-out', '--json', TECH]),
  ) as SkillEvalResult[];
  const { sentences } = readDecorteFile(TECH);
  const half = splitSentences(sentences);
  const kept = sentences.filter((s) => half.get(s.sentence) === 'held-out');
  const jsonl = kept.map((s, i) => JSON.stringify({ id: String(i), text: s.sentence })).join('\n');
  const docs = roleprint(['extract', '--rank', '--no-sections', '--top', '10'], `${jsonl}\n`)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; skills: { label: string }[] });
  assert.equal(docs.length, kept.length);
  let rp5 = 0;
  let rp10 = 0;
  docs.forEach((d, i) => {
    assert.equal(d.skills.length, 10);
    const s = scoreRanking(
      d.skills.map((k) => normalizeLabel(k.label)),
      kept[i]?.gold ?? [],
    );
    rp5 += s.rp5;
    rp10 += s.rp10;
  });
  assert.equal(evaluated?.sentences, kept.length);
  assert.equal(rp5 / kept.length, evaluated?.rp5);
  assert.equal(rp10 / kept.length, evaluated?.rp10);
});
