/**
 * Floors for title → role on the hand-labelled titles (README.md in this folder): a few points under the figures
 * measured on 2026-12-05 (`npm run eval:roles`), so a real regression fails and noise does not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRoles, normalizeTitle } from '../../src/analyze/roles/index.ts';
import { ROLE_FAMILIES } from '../../src/analyze/roles/role-families.ts';
import { evaluateRoles } from '../../src/eval/roles-eval.ts';
import { loadLabelledTitles, titleHash } from './labelled-titles.ts';

test('titleHash() folds case and spaces', () => {
  assert.equal(titleHash(' Staff  Nurse '), titleHash('staff nurse'));
  assert.notEqual(titleHash('staff nurse'), titleHash('staff nurses'));
});

test('title → role keeps its precision and coverage on ≥ 300 hand-labelled titles from 7 sources', async () => {
  const { titles, notFound } = await loadLabelledTitles();
  assert.ok(titles.length >= 300, `${titles.length} labelled titles found (${notFound} not found)`);
  assert.ok(new Set(titles.map((t) => t.source.split('/')[0])).size >= 5);
  const roles = loadRoles();
  const e = evaluateRoles(titles, (t) => normalizeTitle(t, roles), new Set(ROLE_FAMILIES.map((f) => f.role)));
  assert.ok(e.precision >= 0.68, `precision ${e.precision}`);
  assert.ok(e.coverage >= 0.83, `coverage ${e.coverage}`);
  const family = (role: string) => e.families.find((f) => f.role === role);
  for (const role of ['data-scientist', 'software-engineer', 'registered-nurse']) {
    const f = family(role);
    assert.ok(f && f.precision >= 0.9 && f.recall >= 0.8, `${role}: ${JSON.stringify(f)}`);
  }
});
