/**
 * `npm run build:taxonomy`: compiles ESCO 1.1.1 skills and O*NET 29.2 tools from ../shared into
 * data/taxonomy/taxonomy.json.gz, the only taxonomy the product reads at run time.
 * Usage: node --import tsx scripts/build-taxonomy.ts [--shared DIR] [--out DIR]
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { ARTIFACT_FILE, ARTIFACT_VERSION, type TaxonomyArtifact } from '../src/taxonomy/artifact.ts';
import { labelKey } from '../src/taxonomy/label-key.ts';
import { toolSlug } from '../src/taxonomy/tool-slug.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const shared = resolve(arg('--shared', join(ROOT, '..', 'shared')));
const outDir = resolve(arg('--out', join(ROOT, 'data', 'taxonomy')));
const esco = join(shared, 'data', 'taxonomy', 'esco-1.1.1');
const onet = join(shared, 'data', 'taxonomy', 'onet-29.2');

type Row = Record<string, string>;
const csv = (path: string): Row[] =>
  parse(readFileSync(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
  }) as Row[];
const tsv = (path: string): Row[] =>
  parse(readFileSync(path, 'utf8'), {
    columns: true,
    delimiter: '\t',
    quote: false,
    skip_empty_lines: true,
  }) as Row[];
const lines = (s: string | undefined): string[] =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---- ESCO skills, sorted by URI so indices are stable across builds.
const skills = csv(join(esco, 'skills_en.csv')).sort((a, b) =>
  byString(a.conceptUri ?? '', b.conceptUri ?? ''),
);
const art: TaxonomyArtifact = {
  format: 'roleprint-taxonomy',
  version: ARTIFACT_VERSION,
  sources: { esco: 'ESCO v1.1.1 (© European Union)', onet: 'O*NET 29.2 (CC BY 4.0)' },
  concepts: { uri: [], label: [], type: [], reuse: [], alt: [], hidden: [], description: [], parents: [] },
  groups: { uri: [], label: [], parent: [] },
  tools: { name: [], commodity: [], hot: [], kind: [], occupations: [], concept: [] },
  relations: [],
};
const conceptIndex = new Map<string, number>();
for (const s of skills) {
  const c = art.concepts;
  conceptIndex.set(s.conceptUri as string, c.uri.length);
  c.uri.push(s.conceptUri as string);
  c.label.push((s.preferredLabel ?? '').trim());
  c.type.push(s.skillType ?? '');
  c.reuse.push(s.reuseLevel ?? '');
  const pref = (s.preferredLabel ?? '').trim();
  c.alt.push(
    lines(s.altLabels)
      .filter((a) => a !== pref)
      .join('\n'),
  );
  c.hidden.push(lines(s.hiddenLabels).join('\n'));
  c.description.push((s.description ?? '').replace(/\s+/g, ' ').trim());
  c.parents.push([]);
}

// ---- ESCO skill groups and the broader relations (skill → group, skill → skill, group → group).
const groupRows = csv(join(esco, 'skillGroups_en.csv'));
const hierarchy = csv(join(esco, 'skillsHierarchy_en.csv'));
const groupLabel = new Map<string, string>();
for (const g of groupRows) groupLabel.set(g.conceptUri as string, (g.preferredLabel ?? '').trim());
for (const h of hierarchy)
  for (const level of ['0', '1', '2', '3']) {
    const uri = h[`Level ${level} URI`];
    const label = h[`Level ${level} preferred term`];
    if (uri && label && !groupLabel.has(uri)) groupLabel.set(uri, label.trim());
  }
const broader = csv(join(esco, 'broaderRelationsSkillPillar.csv')).sort(
  (a, b) =>
    byString(a.conceptUri ?? '', b.conceptUri ?? '') || byString(a.broaderUri ?? '', b.broaderUri ?? ''),
);
const groupIndex = new Map<string, number>();
const addGroup = (uri: string, label: string): number => {
  let i = groupIndex.get(uri);
  if (i === undefined) {
    i = art.groups.uri.length;
    groupIndex.set(uri, i);
    art.groups.uri.push(uri);
    art.groups.label.push(label);
    art.groups.parent.push(-1);
  }
  return i;
};
for (const uri of [...groupLabel.keys()].sort(byString)) addGroup(uri, groupLabel.get(uri) as string);
for (const b of broader) {
  const from = b.conceptUri as string;
  const to = b.broaderUri as string;
  if (b.conceptType === 'SkillGroup') {
    const gi = addGroup(from, groupLabel.get(from) ?? from);
    if (art.groups.parent[gi] === -1) art.groups.parent[gi] = addGroup(to, groupLabel.get(to) ?? to);
    continue;
  }
  const ci = conceptIndex.get(from);
  if (ci === undefined) continue;
  const parent =
    b.broaderType === 'SkillGroup'
      ? addGroup(to, groupLabel.get(to) ?? to)
      : -((conceptIndex.get(to) ?? -1) + 1);
  if (parent !== 0) art.concepts.parents[ci]?.push(parent);
}
// Groups before broader skills: the first parent gives the most direct group path.
for (const p of art.concepts.parents) p.sort((a, b) => (a >= 0 && b < 0 ? -1 : a < 0 && b >= 0 ? 1 : 0));

// ---- Skill–skill relations.
for (const r of csv(join(esco, 'skillSkillRelations.csv'))) {
  const a = conceptIndex.get(r.originalSkillUri as string);
  const b = conceptIndex.get(r.relatedSkillUri as string);
  if (a !== undefined && b !== undefined) art.relations.push(a, b, r.relationType === 'essential' ? 1 : 0);
}

// ---- ESCO label keys, to link O*NET tool names to the concept they name.
const labelTargets = new Map<string, Set<number>>();
const preferredKey = new Map<string, Set<number>>();
const addKey = (map: Map<string, Set<number>>, label: string, i: number): void => {
  const k = labelKey(label);
  if (!k) return;
  const set = map.get(k) ?? new Set<number>();
  set.add(i);
  map.set(k, set);
};
art.concepts.label.forEach((label, i) => {
  const bare = label.replace(/\s*\([^)]*\)\s*$/, '');
  for (const l of [label, bare, ...lines(art.concepts.alt[i])]) addKey(labelTargets, l, i);
  addKey(preferredKey, bare, i);
});
// Vendor names O*NET prefixes to product names ("Oracle Java", "Microsoft Visio").
const VENDORS = /^(microsoft|oracle|apache|adobe|ibm|sap|google|amazon|atlassian|autodesk|red hat|apple)\s+/i;
// Tools whose bare name is an ESCO preferred label for something else: ESCO "SPARK" is the Ada dialect,
// "migration" is people moving, "database" is the generic notion, not Oracle's product.
const NO_LINK = new Set(['apache spark', 'oracle database', 'migration software', 'reporting software']);
/**
 * The ESCO concept a tool is (its name, without " software" or a vendor prefix, is a preferred label), or the
 * ESCO concept that lists the name among its alternative labels (a broader concept: Bash → computer programming).
 */
function linkTool(name: string): { same: number | null; broader: number | null } {
  if (NO_LINK.has(name.toLowerCase())) return { same: null, broader: null };
  const keys = [name, name.replace(/\s+software$/i, ''), name.replace(VENDORS, '')].map(labelKey);
  for (const k of keys) {
    const pref = preferredKey.get(k);
    if (pref && pref.size === 1) return { same: [...pref][0] as number, broader: null };
  }
  for (const k of keys) {
    const any = labelTargets.get(k);
    if (any && any.size === 1) return { same: null, broader: [...any][0] as number };
  }
  return { same: null, broader: null };
}

// ---- O*NET tools: one row per distinct name; software from Technology Skills, physical from Tools Used.
interface ToolAcc {
  name: string;
  kind: string;
  commodity: Map<string, number>;
  hot: boolean;
  occupations: Set<string>;
}
const toolsByName = new Map<string, ToolAcc>();
const commodityTitle = new Map<string, string>();
const readTools = (file: string, kind: string): void => {
  for (const r of tsv(join(onet, file))) {
    const name = (r.Example ?? '').trim();
    if (!name) continue;
    const key = name.toLowerCase();
    const t = toolsByName.get(key) ?? {
      name,
      kind,
      commodity: new Map(),
      hot: false,
      occupations: new Set(),
    };
    const code = r['Commodity Code'] ?? '';
    commodityTitle.set(code, (r['Commodity Title'] ?? '').trim());
    t.commodity.set(code, (t.commodity.get(code) ?? 0) + 1);
    if (r['Hot Technology'] === 'Y') t.hot = true;
    t.occupations.add(r['O*NET-SOC Code'] ?? '');
    toolsByName.set(key, t);
  }
};
readTools('Technology Skills.txt', 'software');
readTools('Tools Used.txt', 'physical');
const usedSlugs = new Set<string>();
const linked: string[] = [];
for (const t of [...toolsByName.values()].sort((a, b) => byString(a.name, b.name))) {
  const code = [...t.commodity.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]?.[0] ?? '';
  const commodity = addGroup(`roleprint:commodity/${code}`, commodityTitle.get(code) ?? code);
  const link = linkTool(t.name);
  let concept = link.same;
  if (concept !== null) linked.push(`${t.name} → ${art.concepts.label[concept]}`);
  else {
    let slug = toolSlug(t.name);
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${toolSlug(t.name)}-${n}`;
    usedSlugs.add(slug);
    const c = art.concepts;
    concept = c.uri.length;
    c.uri.push(`roleprint:tool/${slug}`);
    c.label.push(t.name);
    c.type.push('tool');
    c.reuse.push('');
    c.alt.push('');
    c.hidden.push('');
    c.description.push(commodityTitle.get(code) ?? '');
    c.parents.push(link.broader === null ? [commodity] : [-(link.broader + 1), commodity]);
  }
  art.tools.name.push(t.name);
  art.tools.commodity.push(commodity);
  art.tools.hot.push(t.hot ? 1 : 0);
  art.tools.kind.push(t.kind);
  art.tools.occupations.push(t.occupations.size);
  art.tools.concept.push(concept);
}

await mkdir(outDir, { recursive: true });
const json = JSON.stringify(art);
const gz = gzipSync(Buffer.from(json), { level: 9 });
writeFileSync(join(outDir, ARTIFACT_FILE), gz);
writeFileSync(join(outDir, 'tool-links.txt'), `${linked.sort(byString).join('\n')}\n`);
process.stdout.write(
  `wrote ${join(outDir, ARTIFACT_FILE)}: ${art.concepts.uri.length} concepts (${skills.length} ESCO), ` +
    `${art.groups.uri.length} groups, ${art.tools.name.length} tools (${linked.length} linked to ESCO), ` +
    `${art.relations.length / 3} relations; ${(json.length / 1e6).toFixed(1)} MB JSON, ${(gz.length / 1e6).toFixed(2)} MB gzip\n`,
);
