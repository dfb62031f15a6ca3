/**
 * Task verbs in base form and the inflections listings use ("Leading", "Manages", "Built" → lead, manage, build).
 * The verb list is the base-form verbs that open three or more O*NET 29.2 Task Statements (CC BY 4.0;
 * physical-trade verbs and noun-like words such as "report", "model" dropped) plus verbs common in tech listings.
 * @module
 */
import { memoizeString } from '../../memoize.ts';

const VERB_LIST = [
  'accelerate accompany acquire activate adapt add address adhere adjust administer adopt advise',
  'advocate aid alert align allocate alter analyse analyze announce answer apply appoint appraise',
  'approve architect archive arrange articulate assemble assess assign assist attach attend authorize',
  'automate benchmark break bridge brush build buy calculate calibrate care champion check choose',
  'classify clean clear close coach code collaborate collect communicate compare compile complete',
  'comply compose compute conduct confer configure connect consider construct consult contact',
  'contribute control convert coordinate copy correct correspond counsel count craft create cultivate',
  'customize cut debug decide decorate define deliver demonstrate deploy describe design detect',
  'determine develop devise diagnose direct disassemble disconnect discuss dismantle dispose',
  'disseminate distinguish distribute document draft draw drive duplicate edit educate embed employ',
  'empower enable encourage enforce engage ensure enter establish estimate evaluate evangelize evolve',
  'examine exchange execute exercise expand experiment explain explore extract fabricate facilitate',
  'feed fill fine-tune finish fit follow forecast formulate foster gather generate grow guide handle',
  'heat help hire hold identify implement improve incorporate increase influence inform initiate',
  'innovate input insert inspect inspire install instruct instrument integrate interpret interview',
  'invent investigate iterate join keep launch lead learn leverage liaise locate maintain make manage',
  'manipulate measure mediate meet mentor modernize modify monitor move negotiate notify nurture',
  'observe obtain offer open operate operationalize optimise optimize organise organize overhaul',
  'oversee own participate partner pay perform photograph place plan polish prepare prescribe present',
  'preserve press print prioritise prioritize process procure produce productionize promote proofread',
  'propose protect prototype provide publish purchase question raise reassemble rebuild receive',
  'recognize recommend reconcile recruit redesign reduce refactor refer register regulate relay release',
  'remove render rent repair replace replenish report represent reproduce request rescue research',
  'reserve reset resolve respond retrieve return review revise rewire roll route run scale scan',
  'schedule screen search secure seek select sell send serve set settle shape ship show solicit sort',
  'speak spearhead specialize specify sponsor spread standardise steer stop store streamline study',
  'submit suggest summarize supervise supply support survey suspend synchronize take teach tend test',
  'testify think thrive trace track train transcribe transfer translate transmit transport travel treat',
  'troubleshoot tune unblock update uphold upload use utilise validate verify visit warn withdraw work',
  'write',
]
  .join(' ')
  .split(' ');

const VERBS: ReadonlySet<string> = new Set(VERB_LIST);

const IRREGULAR: Record<string, string> = {
  led: 'lead',
  built: 'build',
  drove: 'drive',
  driven: 'drive',
  ran: 'run',
  made: 'make',
  wrote: 'write',
  written: 'write',
  took: 'take',
  taken: 'take',
  grew: 'grow',
  grown: 'grow',
  brought: 'bring',
  bring: 'bring',
  bringing: 'bring',
  brings: 'bring',
  taught: 'teach',
  sought: 'seek',
  held: 'hold',
  kept: 'keep',
  met: 'meet',
  sold: 'sell',
  spent: 'spend',
  understood: 'understand',
  oversaw: 'oversee',
  overseen: 'oversee',
  oversees: 'oversee',
  overseeing: 'oversee',
  shaping: 'shape',
  thought: 'think',
  chose: 'choose',
  gave: 'give',
  shipped: 'ship',
};

// -ing words that are nouns when they open a listing line ("Engineering degree", "Understanding of SQL").
const ING_NOUNS: ReadonlySet<string> = new Set([
  'understanding',
  'engineering',
  'marketing',
  'accounting',
  'programming',
  'computing',
  'networking',
  'nursing',
  'banking',
  'learning',
  'funding',
  'pricing',
  'clothing',
  'housing',
  'staffing',
  'messaging',
  'experience',
]);

/**
 * Returns the base form of a task verb in any of its common inflections, or null when the word is not one.
 * @example
 * assert.equal(toBaseVerb('leading'), 'lead');
 * assert.equal(toBaseVerb('Manages'), 'manage');
 * assert.equal(toBaseVerb('kubernetes'), null);
 */
export const toBaseVerb: (word: string) => string | null = memoizeString(baseVerbOf, 50_000);

// Called on every segment's first word and on statements' leading words, which recur from listing to listing.
function baseVerbOf(word: string): string | null {
  const w = word.toLowerCase();
  if (VERBS.has(w)) return w;
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (ING_NOUNS.has(w)) return null;
  for (const base of candidates(w)) if (VERBS.has(base)) return base;
  return null;
}

/**
 * Whether a word is a task verb (base form or inflected), as opening a duty line.
 * @example
 * assert.equal(isTaskVerb('designing'), true);
 * assert.equal(isTaskVerb('excellent'), false);
 */
export function isTaskVerb(word: string): boolean {
  return toBaseVerb(word) !== null;
}

function candidates(w: string): string[] {
  const out: string[] = [];
  const stem = (suffix: string): string | null => (w.endsWith(suffix) ? w.slice(0, -suffix.length) : null);
  const ing = stem('ing');
  if (ing && ing.length >= 2) out.push(ing, `${ing}e`, undouble(ing));
  const ed = stem('ed');
  if (ed && ed.length >= 2) out.push(ed, `${ed}e`, undouble(ed));
  const ied = stem('ied');
  if (ied) out.push(`${ied}y`);
  const ies = stem('ies');
  if (ies) out.push(`${ies}y`);
  const es = stem('es');
  if (es) out.push(es);
  const s = stem('s');
  if (s && !w.endsWith('ss')) out.push(s);
  return out;
}

// running → run, planned → plan
function undouble(stem: string): string {
  return /([bdfgklmnprtz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}
