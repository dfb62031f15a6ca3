import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { webBuilt } from './web.ts';

const BIN = fileURLToPath(new URL('../../bin/roleprint.js', import.meta.url));

test('roleprint serve --demo loads the bundled sample and serves the dashboard and the API in one command', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'roleprint-serve-demo-'));
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--demo', '--db', join(dir, 'demo.db'), '--port', '0'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ROLEPRINT_TOKEN: '' },
    },
  );
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve --demo did not start:\n${stderr}`)), 120_000);
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        const m = /roleprint serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
      child.once('exit', () => reject(new Error(`serve --demo exited:\n${stderr}`)));
    });
    assert.match(stderr, /loading the demo sample into .*demo\.db/);
    const roles = (await (await fetch(`${url}/api/roles?limit=3`)).json()) as {
      listings: number;
      roles: { role: string | null; listings: number }[];
    };
    assert.equal(roles.listings, 511);
    assert.deepEqual(roles.roles[0], { ...roles.roles[0], role: 'software-engineer', listings: 181 });
    const page = await fetch(`${url}/`);
    assert.equal(page.status, (await webBuilt()) ? 200 : 503);
    const profile = await fetch(`${url}/api/profile?role=software-engineer&format=md`);
    assert.equal(profile.status, 200);
    assert.match(await profile.text(), /Software Engineer/);
  } finally {
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    rmSync(dir, { recursive: true, force: true });
  }
});
