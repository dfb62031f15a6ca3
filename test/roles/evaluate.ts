/**
 * Prints title → role precision and coverage on the hand-labelled titles (see README.md).
 * Run: npm run eval:roles
 * @module
 */
import { loadRoles, normalizeTitle } from '../../src/analyze/roles/index.ts';
import { ROLE_FAMILIES } from '../../src/analyze/roles/role-families.ts';
import { evaluateRoles, formatRolesEvaluation } from '../../src/eval/roles-eval.ts';
import { loadLabelledTitles } from './labelled-titles.ts';

const { titles, notFound } = await loadLabelledTitles();
const roles = loadRoles();
const e = evaluateRoles(titles, (t) => normalizeTitle(t, roles), new Set(ROLE_FAMILIES.map((f) => f.role)));
console.log(`labelled titles found in today's shared listings: ${titles.length} (not found: ${notFound})\n`);
console.log(formatRolesEvaluation(e));
if (process.argv.includes('--errors'))
  for (const x of e.errors) console.log(`${x.title}\tgold ${x.gold}\tgiven ${x.predicted}`);
