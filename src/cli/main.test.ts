import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from './main.ts';

test('main() reads --jobs before or after the command, refuses a bad count with exit 2, and passes it to the analysis pool', async () => {
  const saved = process.env.ROLEPRINT_JOBS;
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => errors.push(String(s)) > 0) as typeof process.stderr.write;
  try {
    assert.equal(await main(['report', '--jobs', '0', 'x']), 2);
    assert.match(errors.join(''), /"0" is not a number of threads from 1 to 64/);
    delete process.env.ROLEPRINT_JOBS;
    // `roles` on a missing store fails after the option is read: the setting is in place for the use case.
    await main(['--jobs', '3', 'roles', '--db', 'no/such/store.db']);
    assert.equal(process.env.ROLEPRINT_JOBS, '3');
    await main(['roles', '--db', 'no/such/store.db', '--jobs', '2']);
    assert.equal(process.env.ROLEPRINT_JOBS, '2');
  } finally {
    process.stderr.write = write;
    if (saved === undefined) delete process.env.ROLEPRINT_JOBS;
    else process.env.ROLEPRINT_JOBS = saved;
  }
});
