/**
 * Résumé readers: one file (PDF, DOCX, JSON Resume, Markdown, text) or many résumés in one file (CSV, JSONL, a JSON
 * array of `{id, text}`), by extension.
 * @module
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { RoleprintError } from '../errors.ts';
import { docxText } from './docx-text.ts';
import { isJsonResume, jsonResumeText } from './json-resume.ts';
import { pdfText } from './pdf-text.ts';
import type { RawResume } from './resume.ts';

/** Field names a record's text may be under, first found wins. */
const TEXT_FIELDS = ['text', 'resume', 'resume_text', 'Resume', 'Resume_str', 'body', 'content'];
const ID_FIELDS = ['id', 'ID', 'Id', 'resume_id'];
const CATEGORY_FIELDS = ['category', 'Category'];

/** Decodes a text file: UTF-16 by BOM, else UTF-8, else Windows-1252. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function pick(o: Record<string, unknown>, names: readonly string[]): string | null {
  for (const n of names) {
    const v = o[n];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number') return String(v);
  }
  return null;
}

function fromRecord(o: unknown, name: string, locator: string, n: number): RawResume {
  if (isJsonResume(o))
    return {
      id: `${name}#${n}`,
      source: name,
      locator,
      text: jsonResumeText(o),
      format: 'text',
      category: null,
    };
  const rec = (typeof o === 'object' && o !== null ? o : {}) as Record<string, unknown>;
  const text = pick(rec, TEXT_FIELDS);
  if (text === null)
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${name} ${locator} as a résumé: no text field; name it one of ${TEXT_FIELDS.join(', ')}`,
    );
  return {
    id: pick(rec, ID_FIELDS) ?? `${name}#${n}`,
    source: name,
    locator,
    text,
    format: 'text',
    category: pick(rec, CATEGORY_FIELDS),
  };
}

function jsonRecords(text: string, name: string): RawResume[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new RoleprintError('INPUT', `Cannot read ${name} as JSON: ${(cause as Error).message}`, { cause });
  }
  if (Array.isArray(doc)) return doc.map((o, i) => fromRecord(o, name, `item ${i + 1}`, i + 1));
  return [
    { ...fromRecord(doc, name, 'file', 1), id: pick(doc as Record<string, unknown>, ID_FIELDS) ?? name },
  ];
}

function jsonlRecords(text: string, name: string): RawResume[] {
  const out: RawResume[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (cause) {
      throw new RoleprintError(
        'INPUT',
        `Cannot read ${name} as JSONL: line ${i + 1} is not JSON (${(cause as Error).message})`,
        { cause },
      );
    }
    out.push(fromRecord(o, name, `line ${i + 1}`, i + 1));
  });
  return out;
}

function csvRecords(text: string, name: string, delimiter: string): RawResume[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: true,
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (cause) {
    throw new RoleprintError('INPUT', `Cannot read ${name} as CSV: ${(cause as Error).message}`, { cause });
  }
  return rows.map((r, i) => fromRecord(r, name, `row ${i + 2}`, i + 1));
}

/**
 * Reads the résumés in one file's bytes, by its extension; throws RoleprintError('INPUT') naming the file and the
 * reason when it holds none (an empty file, a PDF without text, a record without text).
 * @example
 * const [r] = await parseResumes(Buffer.from('# Ada\n## Skills\n- Python'), 'ada.md');
 * assert.deepEqual([r?.id, r?.format], ['ada.md', 'markdown']);
 */
export async function parseResumes(bytes: Buffer, name: string): Promise<RawResume[]> {
  const ext = extname(name).toLowerCase();
  const one = (text: string, format: RawResume['format']): RawResume[] => [
    { id: basename(name), source: name, locator: 'file', text, format, category: null },
  ];
  let out: RawResume[];
  if (ext === '.pdf') out = one(await pdfText(bytes, name), 'text');
  else if (ext === '.docx') out = one(await docxText(bytes, name), 'html');
  else {
    const text = decode(bytes);
    if (text.trim() === '')
      throw new RoleprintError('INPUT', `Cannot read ${name} as a résumé: the file is empty`);
    if (ext === '.json') out = jsonRecords(text, name);
    else if (ext === '.jsonl' || ext === '.ndjson') out = jsonlRecords(text, name);
    else if (ext === '.csv') out = csvRecords(text, name, ',');
    else if (ext === '.tsv') out = csvRecords(text, name, '\t');
    else if (ext === '.md' || ext === '.markdown') out = one(text, 'markdown');
    else if (ext === '.html' || ext === '.htm') out = one(text, 'html');
    else out = one(text, 'text');
  }
  for (const r of out)
    if (!/\p{L}{2}/u.test(r.text))
      throw new RoleprintError('INPUT', `Cannot read ${name} ${r.locator} as a résumé: it holds no text`);
  if (out.length === 0) throw new RoleprintError('INPUT', `Cannot read ${name}: it holds no résumés`);
  return out;
}

/**
 * Reads the résumés in a file, or in every file of a folder (sorted by name).
 * @example
 * await assert.rejects(readResumes('missing.pdf'), /Cannot read missing.pdf/);
 */
export async function readResumes(path: string): Promise<RawResume[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new RoleprintError('INPUT', `Cannot read ${path}: no such file or folder`, { cause });
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    const out: RawResume[] = [];
    for (const n of names) out.push(...(await readResumes(join(path, n))));
    return out;
  }
  return parseResumes(await readFile(path), path);
}
