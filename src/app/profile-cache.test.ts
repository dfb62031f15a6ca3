import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.ts';
import { ingestListings } from './ingest-listings.ts';
import { createProfileCache } from './profile-cache.ts';
import { reportFromStore } from './report-from-store.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

test('createProfileCache() serves a repeated request from the cache and sees other writers after its TTL', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [`${FIXTURES}ingest/invalid-json.jsonl`]);
    let clock = 0;
    const cache = createProfileCache(store, { revisionTtlMs: 1000, now: () => clock });
    const first = await cache.report({}, 'json');
    assert.equal(first.hit, false);
    assert.equal(first.body, await reportFromStore(store, {}, 'json'));
    const second = await cache.report({ by: undefined }, 'json');
    assert.deepEqual([second.hit, second.etag, second.body], [true, first.etag, first.body]);
    // Another writer adds listings: within the TTL the cached profile stands, after it the store is counted again.
    await ingestListings(store, [`${FIXTURES}store/repeated-id.csv`]);
    clock = 500;
    assert.equal((await cache.report({}, 'json')).hit, true);
    clock = 1500;
    const fresh = await cache.report({}, 'json');
    assert.equal(fresh.hit, false);
    assert.notEqual(fresh.etag, first.etag);
    assert.equal(fresh.body, await reportFromStore(store, {}, 'json'));
    // invalidate() drops everything at once, whatever the clock.
    cache.invalidate();
    assert.equal((await cache.report({}, 'json')).hit, false);
    assert.equal(cache.stats().entries, 1);
  } finally {
    await store.close();
  }
});

test('createProfileCache() does not keep a failed build', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [`${FIXTURES}ingest/invalid-json.jsonl`]);
    const cache = createProfileCache(store);
    await assert.rejects(
      cache.report({ role: 'astronaut' }, 'md'),
      /no listings in :memory: match role "astronaut"/,
    );
    assert.equal(cache.stats().entries, 0);
  } finally {
    await store.close();
  }
});
