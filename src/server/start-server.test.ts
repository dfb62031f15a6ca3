import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../cli/main.ts';
import { openStore } from '../store/index.ts';
import { startServer } from './start-server.ts';

test('startServer() listens on a free loopback port and serves the API over real HTTP', async () => {
  const store = await openStore(':memory:');
  const server = await startServer({ store, port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/sources`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { sources: [] });
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    // A second server on the same port fails with a message that says what to do.
    await assert.rejects(
      startServer({ store, port: server.port }),
      /Cannot listen on 127\.0\.0\.1:\d+: the port is in use; pass another --port/,
    );
  } finally {
    await server.close();
    await store.close();
  }
});

test('roleprint serve rejects a bad --port and an open non-loopback host with the usage exit code', async () => {
  const write = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  const token = process.env.ROLEPRINT_TOKEN;
  delete process.env.ROLEPRINT_TOKEN;
  try {
    assert.equal(await main(['serve', '--db', ':memory:', '--port', 'http']), 2);
    assert.match(stderr, /Cannot use --port http: pass a whole number from 0 to 65535/);
    assert.equal(await main(['serve', '--db', ':memory:', '--host', '0.0.0.0', '--port', '0']), 2);
    assert.match(stderr, /Cannot serve on 0\.0\.0\.0 without a token/);
  } finally {
    process.stderr.write = write;
    if (token !== undefined) process.env.ROLEPRINT_TOKEN = token;
  }
});
