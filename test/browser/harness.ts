/**
 * What the browser tests share: Debian's chromium through playwright-core, a fresh dashboard build, and a server over
 * a temporary SQLite store filled with real listings (the bundled demo sample and one shared HN month).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { DEMO_SAMPLE, ingestListings } from '../../src/app/index.ts';
import { type StartedServer, startServer } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export const CHROMIUM = process.env.ROLEPRINT_CHROMIUM ?? '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test/browser/artifacts');
export const HN_MONTH = join(ROOT, '../shared/data/listings/hn-whoishiring-2026/raw_2026-01-01.json');
export const TOKEN = 'browser-test-token';

/** Launches chromium, failing with what to do when it is not installed (CI installs it; the tests never skip). */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Cannot run the browser tests: no chromium at ${CHROMIUM}. Install it (apt-get install -y chromium, as .ci/run does) or point ROLEPRINT_CHROMIUM at one.`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds web/dist when it is missing or older than web/src, so the tests see the dashboard as the sources say. */
export function buildWeb(): void {
  const index = join(ROOT, 'web/dist/index.html');
  const sources = Math.max(newest(join(ROOT, 'web/src')), statSync(join(ROOT, 'web/index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0)
    throw new Error(`Cannot build the dashboard (npm run build:web):\n${r.stderr}${r.stdout}`);
}

/** A server with a token over a temporary store holding the demo sample and one shared HN month. */
export async function startFixture(): Promise<{
  server: StartedServer;
  store: Store;
  close(): Promise<void>;
}> {
  if (!existsSync(HN_MONTH))
    throw new Error(`Cannot run the browser tests without the shared data checkout: ${HN_MONTH} is missing`);
  const dir = mkdtempSync(join(tmpdir(), 'roleprint-browser-'));
  const store = await openStore(join(dir, 'store.db'));
  await ingestListings(store, [DEMO_SAMPLE, HN_MONTH]);
  const server = await startServer({ store, port: 0, token: TOKEN, uploadDir: dir });
  await server.cache.warm();
  return {
    server,
    store,
    async close() {
      await server.close();
      await server.jobs.idle();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The folder screenshots go to (gitignored). */
export function artifacts(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}
