import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifacts, buildWeb, launch, ROOT, startFixture, TOKEN } from './harness.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A hand-written data-scientist résumé (Markdown), measured against the Machine Learning Engineer listings. */
const RESUME = join(ROOT, 'test/browser/fixtures/data-scientist-resume.md');

// The shapes the compare and gap tests read back from the API, to check the page against.
interface CompareJson {
  headline: string;
  sides: { label: string }[];
  shared: { text: string; tests: { q: number }[] }[];
  distinctive: {
    side: number;
    lines: { text: string; tests: { side: number; difference: number; ci: [number, number] }[] }[];
  }[];
}
interface GapJson {
  score: number;
  counts: { covered: number; near: number; missing: number };
  lines: { text: string; status: string; resume: { line: string } | null }[];
  changes: { text: string }[];
  beyond: { label: string }[];
}
const points = (x: number) => {
  const v = Math.round(x * 100);
  return v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
};

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
    assert.match(before, /^291 listings/);
    await page.getByLabel('Source', { exact: true }).selectOption('hn-whoishiring-2026/raw_2026-01-01.json');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('.lede', { hasText: /^110 listings/ }).waitFor();
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

  test('compare: two roles picked side by side show the headline, both roles, a diverging chart and the tests', async () => {
    const api = (await (
      await fetch(`${base}/api/compare?role=software-engineer&role=ml-engineer&format=json`)
    ).json()) as CompareJson;
    assert.deepEqual(
      api.sides.map((s) => s.label),
      ['Software Engineer', 'Machine Learning Engineer'],
    );
    await page.goto(`${base}/`);
    await page.locator('#role-table').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare roles' }).waitFor();
    // A third role can be added and removed again; two stay.
    await page.getByRole('button', { name: 'Add a role' }).click();
    assert.equal(await page.getByLabel('Role 3', { exact: true }).count(), 1);
    await page.getByRole('button', { name: 'Remove role 3' }).click();
    assert.equal(await page.getByLabel('Role 3', { exact: true }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Remove role/ }).count(), 0, 'two roles at least');
    await page.getByLabel('Role 1', { exact: true }).selectOption('software-engineer');
    await page.getByLabel('Role 2', { exact: true }).selectOption('ml-engineer');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const title = page.getByRole('heading', {
      level: 1,
      name: 'Software Engineer vs Machine Learning Engineer',
    });
    await title.waitFor();
    assert.match(page.url(), /#\/compare\?role=software-engineer&role=ml-engineer$/);
    assert.equal(
      await page.evaluate(() => document.activeElement?.tagName),
      'H1',
      'focus on the new heading',
    );
    assert.equal(await page.locator('main .headline').textContent(), api.headline);
    assert.match(api.headline, /^Comparing Software Engineer \(291 listings\) and Machine Learning Engineer/);
    const sides = (await page.locator('table.sides thead').textContent()) ?? '';
    assert.match(sides, /Software Engineer.*Machine Learning Engineer/);

    // The chart: one bar per charted distinctive line (at most 12 a side), the first role's pointing left.
    const chart = page.locator('section', {
      has: page.getByRole('heading', { name: 'Largest significant differences' }),
    });
    const bars = chart.locator('svg[role="img"] g[data-mark="bar"] rect');
    await bars.first().waitFor();
    const expected = api.distinctive.reduce((n, d) => n + Math.min(12, d.lines.length), 0);
    assert.ok(expected >= 2, 'the data has significant differences to draw');
    assert.equal(await bars.count(), expected);
    const fills = new Set(await bars.evaluateAll((rs) => rs.map((r) => r.getAttribute('fill'))));
    assert.deepEqual([...fills].sort(), ['#3b6ea8', '#c05621'], 'each role in its colour');
    const zero = await chart.locator('g[data-mark="rule"]').last().locator('line').getAttribute('x1');
    const lefts = await bars.evaluateAll(
      (rs, z) => rs.filter((r) => Number(r.getAttribute('x')) < Number(z) - 1).length,
      zero,
    );
    assert.equal(
      lefts,
      Math.min(12, api.distinctive[0]?.lines.length ?? 0),
      'Software Engineer bars left of zero',
    );
    assert.match(
      (await chart.locator('svg[role="img"]').getAttribute('aria-label')) ?? '',
      /points more in Machine Learning Engineer/,
    );

    // Shared lines, and each role's distinctive lines with the difference, its interval and the test.
    const shared = page.locator('section', { has: page.getByRole('heading', { name: /^Shared by all/ }) });
    assert.equal(await shared.locator('tbody tr').count(), api.shared.length);
    assert.deepEqual(
      await shared.locator('tbody tr td.test > :first-child').allTextContents(),
      api.shared.map((l) =>
        !l.tests[0] ? 'not tested' : l.tests[0].q < 0.05 ? 'significant' : 'not significant',
      ),
    );
    assert.ok(
      api.shared.some((l) => (l.tests[0]?.q ?? 1) >= 0.05),
      'the data has a shared line that does not differ',
    );
    for (const d of api.distinctive) {
      const label = api.sides[d.side]?.label ?? '';
      const block = page.locator('section', {
        has: page.getByRole('heading', { name: `Distinctive to ${label} (${d.lines.length})` }),
      });
      const rows = block.locator('tbody tr');
      assert.equal(await rows.count(), d.lines.length, label);
      const line = d.lines[0];
      const t = line?.tests.find((x) => x.side === d.side && x.difference > 0);
      assert.ok(line && t);
      const row = rows.first();
      assert.equal(await row.locator('th .line-text').textContent(), line.text);
      assert.equal(await row.locator('td.diff .pts').textContent(), `${points(t.difference)} pts`);
      assert.equal(
        await row.locator('td.diff .ci').textContent(),
        `95% CI ${points(t.ci[0])} to ${points(t.ci[1])}`,
      );
      assert.equal(await row.locator('td.test > :first-child').textContent(), 'significant');
    }
    await page.screenshot({ path: join(shots, 'compare.png'), fullPage: true });

    // The server's own renderings of the same comparison.
    const html = await fetch(
      `${base}${await page.getByRole('link', { name: 'HTML', exact: true }).getAttribute('href')}`,
    );
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await html.text(), /Software Engineer vs Machine Learning Engineer/);
    const csv = await fetch(`${base}${await page.getByRole('link', { name: 'CSV' }).getAttribute('href')}`);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(
      (await page.getByRole('link', { name: 'Markdown' }).getAttribute('href')) ?? '',
      /^\/api\/compare\?role=software-engineer&role=ml-engineer&format=md$/,
    );
  });

  test('compare: a role the store lacks shows the API problem, and the picker stays', async () => {
    // Its own page: the browser logs the 400 as a console error, which the shared page's check must not see.
    const page = await context.newPage();
    await page.goto(`${base}/#/compare?role=software-engineer&role=no-such-role`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      (await alert.textContent()) ?? '',
      /^Cannot compare: Cannot compare selection 2 \(role no-such-role\)/,
    );
    assert.equal(await page.getByLabel('Role 1', { exact: true }).inputValue(), 'software-engineer');
    assert.equal(await page.getByLabel('Role 2', { exact: true }).inputValue(), 'no-such-role');
    await page.close();
  });

  test('résumé gap: a Markdown résumé against a role shows the score, covered, near and missing lines, and is not stored', async () => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(RESUME)], { type: 'text/markdown' }), basename(RESUME));
    form.append('role', 'ml-engineer');
    const res = await fetch(`${base}/api/gap`, { method: 'POST', body: form });
    assert.equal(res.status, 200);
    const api = (await res.json()) as GapJson;
    assert.ok(api.counts.covered >= 1 && api.counts.missing >= 1, JSON.stringify(api.counts));

    await page.goto(`${base}/#/role/ml-engineer`);
    await page.getByRole('link', { name: 'Measure a résumé against this role' }).click();
    await page.getByRole('heading', { level: 1, name: 'Measure a résumé against a role' }).waitFor();
    assert.equal(await page.getByLabel('Role', { exact: true }).inputValue(), 'ml-engineer');
    await page.getByText('Your résumé is read in memory and not stored.').waitFor();
    // Nothing chosen: the form says so.
    await page.getByRole('button', { name: 'Measure the fit' }).click();
    assert.equal(await page.getByRole('alert').textContent(), 'Choose a résumé file or paste its text.');

    await page.getByLabel('Résumé file').setInputFiles(RESUME);
    await page.getByRole('button', { name: 'Measure the fit' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Fit against Machine Learning Engineer' });
    await heading.waitFor({ timeout: 60_000 });
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Fit against Machine Learning Engineer',
    );
    assert.equal(await page.locator('.fit .score').textContent(), String(api.score));
    assert.match((await page.locator('.gap-report .method').textContent()) ?? '', /^Share-weighted coverage/);
    assert.equal(await page.locator('ol.changes li').count(), api.changes.length);
    assert.ok(
      ((await page.locator('ol.changes li').first().textContent()) ?? '').startsWith(
        api.changes[0]?.text ?? '?',
      ),
    );

    // Each group as the report orders it; covered lines quote the résumé, near ones say the relation.
    for (const status of ['covered', 'near', 'missing'] as const) {
      const want = api.lines.filter((l) => l.status === status);
      assert.equal(want.length, api.counts[status]);
      const texts = await page.locator(`ul.gap-lines.${status} > li .line-text`).allTextContents();
      assert.deepEqual(
        texts,
        want.map((l) => l.text),
        status,
      );
    }
    const quotes = await page.locator('ul.gap-lines.covered > li .resume-quote blockquote').allTextContents();
    assert.deepEqual(
      quotes,
      api.lines.filter((l) => l.status === 'covered' && l.resume).map((l) => `“${l.resume?.line}”`),
      'each covered line quotes the résumé line that shows it',
    );
    assert.ok(
      quotes.includes('“Python, SQL, pandas, scikit-learn, machine learning, statistics”'),
      quotes.join('\n'),
    );
    if (api.counts.near > 0)
      assert.ok(
        ((await page.locator('ul.gap-lines.near > li .relation').first().textContent()) ?? '').length > 10,
      );
    assert.equal(await page.locator('ul.gap-lines.beyond > li').count(), api.beyond.length);
    await page.screenshot({ path: join(shots, 'gap.png'), fullPage: true });

    // The résumé is kept nowhere in the browser: not in storage, not in the address.
    const kept = await page.evaluate(() =>
      JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), location.href]),
    );
    for (const phrase of ['Acme Analytics', 'customer churn', 'Dana Rivera', 'scikit-learn'])
      assert.ok(!kept.includes(phrase), `"${phrase}" kept in the browser: ${kept}`);
    assert.equal(await page.evaluate(() => localStorage.length), 0);

    // Pasted text works too, and "Clear the résumé" empties the form and the report.
    await page.getByRole('button', { name: 'Clear the résumé' }).click();
    assert.equal(await page.locator('.gap-report').count(), 0);
    await page.getByLabel('Or paste its text').fill(readFileSync(RESUME, 'utf8'));
    await page.getByRole('button', { name: 'Measure the fit' }).click();
    await heading.waitFor();
    assert.match((await page.locator('.fit .score').textContent()) ?? '', /^\d+$/);
    assert.ok((await page.locator('ul.gap-lines.covered > li').count()) >= 1);
    const after = await page.evaluate(() =>
      JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), location.href]),
    );
    assert.ok(!after.includes('Acme Analytics'), after);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
  });

  test('résumé gap: an API problem is shown as an alert', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/#/gap?role=no-such-role`);
    await page.getByLabel('Or paste its text').fill('Python developer. Built data pipelines.');
    await page.getByRole('button', { name: 'Measure the fit' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      (await alert.textContent()) ?? '',
      /^Cannot measure the résumé: Cannot build a report: no listings .* match role "no-such-role"/,
    );
    assert.equal(await page.locator('.gap-report').count(), 0);
    await page.close();
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
    await p.goto(`${base}/#/compare?role=software-engineer&role=ml-engineer`);
    await p.locator('svg[role="img"] g[data-mark="bar"] rect').first().waitFor();
    const wide = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 1, `compare page wider than the screen by ${wide}px`);
    await p.screenshot({ path: join(shots, 'compare-phone.png'), fullPage: true });
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
      [
        '#/compare?role=software-engineer&role=ml-engineer',
        async (p) => {
          await p.locator('svg[role="img"] g[data-mark="bar"] rect').first().waitFor();
          await p.locator('details.quotes summary').first().click();
        },
      ],
      ['#/compare', (p) => p.getByLabel('Role 2', { exact: true }).waitFor()],
      [
        '#/gap?role=ml-engineer',
        async (p) => {
          await p.getByLabel('Résumé file').setInputFiles(RESUME);
          await p.getByRole('button', { name: 'Measure the fit' }).click();
          await p.locator('.gap-report .score').waitFor({ timeout: 60_000 });
          await p.locator('details.quotes summary').first().click();
        },
      ],
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
