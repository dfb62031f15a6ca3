import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.ts';
import { checkSelection, closestRoles } from './check-selection.ts';
import { ingestListings } from './ingest-listings.ts';

const TECH = fileURLToPath(new URL('../../../shared/data/listings/tech-leadership', import.meta.url));

test('closestRoles() suggests roles within a few edits or sharing a word, closest first', () => {
  const roles = ['data-scientist', 'data-engineer', 'cto', 'registered-nurse'];
  assert.deepEqual(closestRoles('data-scientst', roles), ['data-scientist', 'data-engineer']);
  assert.deepEqual(closestRoles('nurse', roles), ['registered-nurse']);
  assert.deepEqual(closestRoles('ctoo', roles), ['cto']);
  assert.deepEqual(closestRoles('Registered Nurses', roles), ['registered-nurse']);
  assert.deepEqual(closestRoles('astronaut', roles), []);
});

test('checkSelection() passes a role the stored titles hold before any analysis, and refuses a typo with suggestions', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [TECH], {});
    // Not analyzed: the role is found by the stored titles.
    await checkSelection(store, { role: 'vp-engineering' });
    await assert.rejects(
      checkSelection(store, { role: 'vp-enginering' }),
      /no listings in :memory: match role "vp-enginering"; did you mean "vp-engineering"/,
    );
    await assert.rejects(
      checkSelection(store, { role: 'astronaut' }),
      /match role "astronaut"; run "roleprint roles"/,
    );
    await assert.rejects(checkSelection(store, { since: '2030' }), /match since 2030; run "roleprint roles"/);
  } finally {
    await store.close();
  }
});
