/**
 * Measures `roleprint fit` on the shared résumés: for each résumé whose category has a corresponding role in the
 * store, the rank of the first corresponding role among all roles with enough listings.
 * Usage: node --import tsx scripts/measure-fit.ts STORE [RESUMES.jsonl] [--plain]
 * The store should hold the shared listings (roleprint ingest ../shared/data/listings --db STORE).
 * @module
 */
import { fitResumes } from '../src/app/index.ts';
import { readResumes } from '../src/resume/index.ts';
import { openStore } from '../src/store/index.ts';

/**
 * The roles of the shared listings each résumé category corresponds to (categories with none are left out: HR,
 * Civil Engineer, Mechanical Engineer, Arts, Health and fitness have no role with 20 or more listings).
 */
export const CATEGORY_ROLES: Record<string, string[]> = {
  'Data Science': ['data-scientist', 'ml-engineer', 'data-analyst'],
  'DevOps Engineer': ['devops-engineer'],
  'Java Developer': ['software-engineer', 'software-developer'],
  'DotNet Developer': ['software-engineer', 'software-developer'],
  'Python Developer': ['software-engineer', 'software-developer'],
  'SAP Developer': ['software-engineer', 'software-developer'],
  Blockchain: ['software-engineer', 'software-developer'],
  'Web Designing': ['software-engineer', 'software-developer', 'designer'],
  Database: ['data-engineer'],
  Hadoop: ['data-engineer'],
  'ETL Developer': ['data-engineer'],
  Testing: ['software-quality-assurance-analyst-and-tester'],
  'Automation Testing': ['software-quality-assurance-analyst-and-tester'],
  Sales: ['account-executive'],
  'Operations Manager': ['operations-manager', 'general-and-operations-manager'],
  'Business Analyst': ['management-analyst', 'computer-systems-analyst', 'data-analyst'],
  'Electrical Engineering': ['electrical-and-electronic-engineering-technologist-and-technician'],
  Advocate: ['lawyer'],
  PMO: ['project-support-officer'],
};

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const plain = process.argv.includes('--plain');
const store = await openStore(args[0] ?? 'roleprint.db');
const resumes = (await readResumes(args[1] ?? '../shared/data/resumes/resumes.jsonl')).filter(
  (r) => r.category !== null && r.category in CATEGORY_ROLES,
);
const fits = await fitResumes(store, resumes, { top: 1000, asOf: '2025-01', specific: !plain });
await store.close();
let first = 0;
let top3 = 0;
const perCategory = new Map<string, { n: number; first: number; top3: number }>();
for (const f of fits) {
  const want = new Set(CATEGORY_ROLES[f.resume.category as string]);
  const rank = f.roles.findIndex((r) => want.has(r.role)) + 1;
  const c = perCategory.get(f.resume.category as string) ?? { n: 0, first: 0, top3: 0 };
  c.n++;
  if (rank === 1) {
    first++;
    c.first++;
  }
  if (rank >= 1 && rank <= 3) {
    top3++;
    c.top3++;
  }
  perCategory.set(f.resume.category as string, c);
  process.stdout.write(
    `${f.resume.id}  ${(f.resume.category as string).padEnd(22)} rank ${String(rank || '-').padStart(3)}  top: ${f.roles
      .slice(0, 3)
      .map((r) => `${r.role} ${r.score}`)
      .join(', ')}\n`,
  );
}
process.stdout.write('\ncategory                 résumés  first  top-3\n');
for (const [cat, c] of [...perCategory].sort())
  process.stdout.write(
    `${cat.padEnd(24)} ${String(c.n).padStart(7)} ${String(c.first).padStart(6)} ${String(c.top3).padStart(6)}\n`,
  );
const n = fits.length;
process.stdout.write(
  `\n${n} résumés with a corresponding role (of ${fits.length + 0} scored); first: ${first}/${n} (${Math.round((100 * first) / n)}%), top 3: ${top3}/${n} (${Math.round((100 * top3) / n)}%)${plain ? ' [plain share weights]' : ''}\n`,
);
