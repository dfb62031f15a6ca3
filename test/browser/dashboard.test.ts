import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifacts, buildWeb, launch, startFixture, TOKEN } from './harness.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Markup that survives cleaning (entity-escaped in the listing's HTML), so the stored text holds it literally.
function hostile(i: number): Record<string, string> {
  return {
    id: `evil-${i}`,
    title: `Chief Technology Officer <script>window.__pwned=${i};alert(${i})</script>`,
    company: `Evil <img src=x onerror="window.__pwned=1"> Corp ${i}`,
    date: '2026-02-01',
    url: `javascript:alert(${i})`,
    description: [
      '<p>Responsibilities:</p><ul>',
      `<li>Lead the engineering team &lt;script&gt;window.__pwned=${i};alert(${i})&lt;/script&gt; and own the roadmap.</li>`,
      `<li>Build the &lt;img src=x onerror=alert(${i})&gt; platform with Python and Kubernetes.</li>`,
      `<li>Own &lt;a href="javascript:alert(${i})"&gt;the cloud budget&lt;/a&gt; and vendor contracts.</li>`,
      '<li>Hire and mentor engineers, and review architecture designs weekly.</li></ul>',
    ].join(''),
  };
}

describe('the dashboard in a real browser', () => {
  let browser: Browser;
  let fixture: Awaited<ReturnType<typeof startFixture>>;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const problems: string[] = [];
  const dialogs: string[] = [];
  const shots = artifacts();

  before(async () => {
    buildWeb();
    browser = await launch();
    fixture = await startFixture();
    base = fixture.server.url;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await fixture?.close();
  });

  test('the page is served with its CSP, and its assets with their content types', async () => {
    const res = await fetch(`${base}/`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const html = await res.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /<style|\sstyle=/, 'no inline style');
    const js = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const css = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    assert.ok(js && css);
    assert.match((await fetch(base + js)).headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match((await fetch(base + css)).headers.get('content-type') ?? '', /^text\/css/);
    assert.equal((await fetch(`${base}/assets/..%2Fpackage.json`)).status, 404);
  });

  test('role list → profile → evidence quotes in three clicks', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Software Engineer', exact: true }).waitFor();
    await page.screenshot({ path: join(shots, 'roles.png'), fullPage: true });
    await page.getByRole('link', { name: 'Software Engineer', exact: true }).click(); // 1
    await page.getByRole('heading', { level: 1, name: 'Software Engineer' }).waitFor();
    const line = page.locator('.theme button.line').first();
    await line.click(); // 2
    assert.equal(await line.getAttribute('aria-expanded'), 'true');
    const panel = page.locator(`#${await line.getAttribute('aria-controls')}`);
    await panel.locator('blockquote').first().waitFor();
    const quote = (await panel.locator('blockquote').first().textContent()) ?? '';
    assert.ok(quote.length > 10, quote);
    // The listing's card (title · employer · date · source) arrives from /api/listings/{id}.
    await panel.locator('.meta', { hasText: ' · ' }).first().waitFor();
    assert.match((await panel.locator('.meta').first().textContent()) ?? '', /^listing [0-9a-f]{16} · .+ · /);
    await page.screenshot({ path: join(shots, 'profile.png'), fullPage: true });
    // The same line's bar opens and closes nothing else; a keyboard user gets the same disclosure.
    await line.press('Enter');
    assert.equal(await line.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.isHidden(), true);
  });

  test('the profile draws themes with whiskers, and the trends chart by quarter', async () => {
    await page.getByLabel('Trend periods').selectOption('quarter');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText(/^Compared 2026-Q1/).waitFor();
    assert.match(page.url(), /by=quarter/);
    const theme = page.locator('.theme').first();
    assert.ok((await theme.locator('svg[role="img"] g[data-mark="bar"] rect').count()) >= 2);
    assert.ok((await theme.locator('svg[role="img"] g[data-mark="rule"] line').count()) >= 2, 'whiskers');
    const trends = page.locator('section', {
      has: page.getByRole('heading', { name: 'Trends', exact: true }),
    });
    assert.match((await trends.textContent()) ?? '', /2026-Q1.*2026-Q3/);
    assert.ok((await trends.locator('svg[role="img"]').count()) >= 2, 'periods and changes charts');
    // A bar opens its line's evidence.
    await theme.locator('g[data-mark="bar"] rect').nth(1).click();
    assert.equal(await theme.locator('button.line').nth(1).getAttribute('aria-expanded'), 'true');
    await page.screenshot({ path: join(shots, 'profile-trends.png'), fullPage: true });
  });

  test('changing the source filter re-profiles the role over that source only', async () => {
    const before = (await page.locator('.lede').textContent()) ?? '';
    assert.match(before, /^270 listings/);
    await page.getByLabel('Source', { exact: true }).selectOption('hn-whoishiring-2026/raw_2026-01-01.json');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('.lede', { hasText: /^93 listings/ }).waitFor();
    assert.match(page.url(), /source=hn-whoishiring-2026/);
    assert.doesNotMatch((await page.locator('.lede').textContent()) ?? '', /yc-waas/);
    // The role list keeps the filter; search narrows it.
    await page.getByRole('link', { name: '← All roles' }).click();
    await page.getByLabel('Search roles').fill('engineer');
    const status = (await page.locator('p[role="status"]').textContent()) ?? '';
    assert.match(status, /^\d+ of \d+ roles match “engineer”/);
    for (const name of await page.locator('#role-table tbody th').allTextContents())
      assert.match(name, /engineer/i);
    await page.getByLabel('Posted since').fill('2026-03');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText(/No listing matches these filters/).waitFor();
  });

  test('a download link returns the profile in its format', async () => {
    await page.goto(`${base}/#/role/software-engineer?by=quarter`);
    const link = page.getByRole('link', { name: 'Markdown' });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'software-engineer.md');
    const md = readFileSync((await download.path()) as string, 'utf8');
    assert.match(md, /Software Engineer/);
    const csv = await fetch(`${base}${await page.getByRole('link', { name: 'CSV' }).getAttribute('href')}`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
  });

  test('upload with the token: the job is followed to done, and a hostile listing stays inert text', async () => {
    await page.goto(`${base}/#/upload`);
    await page.getByLabel('Server token').fill(TOKEN);
    await page.getByLabel('Listing files').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify([1, 2, 3, 4].map(hostile))),
    });
    await page.getByLabel('Source folder (optional)').fill('evil');
    const followed = page.waitForRequest(/\/api\/jobs\/[0-9a-f-]+\/events$/);
    await page.getByRole('button', { name: 'Upload and ingest' }).click();
    assert.match(
      (await followed).headers().authorization ?? '',
      /^Bearer /,
      'the job is followed as SSE, with the token',
    );
    const job = page.locator('.job');
    await job.getByText('Done', { exact: true }).waitFor({ timeout: 60_000 });
    assert.match((await job.textContent()) ?? '', /4 read: 4 accepted, 0 duplicates, 0 rejected/);
    await page.screenshot({ path: join(shots, 'upload.png'), fullPage: true });

    await page.goto(`${base}/#/role/cto`);
    await page.getByRole('heading', { level: 1, name: 'Chief Technology Officer' }).waitFor();
    for (const button of await page.locator('button.line').all()) await button.click();
    await page.locator('.meta', { hasText: 'Evil <img' }).first().waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    assert.match(text, /<script>window\.__pwned=\d;alert\(\d\)<\/script>/, 'markup shown as text');
    assert.match(text, /<img src=x onerror="window\.__pwned=1">/);
    assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined);
    assert.equal(await page.locator('script').count(), 1, 'only the app script');
    assert.equal(await page.locator('main img, main [onerror], main a[href^="javascript:"]').count(), 0);
    assert.deepEqual(dialogs, []);
    await page.screenshot({ path: join(shots, 'hostile.png'), fullPage: true });
  });

  test('on a phone-sized screen the profile fits the width', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const p = await phone.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`phone: ${m.text()}`);
    });
    await p.goto(`${base}/#/role/software-engineer`);
    await p.locator('.theme svg').first().waitFor();
    await p.locator('.theme button.line').first().click();
    await p.locator('.evidence blockquote').first().waitFor();
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page wider than the screen by ${overflow}px`);
    await p.screenshot({ path: join(shots, 'profile-phone.png'), fullPage: true });
    await p.goto(`${base}/`);
    await p.locator('#role-table').waitFor();
    await p.screenshot({ path: join(shots, 'roles-phone.png') });
    await phone.close();
  });

  test('no console errors or warnings on any page', () => {
    assert.deepEqual(problems, []);
  });

  test('axe finds no serious or critical accessibility violations', async () => {
    // CSP would block the injected axe script: this context bypasses it, for the audit only.
    const audit = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const p = await audit.newPage();
    const found: string[] = [];
    const pages: [string, (p: Page) => Promise<void>][] = [
      ['#/', (p) => p.locator('#role-table').waitFor()],
      [
        '#/role/software-engineer',
        async (p) => {
          await p.locator('.theme button.line').first().click();
          await p.locator('.evidence blockquote').first().waitFor();
        },
      ],
      ['#/upload', (p) => p.getByLabel('Server token').waitFor()],
    ];
    for (const [hash, ready] of pages) {
      await p.goto(`${base}/${hash}`);
      await ready(p);
      await p.addScriptTag({ content: AXE });
      const violations = await p.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        return (await axe.run()).violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      });
      for (const v of violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(`${hash} ${v.id} (${v.impact}): ${v.targets.join(', ')}`);
    }
    await audit.close();
    assert.deepEqual(found, []);
  });
});
