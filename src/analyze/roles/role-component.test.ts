import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzeDoc } from '../component.ts';
import { loadRoles } from './load-roles.ts';
import { roleComponent } from './role-component.ts';

const doc = (title: string | null, titles: string[]): AnalyzeDoc =>
  ({ title, titles }) as unknown as AnalyzeDoc;

test('roleComponent() normalizes the main title, and falls back to the other titles of an HN comment', () => {
  const c = roleComponent(loadRoles());
  assert.equal(
    c.run(doc('Senior Backend Engineer', ['Senior Backend Engineer'])).role?.role,
    'software-engineer',
  );
  // hn-whoishiring-2026 47765432 offers "Engineering Director" and "Developer Experience".
  assert.equal(
    c.run(doc('Open roles', ['Open roles', 'Engineering Director'])).role?.role,
    'engineering-director',
  );
  assert.equal(c.run(doc(null, [])).role, null);
});
