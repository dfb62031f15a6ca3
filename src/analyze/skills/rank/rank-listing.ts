/**
 * Sentence-level ranking for whole texts: each sentence's ranked ESCO skills ({@link rankSentences}), the text's
 * ranking as the best sentence per skill ({@link rankDocument}), and that ranking with the literal mentions as
 * evidence ({@link rankListingSkills}).
 * @module
 */
import type { Section, SkillMention } from '../../analyzed-listing.ts';
import { splitSentencesWithOffsets, type TextSentence } from '../../sentences.ts';
import { markNeed, NON_SKILL_SECTIONS, sectionAt } from '../mark-need.ts';
import { type SpanTaggerModel, taggedSpans, tagTokens } from '../span-tagger.ts';
import type { RankedSkill, SkillRanker } from './rank-skills.ts';

/** Options for {@link rankSentences}. */
export interface RankSentencesOptions {
  /** Skills ranked per sentence. */
  k: number;
  /** The text's sections: sentences in about, benefits, compensation, legal and apply sections are skipped. */
  sections?: readonly Section[];
  /**
   * Sentences with fewer words are skipped.
   * @default 1
   */
  minWords?: number;
  /**
   * Sentences with more words are skipped.
   * @default no limit
   */
  maxWords?: number;
}

/** One sentence of a text with its k best ESCO skills (calibrated scores, best first). */
export interface SentenceSkills extends TextSentence {
  skills: RankedSkill[];
}

/**
 * Ranks the k best ESCO skills of every sentence of a text (sentences as `splitSentencesWithOffsets` cuts them).
 * @example
 * import { loadRanker } from './index.ts';
 * const [s] = rankSentences(loadRanker(), 'Experience with Python and Django', { k: 3 });
 * assert.equal(s.skills[0].label, 'Python (computer programming)');
 */
export function rankSentences(
  ranker: SkillRanker,
  text: string,
  options: RankSentencesOptions,
): SentenceSkills[] {
  const minWords = options.minWords ?? 1;
  const maxWords = options.maxWords ?? Number.POSITIVE_INFINITY;
  const out: SentenceSkills[] = [];
  for (const s of splitSentencesWithOffsets(text)) {
    const words = s.text.split(/\s+/).length;
    if (words < minWords || words > maxWords) continue;
    const section = sectionAt(options.sections, s.start);
    if (section && NON_SKILL_SECTIONS.has(section.kind)) continue;
    out.push({ ...s, skills: ranker.rank(s.text, options.k) });
  }
  return out;
}

/** A skill of a whole text: its best score over the sentences and the sentences that gave it. */
export interface DocumentSkill extends RankedSkill {
  /** The sentences where the skill scored best (usually one). */
  sentences: TextSentence[];
}

/**
 * Ranks a text's skills from its ranked sentences: each skill scores its best sentence's calibrated probability
 * (so a one-sentence text ranks exactly as its sentence), ties broken by raw score, then URI.
 * @example
 * import { loadRanker } from './index.ts';
 * const doc = rankDocument(rankSentences(loadRanker(), 'We use Python. We deploy on AWS.', { k: 5 }));
 * assert.ok(doc.some((s) => s.label === 'Python (computer programming)'));
 */
export function rankDocument(sentences: readonly SentenceSkills[]): DocumentSkill[] {
  const byUri = new Map<string, DocumentSkill>();
  for (const s of sentences) {
    const where = { start: s.start, end: s.end, text: s.text };
    for (const r of s.skills) {
      const found = byUri.get(r.uri);
      if (found === undefined || r.score > found.score || (r.score === found.score && r.raw > found.raw))
        byUri.set(r.uri, { ...r, sentences: [where] });
      else if (r.score === found.score && r.raw === found.raw) found.sentences.push(where);
    }
  }
  return [...byUri.values()].sort(
    (a, b) => b.score - a.score || b.raw - a.raw || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0),
  );
}

/** Words and punctuation of a sentence, SkillSpan-style, with offsets into the text. */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’+#./-]*[\p{L}\p{N}+#])?|[^\s\p{L}\p{N}]/gu;

function dot(a: Float32Array, b: Float32Array): number {
  let c = 0;
  for (let i = 0; i < a.length; i++) c += (a[i] as number) * (b[i] as number);
  return c;
}

/**
 * Links described skills to the tagger's spans in their sentences: per (sentence, skill) pair, the tagged span the
 * literal matcher did not find whose concept-encoder vector is closest to the skill's label, when it is closer than
 * the whole sentence is (so the span is the better evidence); keyed by skill URI.
 */
function linkTaggedSpans(
  ranker: SkillRanker,
  tagger: SpanTaggerModel,
  targets: readonly { sentence: TextSentence; uri: string; label: string }[],
  literal: readonly SkillMention[],
): Map<string, TextSentence[]> {
  const out = new Map<string, TextSentence[]>();
  const encoder = ranker.model.encoder;
  if (!encoder) return out;
  const named = literal.flatMap((m) => m.spans);
  const covered = (a: number, b: number): boolean => named.some((n) => n.start < b && a < n.end);
  const spansOf = new Map<number, { span: TextSentence; vec: Float32Array }[]>();
  for (const { sentence: s, uri, label } of targets) {
    let spans = spansOf.get(s.start);
    if (spans === undefined) {
      const tokens = [...s.text.matchAll(TOKEN)].map((m) => ({
        text: m[0],
        start: s.start + (m.index ?? 0),
        end: s.start + (m.index ?? 0) + m[0].length,
      }));
      const tags = tagTokens(
        tagger,
        tokens.map((t) => t.text),
        tokens.map((t) => covered(t.start, t.end)),
      );
      spans = taggedSpans(tags).flatMap((t) => {
        const start = tokens[t.start]?.start ?? 0;
        const end = tokens[t.end - 1]?.end ?? 0;
        if (covered(start, end)) return [];
        const text = s.text.slice(start - s.start, end - s.start);
        return [{ span: { start, end, text }, vec: encoder.encode(text) }];
      });
      spansOf.set(s.start, spans);
    }
    if (spans.length === 0) continue;
    const l = encoder.encode(label);
    let best = dot(encoder.encode(s.text), l);
    let link: TextSentence | null = null;
    for (const c of spans) {
      const cos = dot(c.vec, l);
      if (cos > best) {
        best = cos;
        link = c.span;
      }
    }
    if (link) out.set(uri, [...(out.get(uri) ?? []), link]);
  }
  return out;
}

/** Options for {@link rankListingSkills}. */
export interface RankListingOptions {
  /** Skills ranked per sentence (the text's ranking can only hold skills in some sentence's k best). */
  k: number;
  /** The text's sections (see {@link RankSentencesOptions.sections}); they also mark required/preferred. */
  sections?: readonly Section[];
  /**
   * With a span tagger, a skill among the k best that the text only describes gets, as evidence instead of its whole
   * sentence, the tagged span closest in meaning to its label when that is closer than the sentence.
   */
  tagger?: SpanTaggerModel;
}

/** A text's skills ranked by meaning, with its literal mentions as evidence. */
export interface RankedListingSkills {
  /** ESCO skills, best first, scored by the ranker's calibrated probability (best sentence). */
  skills: SkillMention[];
  /** Literal mentions the ranker does not score (O*NET and curated tools), as the literal matcher scored them. */
  tools: SkillMention[];
  /** Every ranked sentence with its k best skills. */
  sentences: SentenceSkills[];
}

/**
 * Ranks a text's ESCO skills by meaning and attaches its literal mentions: a ranked skill the text also names keeps
 * the literal spans and need, one it only describes gets its best sentence as the span; tools go to `tools`.
 * @example
 * import { loadTaxonomy } from '../../../taxonomy/index.ts';
 * import { extractSkills } from '../extract-skills.ts';
 * import { loadRanker } from './index.ts';
 * const text = 'Experience with Postgres and K8s';
 * const literal = extractSkills(text, { taxonomy: loadTaxonomy() });
 * const r = rankListingSkills(loadRanker(), text, literal, { k: 5 });
 * assert.deepEqual(r.skills[0].spans, [{ start: 16, end: 24, text: 'Postgres' }]);
 */
export function rankListingSkills(
  ranker: SkillRanker,
  text: string,
  literal: readonly SkillMention[],
  options: RankListingOptions,
): RankedListingSkills {
  const { sections } = options;
  const sentences = rankSentences(ranker, text, { k: options.k, sections });
  const named = new Map(literal.map((m) => [m.uri, m]));
  const ranked = new Set<string>(ranker.model.skills.uri);
  const ranking = rankDocument(sentences);
  const linked = options.tagger
    ? linkTaggedSpans(
        ranker,
        options.tagger,
        ranking
          .slice(0, options.k)
          .filter((r) => !named.has(r.uri))
          .flatMap((r) => r.sentences.map((sentence) => ({ sentence, uri: r.uri, label: r.label }))),
        literal,
      )
    : new Map<string, TextSentence[]>();
  const skills = ranking.map((r): SkillMention => {
    const m = named.get(r.uri);
    const tagged = linked
      .get(r.uri)
      ?.filter((t) => r.sentences.some((s) => s.start <= t.start && t.end <= s.end));
    const spans = m
      ? m.spans.map((s) => ({ ...s }))
      : tagged?.length
        ? tagged
        : r.sentences.map((s) => ({ ...s }));
    const first = spans[0];
    return {
      uri: r.uri,
      label: r.label,
      type: r.type,
      score: r.score,
      need: m ? m.need : first ? markNeed(text, first.start, first.end, sections) : null,
      spans,
    };
  });
  const tools = literal.filter((m) => !ranked.has(m.uri)).map((m) => ({ ...m, spans: [...m.spans] }));
  return { skills, tools, sentences };
}
