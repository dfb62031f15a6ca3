import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { onetSplit, readOnetActivities } from './read-onet-activities.ts';

const ONET = fileURLToPath(new URL('../../../../shared/data/taxonomy/onet-29.2', import.meta.url));

test('readOnetActivities() reads every DWA with its IWA and the linked tasks of O*NET 29.2', () => {
  const { dwas, tasks } = readOnetActivities(ONET);
  assert.equal(dwas.length, 2087);
  assert.deepEqual(
    dwas.find((d) => d.id === 'onet:dwa/4.A.4.c.2.I01.D03'),
    {
      id: 'onet:dwa/4.A.4.c.2.I01.D03',
      title: 'Hire personnel.',
      iwaId: '4.A.4.c.2.I01',
      iwaTitle: 'Perform recruiting or hiring activities.',
    },
  );
  assert.equal(tasks.length, 18495);
  const first = tasks[0];
  assert.equal(first?.soc, '11-1011.00');
  assert.ok(first && first.dwas.length > 0 && first.dwas.every((d) => d.startsWith('onet:dwa/')));
});

test('onetSplit() is stable and puts about 20% of occupations in eval and 10% in calibrate', () => {
  const { tasks } = readOnetActivities(ONET);
  const socs = [...new Set(tasks.map((t) => t.soc))];
  const share = (s: string): number => socs.filter((x) => onetSplit(x) === s).length / socs.length;
  assert.ok(Math.abs(share('eval') - 0.2) < 0.04, String(share('eval')));
  assert.ok(Math.abs(share('calibrate') - 0.1) < 0.04, String(share('calibrate')));
  assert.equal(onetSplit('15-1252.00'), onetSplit('15-1252.00'));
});
