/**
 * Issue 12, "Confusing answers": everyday mistakes answered with what happened and what to do.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeProgress } from '../../src/cli/progress.ts';

const BIN = fileURLToPath(new URL('../../bin/roleprint.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'roleprint-messages-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function roleprint(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('report and roles in a folder without a store say "no store here" and create no database (issue 12)', () => {
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  for (const args of [['report', '--role', 'cto'], ['roles']]) {
    const r = roleprint(empty, ...args);
    assert.equal(r.code, 1, args.join(' '));
    assert.equal(
      r.stderr,
      'roleprint: No store here (./roleprint.db): run "roleprint ingest PATH" first, or pass --db with the store to read\n',
    );
    assert.equal(r.stdout, '');
  }
  assert.equal(existsSync(join(empty, 'roleprint.db')), false);
});

test('roles --db typo.db names the path and creates no database (issue 12)', () => {
  const r = roleprint(dir, 'roles', '--db', 'typo.db');
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    'roleprint: No store at typo.db: check the path, or run "roleprint ingest PATH --db typo.db" first\n',
  );
  assert.equal(existsSync(join(dir, 'typo.db')), false);
  const report = roleprint(dir, 'report', '--db', 'typo.db');
  assert.equal(report.code, 1);
  assert.equal(existsSync(join(dir, 'typo.db')), false);
});

test('analyzeProgress() writes whole lines, without carriage returns, when stderr is not a terminal (issue 12)', () => {
  const log: string[] = [];
  const piped = analyzeProgress({ isTTY: false, write: (s) => log.push(s) });
  piped.onProgress(200);
  piped.onProgress(400);
  piped.onDone(450);
  assert.deepEqual(log, ['analyzed 450 listings (cached in the store for next time)\n']);
  const screen: string[] = [];
  const tty = analyzeProgress({ isTTY: true, write: (s) => screen.push(s) });
  tty.onProgress(200);
  tty.onDone(450);
  assert.deepEqual(screen, [
    '\ranalyzed 200 listings…',
    '\ranalyzed 450 listings (cached in the store for next time)\n',
  ]);
});

test('report with stderr piped logs "analyzed N listings" as one line, no \\r (issue 12)', () => {
  const csv = join(dir, 'jobs', 'three.csv');
  mkdirSync(join(dir, 'jobs'), { recursive: true });
  writeFileSync(
    csv,
    'id,title,description\n' +
      '1,Chief Technology Officer,Lead the engineering team and own the technical roadmap and budget.\n' +
      '2,CTO,Hire and mentor engineers; set architecture standards and review code.\n' +
      '3,Chief Technology Officer,Own security and infrastructure; report to the board on delivery.\n',
  );
  const r = roleprint(dir, 'report', csv, '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, 'analyzed 3 listings (cached in the store for next time)\n');
});

test('eval skills on an empty CSV, or one with only a header, is an error naming the file (issue 12)', () => {
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'header.csv'), 'sentence,label\n');
  for (const name of ['empty.csv', 'header.csv']) {
    const r = roleprint(dir, 'eval', 'skills', name);
    assert.equal(r.code, 1, name);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `roleprint: Cannot evaluate skills on ${name}: it holds no labelled sentences; pass a Decorte annotation CSV with a header sentence,label (or sentence,span,sub_span,label) and at least one labelled row\n`,
    );
  }
});

test('report or gap on a file with no listing says what was read and what to do, not "no listings in :memory:" (issue 12)', () => {
  const empty = join(dir, 'nothing.jsonl');
  writeFileSync(empty, '');
  const bad = join(dir, 'no-description.jsonl');
  writeFileSync(bad, '{"id":"1","title":"CTO"}\n');
  const r = roleprint(dir, 'report', empty);
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    `roleprint: Cannot build a report from ${empty}: no listings were accepted from it (0 read, 0 duplicates of listings already read, 0 rejected); pass a file or folder of listings (CSV, JSON, JSONL, HTML, text)\n`,
  );
  const rejected = roleprint(dir, 'report', bad);
  assert.equal(rejected.code, 2);
  assert.match(
    rejected.stderr,
    /\(1 read, 0 duplicates of listings already read, 1 rejected\); run roleprint ingest with --rejections FILE/,
  );
});

test('a mistyped role, plural or written as its label, is answered with the closest roles before any analysis (issue 12)', () => {
  const tech = fileURLToPath(new URL('../../../shared/data/listings/tech-leadership', import.meta.url));
  for (const typo of ['vp-enginering', 'VP Engineering']) {
    const r = roleprint(dir, 'report', tech, '--role', typo);
    assert.equal(r.code, 2, typo);
    assert.match(r.stderr, /did you mean "vp-engineering"/, typo);
    // Refused before analysis: no "analyzed N listings" line.
    assert.doesNotMatch(r.stderr, /analyzed \d+ listings/, typo);
  }
});

test('report without --role over listings of several roles says so on stderr; one role or a --label stays quiet (issue 12)', () => {
  const csv = join(dir, 'jobs', 'mixed.csv');
  mkdirSync(join(dir, 'jobs'), { recursive: true });
  writeFileSync(
    csv,
    'id,title,description\n' +
      '1,Chief Technology Officer,Lead the engineering team and own the technical roadmap and budget.\n' +
      '2,Data Scientist,Build predictive models in Python and present results to stakeholders.\n' +
      '3,Registered Nurse,Plan and deliver patient care on a busy surgical ward.\n',
  );
  const r = roleprint(dir, 'report', csv, '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /\nnote: profiling 3 listings of 3 roles together \([a-z-]+ 33%, [a-z-]+ 33%, [a-z-]+ 33%…\); pass --role to profile one/,
  );
  const labelled = roleprint(dir, 'report', csv, '--format', 'json', '--label', 'Mixed export');
  assert.doesNotMatch(labelled.stderr, /note:/);
});

test('rejected records exit 0 by default and 3 with --strict, before or after the command (issue 12)', () => {
  const file = join(dir, 'one-bad.jsonl');
  writeFileSync(
    file,
    '{"id":"1","title":"CTO","description":"Lead the engineering team."}\n{"id":"2","title":"CTO"}\n',
  );
  const lenient = roleprint(dir, 'ingest', file, '--db', join(dir, 'strict-a.db'));
  assert.equal(lenient.code, 0, lenient.stderr);
  assert.match(lenient.stdout, /1 record\(s\) rejected/);
  assert.equal(roleprint(dir, 'ingest', file, '--db', join(dir, 'strict-b.db'), '--strict').code, 3);
  assert.equal(roleprint(dir, '--strict', 'ingest', file, '--db', join(dir, 'strict-c.db')).code, 3);
});

test('a PostgreSQL URL naming a database that does not exist says how to create it (issue 12)', () => {
  const r = roleprint(
    dir,
    'ingest',
    '../shared/data/listings/tech-leadership',
    '--db',
    'postgres://postgres@127.0.0.1:5432/roleprint_no_such_db',
  );
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    'roleprint: Cannot connect to PostgreSQL at postgres://postgres@127.0.0.1:5432/roleprint_no_such_db: database "roleprint_no_such_db" does not exist; create it first (createdb -h 127.0.0.1 -U postgres roleprint_no_such_db, or in psql: CREATE DATABASE "roleprint_no_such_db";), or name an existing database in the URL\n',
  );
});
