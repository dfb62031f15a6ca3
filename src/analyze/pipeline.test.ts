import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RoleprintError } from '../errors.ts';
import type { AnalyzeComponent } from './component.ts';
import { checkPipeline, createAnalyzer } from './pipeline.ts';

const sections: AnalyzeComponent<'sections'> = {
  name: 'sections',
  reads: ['text'],
  writes: ['sections'],
  run: () => ({ sections: [] }),
};
const statements: AnalyzeComponent<'statements'> = {
  name: 'statements',
  reads: ['sections'],
  writes: ['statements'],
  run: (doc) => ({ statements: doc.sections?.length === 0 ? [] : [] }),
};
const skills: AnalyzeComponent<'skills'> = {
  name: 'skills',
  reads: ['text', 'sections'],
  writes: ['skills'],
  run: () => ({ skills: [] }),
};
const concepts: AnalyzeComponent<'concepts'> = {
  name: 'concepts',
  reads: ['text', 'sections', 'statements', 'skills'],
  writes: ['concepts'],
  run: () => ({ concepts: [] }),
};
const role: AnalyzeComponent<'role'> = {
  name: 'role',
  reads: ['title'],
  writes: ['role'],
  run: (d) => ({ role: d.title ? null : null }),
};

test('checkPipeline() returns the explain table in order', () => {
  const table = checkPipeline([sections, statements, skills, concepts, role]);
  assert.deepEqual(
    table.map((s) => s.name),
    ['sections', 'statements', 'skills', 'concepts', 'role'],
  );
  assert.deepEqual(table[1], { name: 'statements', reads: ['sections'], writes: ['statements'] });
});

test('checkPipeline() rejects a component that reads a field written later', () => {
  assert.throws(
    () => checkPipeline([statements, sections, skills, concepts, role]),
    (e: unknown) => {
      assert.ok(e instanceof RoleprintError);
      assert.equal(e.code, 'CONFIG');
      assert.match(e.message, /component "statements" reads "sections", which no earlier component writes/);
      return true;
    },
  );
});

test('checkPipeline() rejects a missing writer and a double writer', () => {
  assert.throws(() => checkPipeline([sections, statements, skills, role]), /never written: concepts/);
  const again: AnalyzeComponent<'sections'> = { ...sections, name: 'sections2' };
  assert.throws(
    () => checkPipeline([sections, again, statements, skills, concepts, role]),
    /"sections" is written twice/,
  );
});

test('createAnalyzer() runs components in order and keeps the clean fields', () => {
  // Each stub records when it ran and what it saw: a later component must see what an earlier one wrote.
  const ran: string[] = [];
  const stub = <K extends 'sections' | 'statements'>(
    name: K,
    reads: ('text' | 'sections')[],
    value: () => unknown,
  ): AnalyzeComponent<K> =>
    ({
      name,
      reads,
      writes: [name],
      run(doc: Record<string, unknown>) {
        ran.push(`${name}:${reads.map((r) => (doc[r] === undefined ? `no ${r}` : r)).join(',')}`);
        return { [name]: value() };
      },
    }) as unknown as AnalyzeComponent<K>;
  const analyze = createAnalyzer([
    stub('sections', ['text'], () => []),
    stub('statements', ['text', 'sections'], () => []),
    skills,
    concepts,
    role,
  ]);
  const out = analyze({
    id: 'a',
    key: 's#1',
    source: 's',
    recordKey: '1',
    locator: 'row 1',
    title: 'CTO',
    titles: ['CTO'],
    company: null,
    location: null,
    url: null,
    postedAt: null,
    remote: null,
    salary: null,
    meta: {},
    text: 'x',
    contentHash: 'h',
  });
  assert.deepEqual(ran, ['sections:text', 'statements:text,sections']);
  assert.equal(out.id, 'a');
  assert.deepEqual(
    [out.sections, out.statements, out.skills, out.role, out.concepts],
    [[], [], [], null, []],
  );
});
