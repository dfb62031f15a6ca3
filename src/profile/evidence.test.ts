import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clip, pickEvidence, quoteAround } from './evidence.ts';

test('quoteAround() returns the sentence holding the span, without its list marker', () => {
  assert.equal(quoteAround('We ship. You know Go well. Apply!', 18, 20), 'You know Go well.');
  const text = 'Requirements\n- 5+ years with Python and SQL\n- A degree';
  const at = text.indexOf('Python');
  assert.equal(quoteAround(text, at, at + 6), '5+ years with Python and SQL');
});

test('clip() shortens long quotes at word boundaries around the focus', () => {
  const long = `${'word '.repeat(100)}Kubernetes ${'tail '.repeat(100)}`.trim();
  const at = long.indexOf('Kubernetes');
  const q = clip(long, at, at + 10);
  assert.ok(q.length <= 284);
  assert.match(q, /^… .*Kubernetes.* …$/);
});

test('pickEvidence() prefers distinct wordings, then fills with repeats from other listings', () => {
  const ev = pickEvidence(
    [
      { listingId: 'c', quote: 'Lead the team', rank: 0 },
      { listingId: 'a', quote: 'Lead the team', rank: 0 },
      { listingId: 'b', quote: 'Lead teams', rank: 1 },
      { listingId: 'a', quote: 'Lead engineers', rank: 1 },
    ],
    3,
  );
  assert.deepEqual(ev, [
    { listingId: 'a', quote: 'Lead the team' },
    { listingId: 'b', quote: 'Lead teams' },
    { listingId: 'c', quote: 'Lead the team' },
  ]);
});
