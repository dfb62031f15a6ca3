import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoleprintError } from '../errors.ts';
import { loadTaxonomy, SKILL_ALIASES } from './index.ts';

const tax = loadTaxonomy();

describe('loadTaxonomy()', () => {
  it('holds every ESCO 1.1.1 skill and the O*NET tools', () => {
    assert.equal(
      tax.concepts.filter((c) => c.uri.startsWith('http://data.europa.eu/esco/skill/')).length,
      13896,
    );
    assert.equal(tax.tools.length, 26873);
  });

  it('looks concepts up by URI and by label, ignoring case and punctuation', () => {
    const py = tax.byUri('http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d');
    assert.equal(py?.label, 'Python (computer programming)');
    assert.equal(py?.type, 'knowledge');
    assert.deepEqual(
      tax.byLabel('postgresql').map((c) => c.label),
      ['PostgreSQL'],
    );
  });

  it('links an O*NET tool to the ESCO concept it names, and gives others a roleprint id', () => {
    const python = tax.tools.find((t) => t.name === 'Python');
    assert.equal(python?.concept.label, 'Python (computer programming)');
    assert.equal(python?.hot, true);
    const k8s = tax.tools.find((t) => t.name === 'Kubernetes');
    assert.equal(k8s?.concept.uri, 'roleprint:tool/kubernetes');
    assert.equal(k8s?.concept.type, 'tool');
  });

  it('gives the broader group path from the top group down', () => {
    const uri = tax.byLabel('PostgreSQL')[0]?.uri ?? '';
    assert.deepEqual(
      tax.groupPath(uri).map((g) => g.label),
      [
        'knowledge',
        'information and communication technologies (icts)',
        'information and communication technologies (icts)',
        'database and network design and administration',
      ],
    );
  });

  it('gives ESCO skill–skill relations', () => {
    const rel = tax.related('http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2');
    assert.deepEqual(rel, [
      { uri: 'http://data.europa.eu/esco/skill/d4a0744a-508b-4a5e-97a5-ad1fc7f55e6e', essential: false },
    ]);
  });

  it('throws a DATA error naming the fix when the artifact is missing', () => {
    assert.throws(
      () => loadTaxonomy({ path: '/nonexistent/taxonomy.json.gz' }),
      (e: unknown) => e instanceof RoleprintError && e.code === 'DATA' && /build:taxonomy/.test(e.message),
    );
  });
});

describe('SKILL_ALIASES', () => {
  it('points every alias at a concept of the compiled taxonomy', () => {
    const missing = SKILL_ALIASES.filter((a) => tax.byUri(a.uri) === undefined).map((a) => a.label);
    assert.deepEqual(missing, []);
  });
});
