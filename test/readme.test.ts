// The README's extract examples and skill-linking figures, run through the CLI as a user would run them (issue 8):
// every `echo '…' | roleprint extract …` line must end in `# skills: [labels…]` and print exactly those labels, and
// every `$ roleprint eval skills …` block must print exactly the table under it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const BIN = fileURLToPath(new URL('../bin/roleprint.js', import.meta.url));

/** Runs the CLI from the repository root (README paths are relative to it). */
function roleprint(args: string[], input = ''): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  assert.equal(r.status, 0, `roleprint ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Splits a README command's arguments (no quoting inside; the examples keep to plain words and paths). */
function words(s: string): string[] {
  return s.trim().split(/\s+/).filter(Boolean);
}

const EXTRACT = /^(?:\$ )?echo '([^']*)' \| roleprint extract([^#]*?)\s+# skills: (\[.*\])\s*$/;
const extractLines = README.split('\n').filter((l) => l.includes('| roleprint extract'));

describe('README extract examples', () => {
  it('are all annotated with the skills they print', () => {
    assert.ok(extractLines.length >= 2, 'the README shows at least a literal and a ranked example');
    for (const l of extractLines) assert.match(l, EXTRACT);
  });

  for (const l of extractLines) {
    const m = EXTRACT.exec(l);
    if (!m) continue;
    const [, input = '', flags = '', labels = '[]'] = m;
    it(`print what they promise: roleprint extract${flags}`, () => {
      const out = roleprint(['extract', ...words(flags)], `${input}\n`);
      const doc = JSON.parse(out.trim()) as { skills: { label: string }[] };
      assert.deepEqual(
        doc.skills.map((s) => s.label),
        JSON.parse(labels) as string[],
      );
    });
  }
});

/** `$ roleprint eval skills …` commands with the output lines under them, up to the next command or fence. */
function evalBlocks(): { args: string[]; expected: string }[] {
  const lines = README.split('\n');
  const out: { args: string[]; expected: string }[] = [];
  lines.forEach((l, i) => {
    const m = /^\$ roleprint (eval skills .*)$/.exec(l);
    if (!m) return;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] as string;
      if (next.startsWith('$ ') || next.startsWith('```')) break;
      body.push(next);
    }
    out.push({ args: words(m[1] as string), expected: body.join('\n') });
  });
  return out;
}

describe('README skill-linking figures', () => {
  const blocks = evalBlocks();
  it('are quoted with the command that prints them', () => {
    assert.ok(blocks.length >= 2, 'held-out and full-file figures');
  });
  for (const b of blocks) {
    it(`are what roleprint ${b.args.join(' ')} prints`, () => {
      assert.equal(roleprint(b.args).trimEnd(), b.expected.trimEnd());
    });
  }
});
