import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activityTexts, prototypeOf, scorePrototypes } from './concept-prototypes.ts';
import { onetSplit } from './read-onet-activities.ts';

const onehot = (t: string): Float32Array => Float32Array.of(t === 'a' ? 1 : 0, t === 'b' ? 1 : 0);

test('prototypeOf() is the normalized mean of the texts encodings', () => {
  assert.deepEqual(
    [...prototypeOf(['a', 'b'], onehot)].map((x) => x.toFixed(3)),
    ['0.707', '0.707'],
  );
  assert.deepEqual(
    [...prototypeOf(['a', 'a', 'b'], onehot)].map((x) => x.toFixed(3)),
    ['0.894', '0.447'],
  );
});

test('activityTexts() adds only training-split tasks to a DWA title (tiny hand fixture)', () => {
  const dwas = [{ id: 'onet:dwa/X', title: 'Hire personnel.', iwaId: 'I', iwaTitle: 'Recruit.' }];
  const train =
    ['11-1011.00', '11-1021.00', '11-2011.00', '11-3012.00'].find((s) => onetSplit(s) === 'train') ?? '';
  const held = ['11-1011.00', '11-1021.00', '11-2011.00', '11-3012.00', '13-1071.00'].find(
    (s) => onetSplit(s) === 'eval',
  );
  assert.ok(train && held);
  const tasks = [
    { soc: train, taskId: '1', text: 'Interview and hire staff.', dwas: ['onet:dwa/X'] },
    { soc: held, taskId: '2', text: 'Recruit nurses.', dwas: ['onet:dwa/X'] },
  ];
  assert.deepEqual(activityTexts(dwas, tasks).get('onet:dwa/X'), [
    'Hire personnel.',
    'Interview and hire staff.',
  ]);
});

test('scorePrototypes() gives the dot product with each row', () => {
  assert.deepEqual(
    [...scorePrototypes(Float32Array.of(1, 0), Float32Array.of(1, 0, 0, 1, 0.5, 0.5), 2)],
    [1, 0, 0.5],
  );
});
