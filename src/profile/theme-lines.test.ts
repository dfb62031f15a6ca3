import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Line } from './profile-lines.ts';
import { fixtureLookup } from './testing.ts';
import { groupLines } from './theme-lines.ts';

// A duty line said by `count` listings from `from` on, its member a topic of that label.
const line = (id: string, label: string, from: number, count: number) =>
  ({
    kind: 'duty',
    members: [{ id, info: { kind: 'topic', label } }],
    listings: Array.from({ length: count }, (_, i) => from + i),
  }) as unknown as Line;
// A named tool's skill line, said by `count` listings from `from` on.
const tool = (id: string, label: string, from: number, count: number) =>
  ({
    kind: 'skill',
    members: [{ id, info: { kind: 'skill', skillType: 'tool', label } }],
    listings: Array.from({ length: count }, (_, i) => from + i),
  }) as unknown as Line;
const ids = (themes: ReturnType<typeof groupLines>) =>
  themes.map((t) => t.lines.map((l) => l.members[0]?.id).join(' '));

test('groupLines() puts a line past the most common ones beside a theme of a near area with room, and only there', () => {
  // Twelve more common lines of no area fill their own themes; two programming lines make a software engineering
  // theme with room. Agile delivery, the fifteenth line and an area an analyst writes beside software engineering,
  // goes with them at all (0.65 × 0.1 ≥ 0.2 / 4) though too loosely to be grouped with them: it joins them. "Budget
  // planning", as common and as close, is of an area not near, and stays out.
  const lines = [
    ...Array.from({ length: 12 }, (_, k) => line(`h${k}`, `qq${k}`, 0, 60 - k)),
    line('p1', 'python programming', 100, 30),
    line('p2', 'java programming', 100, 28),
    line('b', 'budget planning', 200, 20),
    line('a', 'agile development', 300, 18),
  ];
  const lookup = fixtureLookup([], (x, y) => {
    const pair = [x[0], y[0]].sort().join('');
    return pair === 'hh' ? 0.9 : pair === 'pp' ? 0.6 : pair === 'ap' || pair === 'bp' ? 0.1 : 0;
  });
  const themes = ids(groupLines(lines, 400, lookup, { minThemes: 2 }));
  assert.ok(themes.includes('p1 p2 a'), themes.join(' | '));
  assert.ok(!themes.some((t) => t.split(' ').includes('b')), themes.join(' | '));
});

test('groupLines() counts three named tools as one line when a theme takes a line of its area, and themes a line left alone', () => {
  // Four tools and "computer programming" make a software engineering theme: five lines, three shown once the tools
  // read as one bundle, so it has room. "Website design" (software engineering) and "end-to-end ownership" (agile
  // delivery, near it) are said by the same listings and grouped together; website design goes to its area's theme,
  // and ownership, left alone and among the most common lines, joins that theme beside it.
  const lines = [
    tool('t1', 'Python', 0, 80),
    tool('t2', 'TypeScript', 0, 78),
    line('w1', 'end-to-end ownership', 200, 60),
    tool('t3', 'React', 0, 58),
    line('w2', 'website design', 200, 50),
    tool('t4', 'Java', 0, 45),
    line('p', 'computer programming', 0, 40),
  ];
  const lookup = fixtureLookup([], (x, y) => {
    const pair = [x[0], y[0]].sort().join('');
    return pair === 'tt' || pair === 'pt'
      ? 0.7
      : pair === 'ww'
        ? 0.6
        : pair === 'pw' || pair === 'tw'
          ? 0.1
          : 0;
  });
  const themes = ids(groupLines(lines, 400, lookup, { minThemes: 1 }));
  assert.ok(!themes.includes(''), themes.join(' | '));
  assert.ok(
    themes.some((t) => ['w1', 'w2', 't1'].every((id) => t.split(' ').includes(id))),
    themes.join(' | '),
  );
});

test('groupLines() themes each of the three most common lines, though two tight families alone theme enough lines', () => {
  // Six "h" and four "k" lines go together tightly and theme ten of the twelve lines at the first floor tried; the most
  // common line, "a", goes only loosely with "x" (0.65 × 0.5), and is themed once the floor comes down to that link.
  const lines = [
    line('a', 'zz-a', 0, 80),
    ...Array.from({ length: 6 }, (_, k) => line(`h${k}`, `qq${k}`, 100, 60 - k)),
    ...Array.from({ length: 4 }, (_, k) => line(`k${k}`, `ww${k}`, 300, 40 - k)),
    line('x', 'zz-x', 500, 20),
  ];
  const lookup = fixtureLookup([], (p, q) => {
    const pair = [p[0], q[0]].sort().join('');
    return pair === 'hh' || pair === 'kk' ? 0.9 : pair === 'ax' ? 0.5 : 0;
  });
  const themes = ids(groupLines(lines, 600, lookup, { minThemes: 2 }));
  assert.ok(themes.includes('a x'), themes.join(' | '));
});

test('groupLines() puts a group of named technologies only beside the theme showing the most of them', () => {
  // Python, TypeScript and "computer programming" make a software engineering theme; React and Node.js, said by other
  // listings (front-end work), group on their own. They name no competency area, and they go with the languages at
  // all (0.65 × 0.3 ≥ 0.2 / 4): the stack reads as one bundle, not split over two themes.
  const lines = [
    tool('t1', 'Python', 0, 80),
    tool('t2', 'TypeScript', 0, 78),
    tool('r1', 'React', 200, 70),
    tool('r2', 'Node.js', 200, 65),
    line('p', 'computer programming', 0, 40),
  ];
  const lookup = fixtureLookup([], (x, y) => {
    const pair = [x[0], y[0]].sort().join('');
    return pair === 'tt' || pair === 'rr' || pair === 'pt' ? 0.6 : pair === 'rt' ? 0.3 : 0;
  });
  const themes = ids(groupLines(lines, 400, lookup, { minThemes: 1 }));
  assert.deepEqual(themes, ['t1 t2 r1 r2 p']);
});
