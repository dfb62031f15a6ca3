// Finds the `@example` blocks in the doc comments of a TypeScript source file (issue 12, deliverable 8).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `@example` block: where it is, what it documents and its code, the comment's ` * ` prefixes removed. */
export interface Example {
  /** The file's path from the repository root, with `/` separators. */
  file: string;
  /** The 1-based line of the `@example` tag. */
  line: number;
  /** The name the doc comment documents: an export, or `Class.member` / `Type.field` inside one. */
  name: string;
  code: string;
}

const DECLARATION =
  /^\s*(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/;
const MEMBER =
  /^\s*(?:(?:public|private|protected|static|readonly|async|override|get|set)\s+)*\*?\s*([A-Za-z_$][\w$]*)\s*[?!]?\s*[(:=<]/;

/**
 * The `@example` blocks of one file's text, in order.
 * @example
 * const [ex] = extractExamples('src/x.ts', '/**\n * Adds.\n * @example\n * assert.equal(add(1, 2), 3);\n *\/\nexport function add() {}');
 * assert.deepEqual(ex, { file: 'src/x.ts', line: 3, name: 'add', code: 'assert.equal(add(1, 2), 3);' });
 */
export function extractExamples(file: string, text: string): Example[] {
  const lines = text.split('\n');
  const out: Example[] = [];
  let owner: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const top = DECLARATION.exec(lines[i] as string);
    if (top && /^(export\s|class\s|interface\s|type\s)/.test(lines[i] as string)) owner = top[1] as string;
    if (!/^\s*\*\s*@example\s*$/.test(lines[i] as string)) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (/^\s*\*\//.test(l) || /^\s*\*\s*@\w+/.test(l)) break;
      body.push(l.replace(/^\s*\* ?/, ''));
    }
    let k = j;
    while (k < lines.length && !/\*\//.test(lines[k] as string)) k++;
    out.push({ file, line: i + 1, name: declaredName(lines, k + 1, owner), code: body.join('\n').trim() });
  }
  return out;
}

function declaredName(lines: string[], from: number, owner: string | null): string {
  let i = from;
  while (i < lines.length && /^\s*(@|\/\/|$)/.test(lines[i] as string)) i++;
  const l = lines[i] ?? '';
  const top = DECLARATION.exec(l);
  if (top && !/^\s/.test(l)) return top[1] as string;
  const member = MEMBER.exec(l) ?? DECLARATION.exec(l);
  if (member) return owner ? `${owner}.${member[1]}` : (member[1] as string);
  return owner ?? '(unknown)';
}

/** Every non-test `.ts` file under `dir`, as paths from `root` with `/` separators, sorted. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts'))
        out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(join(root, dir));
  return out.sort();
}
