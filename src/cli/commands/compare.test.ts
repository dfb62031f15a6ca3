import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ComparedLine, RoleComparison } from '../../profile/index.ts';
import { main } from '../main.ts';

const LISTINGS = fileURLToPath(new URL('../../../../shared/data/listings/', import.meta.url));
const TECH = join(LISTINGS, 'tech-leadership');
const DS = join(LISTINGS, 'indeed-datascientist-2019');
const OUT_DIR = mkdtempSync(join(tmpdir(), 'roleprint-compare-out-'));

let outputs = 0;

// Runs the CLI with its output going to a file (the test runner reports on standard output, so it is left alone).
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const write = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  const format = args[args.indexOf('--format') + 1];
  const out = join(OUT_DIR, `out-${++outputs}.${args.includes('--format') ? format : 'md'}`);
  try {
    const code = await main([...args, '--out', out]);
    return { code, stdout: code === 0 ? readFileSync(out, 'utf8') : '', stderr };
  } finally {
    process.stderr.write = write;
  }
}

// Four listings whose text carries markup and spreadsheet formulas (entity-escaped in their HTML, so the clean text
// holds them literally), with a title that normalizes to a role.
function hostile(i: number): Record<string, string> {
  return {
    id: `h${i}`,
    title: 'Chief Technology Officer',
    company: `=HYPERLINK("http://evil.example","x${i}")`,
    date: '2024-05-01',
    description: [
      '<p>Responsibilities:</p><ul>',
      `<li>Lead the engineering team &lt;script&gt;alert(${i})&lt;/script&gt; and own the roadmap.</li>`,
      `<li>=cmd|' /C calc'!A0 hire and mentor engineers.</li>`,
      `<li>Build the &lt;img src=x onerror=alert(${i})&gt; platform with Python and Kubernetes.</li></ul>`,
    ].join(''),
  };
}

const has = (lines: readonly ComparedLine[], pattern: RegExp) =>
  lines.find((l) => pattern.test(l.text) || l.concepts.some((c) => pattern.test(c.label)));

describe('roleprint compare on real listings: tech-leadership against indeed-datascientist-2019', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roleprint-compare-'));
  const db = join(dir, 'store.db');
  const evil = join(dir, 'evil');
  let comparison: RoleComparison;
  before(async () => {
    // Read and analyzed once into a store file that every test below reads.
    const { code, stdout, stderr } = await run(['compare', TECH, DS, '--db', db, '--format', 'json']);
    assert.equal(code, 0, stderr);
    comparison = JSON.parse(stdout) as RoleComparison;
    const { mkdirSync } = await import('node:fs');
    mkdirSync(evil);
    writeFileSync(
      join(evil, 'listings.jsonl'),
      `${[1, 2, 3, 4].map((i) => JSON.stringify(hostile(i))).join('\n')}\n`,
    );
  });

  test('each path is one selection with its listing count', () => {
    assert.equal(comparison.schemaVersion, 1);
    assert.deepEqual(
      comparison.sides.map((s) => [s.label, s.by, s.listings.count]),
      [
        ['tech-leadership', 'path', 116],
        ['indeed-datascientist-2019', 'path', 530],
      ],
    );
    assert.equal(comparison.overlap, 0);
  });

  test('Python is shared; hiring, mentoring and leading lines are distinctive to tech leadership with q < 0.05', () => {
    const python = has(comparison.shared, /^Python$/);
    assert.ok(python, 'Python is reported on both sides');
    assert.ok(
      (python.shares[1]?.share ?? 0) > (python.shares[0]?.share ?? 1),
      'more data scientists ask for Python',
    );
    const [leaders, scientists] = comparison.distinctive;
    for (const pattern of [/hir(e|ing)|recruit/i, /mentor|coach/i, /lead/i]) {
      const line = has(leaders?.lines ?? [], pattern);
      assert.ok(line, `a ${pattern} line is distinctive to tech-leadership`);
      const t = line.tests.find((x) => x.side === 0);
      assert.ok(t && t.q < 0.05 && t.q >= t.p && t.difference > 0.2, `${line.text}: ${JSON.stringify(t)}`);
      assert.ok(t.ci[0] <= t.difference && t.difference <= t.ci[1]);
    }
    assert.ok(
      has(scientists?.lines ?? [], /^statistics$/i),
      'statistics is distinctive to the data scientists',
    );
    assert.ok(has(scientists?.lines ?? [], /machine learning/i));
    // Every line called distinctive passed the correction; shares are count over the side's listings.
    for (const d of comparison.distinctive)
      for (const l of d.lines) {
        assert.ok(l.tests.some((t) => t.side === d.side && t.q < 0.05 && t.difference > 0));
        l.shares.forEach((s, i) => {
          assert.equal(
            s.share,
            Math.round((s.count / (comparison.sides[i]?.listings.count ?? 1)) * 1e4) / 1e4,
          );
        });
      }
    // Leading, hiring and mentoring, in whichever order their differences rank them.
    for (const line of ['lead team', 'hire talent', 'mentor talent'])
      assert.match(
        comparison.headline,
        new RegExp(`tech-leadership listings say more often: [^.]*\\b${line}\\b`),
      );
  });

  test('the same store and flags give byte-identical output, in every format', async () => {
    for (const format of ['md', 'json', 'html', 'csv']) {
      const args = [
        'compare',
        '--db',
        db,
        '--role',
        'engineering-director',
        '--role',
        'data-scientist',
        '--format',
        format,
      ];
      const first = await run(args);
      const second = await run(args);
      assert.equal(first.code, 0, first.stderr);
      assert.ok(first.stdout.length > 1000);
      assert.equal(first.stdout, second.stdout, `${format} is deterministic`);
    }
  });

  test('compares roles from the store, naming them by their labels', async () => {
    const { code, stdout } = await run([
      'compare',
      '--db',
      db,
      '--role',
      'engineering-director',
      '--role',
      'data-scientist',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /^# Director of Engineering vs Data Scientist\n/);
    assert.match(stdout, /## Distinctive to Director of Engineering\n/);
    assert.match(stdout, /\| Hire talent \[E\d+\] \| 79% \(50\/63\) \| 7% \(31\/474\) \|/);
  });

  test('compares periods of one source', async () => {
    const args = ['compare', '--db', db, '--source', 'tech-leadership/postings.jsonl', '--format', 'json'];
    const { code, stdout, stderr } = await run([...args, '--period', '2017..2021', '--period', '2022..2025']);
    assert.equal(code, 0, stderr);
    const c = JSON.parse(stdout) as RoleComparison;
    assert.deepEqual(
      c.sides.map((s) => s.label),
      ['2017..2021', '2022..2025'],
    );
    assert.equal((c.sides[0]?.listings.count ?? 0) + (c.sides[1]?.listings.count ?? 0) <= 116, true);
  });

  test('hostile listing text and labels are escaped in HTML and Markdown and formula-safe in CSV', async () => {
    const labels = ['--label', '<script>alert("label")</script>', '--label', '=SUM(A1)'];
    const html = await run(['compare', evil, TECH, '--db', db, ...labels, '--format', 'html']);
    assert.equal(html.code, 0, html.stderr);
    assert.doesNotMatch(html.stdout, /<script|<img|onerror=alert\(\d\)>/);
    assert.match(html.stdout, /&lt;script&gt;alert\(&quot;label&quot;\)&lt;\/script&gt;/);
    assert.match(
      html.stdout,
      /&lt;script&gt;alert\(\d\)&lt;\/script&gt;/,
      'the listing quote is shown, escaped',
    );
    assert.match(html.stdout, /<svg class="diverging"/);
    const md = await run(['compare', evil, TECH, '--db', db, ...labels]);
    assert.doesNotMatch(md.stdout, /(?<!\\)<(script|img)/, 'every tag opener is escaped');
    assert.match(md.stdout, /\\<script>alert\(\d\)\\<\/script>/);
    const csv = await run(['compare', evil, TECH, '--db', db, ...labels, '--format', 'csv']);
    const cells = csv.stdout.split('\n').flatMap((row) => row.split(','));
    assert.ok(
      cells.some((c) => c.startsWith("'=SUM(A1)")),
      'the label is defused',
    );
    // A negative number is a number, not a formula; anything else starting = + - @ would run in a spreadsheet.
    const formulas = cells.filter((c) => /^"?[=+\-@]/.test(c) && !/^-\d+(\.\d+)?$/.test(c));
    assert.deepEqual(formulas, [], 'no cell starts a formula');
  });

  test('bad selections exit 2 with a message naming the selection and the reason', async () => {
    const cases: [string[], RegExp][] = [
      [['--role', 'cto'], /Cannot compare fewer than 2 selections \(got --role cto\)/],
      [
        ['--role', 'no-such-role', '--role', 'cto'],
        /selection 1 \(role no-such-role\): no analyzed listings in .*store\.db match it; run "roleprint roles"/,
      ],
      [['--role', 'cto', '--role', 'cto'], /Cannot compare --role cto with itself/],
      [
        ['--role', 'cto', '--role', 'data-scientist', '--period', '1990..1991'],
        /selection 1 \(role cto, period 1990..1991\): no analyzed listings/,
      ],
      [['--period', '2020', '--period', '2021..2022'], /Cannot read --period "2020"/],
      [['--role', 'cto', '--role', 'data-scientist', '--format', 'pdf'], /Cannot write a report as "pdf"/],
    ];
    for (const [flags, message] of cases) {
      const { code, stderr } = await run(['compare', '--db', db, ...flags]);
      assert.equal(code, 2, `${flags.join(' ')}: ${stderr}`);
      assert.match(stderr, message);
    }
    const one = await run(['compare', TECH]);
    assert.equal(one.code, 2);
    assert.match(one.stderr, /fewer than 2 selections \(got PATH /);
  });
});
