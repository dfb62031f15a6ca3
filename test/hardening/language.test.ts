/**
 * Issue 12, deliverable 5: each listing's language is detected; non-English listings are kept, flagged, counted and
 * left out of English-only analysis, with a note in the report.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, defaultComponents } from '../../src/analyze/index.ts';
import type { CleanListing } from '../../src/clean/index.ts';
import { cleanListing, detectLanguage } from '../../src/clean/index.ts';
import { findListing, readHn, readNhs, readTechLeadership } from '../../src/clean/testing/shared-listings.ts';
import { buildProfile } from '../../src/profile/index.ts';
import { renderMarkdown } from '../../src/report/index.ts';
import { loadConcepts } from '../../src/taxonomy/index.ts';

const BIN = fileURLToPath(new URL('../../bin/roleprint.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'roleprint-language-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function clean(listing: Parameters<typeof cleanListing>[0]): CleanListing {
  const c = cleanListing(listing);
  assert.ok('text' in c, 'the listing cleans');
  return c;
}

// A real German listing from the shared HN runs (control-f, 2026-02), and a real terse English one that trigram
// models alone read as French (A24 Films, 2026-03).
const hn = readHn();
const german = clean(findListing(hn, 'hn-whoishiring-2026/raw_2026-02-01.json', '46911053'));
const terseEnglish = clean(findListing(hn, 'hn-whoishiring-2026/raw_2026-03-15.json', '47222579'));

// Written for this test: a German listing naming Excel and SAP, which English word lists find in any language.
const GERMAN_TEXT = `Sachbearbeiter Buchhaltung (m/w/d)
Ihre Aufgaben: Sie übernehmen die laufende Finanzbuchhaltung und die Vorbereitung der Monats- und Jahresabschlüsse.
Sie pflegen die Kreditoren und Debitoren in SAP und erstellen Auswertungen mit Excel.
Ihr Profil: eine abgeschlossene kaufmännische Ausbildung, sicherer Umgang mit SAP und Excel, Zuverlässigkeit und Teamgeist.`;

test('detectLanguage() reads the shared English listings as English and the German one as German', () => {
  const tech = readTechLeadership().map(clean);
  assert.equal(tech.length, 116);
  assert.deepEqual(
    tech.filter((l) => detectLanguage(`${l.title}\n${l.text}`) !== 'en').map((l) => l.id),
    [],
  );
  const nhs = readNhs().slice(0, 300).map(clean);
  assert.deepEqual(
    nhs.filter((l) => !['en', 'und'].includes(detectLanguage(`${l.title}\n${l.text}`))).map((l) => l.id),
    [],
  );
  assert.equal(detectLanguage(`${german.title}\n${german.text}`), 'de');
  assert.equal(detectLanguage(`${terseEnglish.title}\n${terseEnglish.text}`), 'en');
  assert.equal(detectLanguage(GERMAN_TEXT), 'de');
  assert.equal(
    detectLanguage(
      "Nous recherchons un ingénieur de données pour concevoir et maintenir nos pipelines. Vous travaillerez avec l'équipe produit à Paris et participerez aux choix d'architecture.",
    ),
    'fr',
  );
  // Too short to tell: not flagged, so a one-line listing is still analyzed.
  assert.equal(detectLanguage('Remote (US)'), 'und');
});

test('the analyzer flags a German listing and runs no English-only component on it', async () => {
  const analyze = createAnalyzer(await defaultComponents());
  const de = analyze(clean({ ...german, description: GERMAN_TEXT, format: 'text' } as never));
  assert.equal(de.language, 'de');
  assert.deepEqual([de.sections, de.statements, de.skills, de.concepts], [[], [], [], []]);
  const en = analyze(clean(readTechLeadership()[0] as never));
  assert.equal(en.language, 'en');
  assert.ok(en.skills.length > 0 && en.concepts.length > 0, 'an English listing keeps its analysis');
});

test('a profile leaves non-English listings out of every count and says so in the report', async () => {
  const analyze = createAnalyzer(await defaultComponents());
  const english = readTechLeadership().slice(0, 20).map(clean).map(analyze);
  const de = analyze(german);
  const profile = buildProfile([...english, de], { concepts: loadConcepts() });
  assert.equal(profile.listings.count, 20);
  assert.deepEqual(profile.listings.otherLanguages, [{ language: 'de', count: 1 }]);
  assert.match(
    renderMarkdown(profile),
    /^Sources: tech-leadership\/postings\.jsonl \(20\); 1 listing\(s\) in another language left out \(de 1\): analysis reads English only\.$/m,
  );
  const all = [...profile.responsibilities, ...profile.skills];
  assert.ok(all.every((item) => item.evidence.every((e) => e.listingId !== de.id)));
});

test('extract gives a German listing no skills, names its language, and says why on stderr', () => {
  const file = join(dir, 'de.jsonl');
  writeFileSync(file, `${JSON.stringify({ id: 'de-1', text: GERMAN_TEXT })}\n`);
  const r = spawnSync(process.execPath, [BIN, 'extract', '--input', file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.language, 'de');
  assert.deepEqual(out.skills, [], 'no "Excel" and "SAP" read off German text as if it were English');
  assert.match(
    r.stderr,
    /de-1: the text is in another language \(de\); skills are read from English text only/,
  );
});

test('ingest stores a German listing and counts it in its summary', () => {
  const file = join(dir, 'mixed.jsonl');
  const rows = [
    { id: 'de-1', title: 'Sachbearbeiter Buchhaltung', description: GERMAN_TEXT },
    { id: 'en-1', title: 'Engineering Manager', description: terseEnglish.text },
  ];
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  const db = join(dir, 'mixed.db');
  const r = spawnSync(process.execPath, [BIN, 'ingest', file, '--db', db], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^total +2 +2 +0 +0$/m);
  assert.match(
    r.stdout,
    /^1 new listing\(s\) not in English \(de 1\): stored, and left out of reports, as analysis reads English only$/m,
  );
});
