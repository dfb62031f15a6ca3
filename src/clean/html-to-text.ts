/**
 * HTML to plain text: one block or list item per line, entities decoded, scripts and styles dropped.
 * @module
 */
import { decodeHTML } from 'entities';
import { type Markup, MarkupLexer } from './html-markup.ts';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
// Content that is never text a reader sees; it is dropped, never executed.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
]);
const CELL = new Set(['td', 'th']);
// HTML that was escaped once more (NHS JSON-LD `description`, Greenhouse `content`): `&lt;p&gt;` and friends.
const ESCAPED_TAG = /&lt;\/?(?:p|br|div|ul|ol|li|strong|b|em|i|u|span|h[1-6]|a|table|tr|td)\b/i;
const RAW_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/i;

/** Turns HTML-escaped HTML back into HTML, at most twice (some feeds escape twice). */
function unescapeMarkup(html: string): string {
  let s = html;
  for (let i = 0; i < 2 && ESCAPED_TAG.test(s) && !RAW_TAG.test(s); i++) s = decodeHTML(s);
  return s;
}

// `/[ \t\r\f]+/g` → ' ' without matching the lone spaces it would leave as they are: same result, far fewer matches.
const SPACE_TO_FOLD = /[ \t\r\f]{2,}|[\t\r\f]/g;

/** A text outside `<pre>`: a source line break is just a space there (the rest of the folding is done once, at the end). */
const lineBreaksToSpaces = (text: string): string =>
  text.includes('\n') ? text.replaceAll('\n', ' ') : text;

/** What an element adds before and after its content, and whether the content is read at all. */
interface Kind {
  open: string;
  close: string;
  dropsContent: boolean;
  pre: boolean;
}

const INLINE: Kind = { open: '', close: '', dropsContent: false, pre: false };
const DROPPED_KIND: Kind = { open: '', close: '', dropsContent: true, pre: false };
// A `<br>` is empty, except a `<Br>`: the parser knows void tags only in lower or upper case, so it holds content
// (read as a line break that hides it).
const BR_KIND: Kind = { open: '\n', close: '', dropsContent: true, pre: false };
const LI_KIND: Kind = { open: '\n- ', close: '\n', dropsContent: false, pre: false };
const PRE_KIND: Kind = { open: '\n', close: '\n', dropsContent: false, pre: true };
const BLOCK_KIND: Kind = { open: '\n', close: '\n', dropsContent: false, pre: false };
const CELL_KIND: Kind = { open: ' ', close: ' ', dropsContent: false, pre: false };

function kindOf(lowerName: string): Kind {
  if (DROPPED.has(lowerName)) return DROPPED_KIND;
  if (lowerName === 'br') return BR_KIND;
  if (lowerName === 'li') return LI_KIND;
  if (lowerName === 'pre') return PRE_KIND;
  if (BLOCK.has(lowerName)) return BLOCK_KIND;
  return CELL.has(lowerName) ? CELL_KIND : INLINE;
}

// node-html-parser's tree rules, which decide what ends up inside what (so what a DROPPED element hides, and
// where block and list-item breaks fall). Its tables hold each name in lower and in upper case, never mixed.
const bothCases = (names: string[]): string[] => names.flatMap((n) => [n, n.toUpperCase()]);
function caseRules(rules: Record<string, string[]>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [name, names] of Object.entries(rules)) {
    const set = new Set(bothCases(names));
    for (const key of bothCases([name])) map.set(key, set);
  }
  return map;
}
const TABLE_SECTIONS = ['tr', 'tbody', 'tfoot'];
/** An open element (key, as written) that the start tag of one of its values closes first. */
const CLOSED_BY_OPENING = caseRules({
  li: ['li'],
  p: ['p', 'div'],
  b: ['div'],
  td: ['td', 'th', ...TABLE_SECTIONS],
  th: ['td', 'th', ...TABLE_SECTIONS],
  tr: TABLE_SECTIONS,
  thead: ['tbody', 'tfoot'],
  tbody: ['tbody', 'tfoot'],
  h1: ['h1'],
  h2: ['h2'],
  h3: ['h3'],
  h4: ['h4'],
  h5: ['h5'],
  h6: ['h6'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
});
/** An open element (key, upper-cased) that the end tag of one of its values closes on its way out. */
const CLOSED_BY_CLOSING = caseRules({
  li: ['ul', 'ol'],
  a: ['div'],
  b: ['div'],
  i: ['div'],
  p: ['div'],
  td: ['table', 'thead', ...TABLE_SECTIONS],
  th: ['table', 'thead', ...TABLE_SECTIONS],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  tbody: ['table'],
  tfoot: ['table'],
  dt: ['dl', 'body', 'html'],
  dd: ['dl', 'body', 'html'],
});
/** End tags that do not close an open `<p>` inside the element they end. */
const P_SURVIVES = new Set(['a', 'audio', 'del', 'ins', 'map', 'noscript', 'video']);
const VOID = new Set(
  bothCases([
    'area',
    'base',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'param',
    'source',
    'track',
    'wbr',
  ]),
);
/** Elements whose content the parser skips to the first `</name>` written exactly as the start tag's name. */
const RAW_TEXT = new Set(['script', 'style', 'noscript']);
/** The parser wraps the input in this element and ignores any tag of that name. */
const WRAPPER = 'documentfragmentcontainer';

/** An element the parser holds open; `at` is the index of its opening chunk. */
interface OpenElement {
  name: string;
  upper: string;
  lower: string;
  kind: Kind;
  at: number;
}

/** An element left open at the end that the parser keeps, and the chunk it closes at (-1: the end of the text). */
interface Kept {
  el: OpenElement;
  end: number;
}

/**
 * Builds the text as the parser's tree would be walked, without the tree: chunks in document order, and the open
 * elements. What an element still open at the end hides or keeps is only known then (see `finish`).
 */
class TextBuilder {
  private readonly chunks: string[] = [];
  private readonly open: OpenElement[] = [];
  /** Chunks of text inside a `<pre>` still open, kept as written until it is known whether that `<pre>` stays. */
  private readonly pendingPre: number[] = [];
  private preDepth = 0;

  text(raw: string): void {
    const text = raw.includes('&') ? decodeHTML(raw) : raw;
    // Inside <pre>, line breaks are the layout.
    if (this.preDepth === 0) {
      this.chunks.push(lineBreaksToSpaces(text));
      return;
    }
    this.pendingPre.push(this.chunks.length);
    this.chunks.push(text);
  }

  startTag(name: string, selfClosing: boolean): void {
    // `<li>` closes an open `<li>`, `<div>` an open `<p>` …
    if (!selfClosing) while (CLOSED_BY_OPENING.get(this.open.at(-1)?.name ?? '')?.has(name)) this.closeTop();
    const lower = name.toLowerCase();
    const kind = kindOf(lower);
    this.open.push({ name, upper: name.toUpperCase(), lower, kind, at: this.chunks.length });
    this.chunks.push(kind.open);
    if (kind.pre) this.preDepth++;
  }

  /** Closes the element `name` names, and those the parser's rules close on the way; a stray end tag does nothing. */
  endTag(name: string): void {
    for (let top = this.open.at(-1); top; top = this.open.at(-1)) {
      if (top.name === name) {
        this.closeTop();
        return;
      }
      if (!CLOSED_BY_CLOSING.get(top.upper)?.has(name) && !this.endsParagraph(top, name)) return;
      this.closeTop();
    }
  }

  /** `<div><p>text</div>`: the end tag of the element around an open `<p>` closes it. */
  private endsParagraph(top: OpenElement, name: string): boolean {
    if (top.lower !== 'p') return false;
    const lower = name.toLowerCase();
    return this.open.at(-2)?.lower === lower && !P_SURVIVES.has(lower);
  }

  private closeTop(): void {
    const el = this.open.pop() as OpenElement;
    if (el.kind.pre) {
      this.preDepth--;
      // Its text stays as written for good.
      while ((this.pendingPre.at(-1) ?? -1) > el.at) this.pendingPre.pop();
    }
    if (el.kind.dropsContent) this.cut(el.at + 1);
    else if (el.kind.close) this.chunks.push(el.kind.close);
  }

  /** Forgets every chunk from `from` on. */
  private cut(from: number): void {
    this.chunks.length = from;
    while ((this.pendingPre.at(-1) ?? -1) >= from) this.pendingPre.pop();
  }

  /**
   * The text, after the parser's handling of elements never closed, from the innermost out: an element is
   * dissolved (its content moves up to its parent) unless it is top-level; when it has the same name as its
   * parent, that parent is kept but closed where the child opened, and the next one out is looked at next.
   */
  finish(): string {
    const kept: Kept[] = [];
    for (let i = this.open.length - 1; i >= 0; i--) {
      const el = this.open[i] as OpenElement;
      const parent = this.open[i - 1];
      if (!parent) {
        kept.push({ el, end: -1 });
        break;
      }
      const sameName = el.upper === parent.upper;
      // The element's opening goes; a parent of the same name closes there instead.
      this.chunks[el.at] = sameName ? parent.kind.close : '';
      if (!sameName) continue;
      kept.push({ el: parent, end: el.at });
      i--;
    }
    this.settlePendingPre(kept);
    for (const { el, end } of kept) {
      if (!el.kind.dropsContent) continue;
      if (end < 0) this.chunks.length = el.at + 1;
      else this.chunks.fill('', el.at + 1, end);
    }
    const top = kept.find((k) => k.end < 0);
    if (top && !top.el.kind.dropsContent) this.chunks.push(top.el.kind.close);
    return this.chunks.join('');
  }

  /** Pending `<pre>` text outside every kept `<pre>` is read as any other text. */
  private settlePendingPre(kept: Kept[]): void {
    const pending = this.pendingPre;
    if (pending.length === 0) return;
    // +1 where a kept <pre>'s content starts, -1 where it ends: the running sum says whether a chunk is inside one.
    const edges = new Int32Array(this.chunks.length + 1);
    for (const { el, end } of kept) {
      if (!el.kind.pre) continue;
      const to = end < 0 ? this.chunks.length : end;
      edges[el.at + 1] = (edges[el.at + 1] ?? 0) + 1;
      edges[to] = (edges[to] ?? 0) - 1;
    }
    let depth = 0;
    let next = 0;
    for (let i = 0; i < edges.length && next < pending.length; i++) {
      depth += edges[i] ?? 0;
      if (pending[next] !== i) continue;
      next++;
      if (depth === 0) this.chunks[i] = lineBreaksToSpaces(this.chunks[i] ?? '');
    }
  }
}

/** The text a walk of node-html-parser's tree of `html` gives, read in one pass without building the tree. */
function markupToText(html: string): string {
  const lexer = new MarkupLexer(html);
  const builder = new TextBuilder();
  let textFrom = 0;
  for (let m = lexer.next(0); m; m = lexer.next(textFrom)) {
    if (m.start > textFrom) builder.text(html.slice(textFrom, m.start));
    textFrom = m.end;
    // The parser keeps a CDATA section, brackets and all, as text; comments go.
    if (m.type === 'cdata') builder.text(html.slice(m.start, m.end));
    else if (m.type === 'comment' || m.name === WRAPPER) continue;
    else if (m.closing) builder.endTag(m.name);
    else textFrom = startTag(html, m, builder);
    if (textFrom < 0) return builder.finish();
  }
  if (textFrom < html.length) builder.text(html.slice(textFrom));
  return builder.finish();
}

/**
 * Opens the element of start tag `m`, and closes it at once when it is empty; returns where the text goes on, or
 * -1 when a script or style with no end tag hides the rest of the input.
 */
function startTag(html: string, m: Markup, builder: TextBuilder): number {
  // `<a href=x/>`: the parser reads the slash as part of the value, so the tag is not self-closing.
  const selfClosing = m.selfClosing && !(m.slashInValue && !VOID.has(m.name));
  builder.startTag(m.name, selfClosing);
  const closed = selfClosing || VOID.has(m.name);
  if (!RAW_TEXT.has(m.name.toLowerCase())) {
    if (closed) builder.endTag(m.name);
    return m.end;
  }
  const end = html.indexOf(`</${m.name}>`, m.end);
  if (closed || end >= 0) builder.endTag(m.name);
  return end < 0 ? -1 : end + m.name.length + 3;
}

// Past this many tags the markup is stripped in one pass instead of read as the parser's tree. The limit came
// from the parser's time, quadratic in unclosed tags; the scanner is linear, but the limit stays so that such
// text reads as before: 40,000 unclosed `<b>` in a `<p>` would make the parser's tree dissolve the list items
// and paragraphs after them (test/hardening/fuzz.test.ts); stripped, they stay lines (scripts and styles are then
// kept as text, which every renderer escapes).
const MAX_PARSED_TAGS = 5_000;

/** How many tag starts (`<` then a letter or `/`) `html` holds, counted up to MAX_PARSED_TAGS + 1. */
function tagCount(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47) if (++n > MAX_PARSED_TAGS) break;
  }
  return n;
}

/** Tags dropped in one pass, blocks and list items kept as lines, entities decoded. */
function stripTags(html: string): string {
  return decodeHTML(
    html.replace(/<\/?([a-zA-Z][\w-]*)[^<>]*>/g, (_m, name: string) => {
      const tag = name.toLowerCase();
      return tag === 'li' ? '\n- ' : BLOCK.has(tag) ? '\n' : CELL.has(tag) ? ' ' : '';
    }),
  );
}

/**
 * Converts listing HTML (also HTML-escaped HTML) to plain text with blocks, headings and list items (`- `) on their own lines.
 * @example
 * assert.equal(htmlToText('<h2>Duties</h2><ul><li>Triage &amp; assess</li><li>Audit</li></ul>'), 'Duties\n- Triage & assess\n- Audit');
 * assert.equal(htmlToText('&lt;p&gt;One&lt;br&gt;Two&lt;/p&gt;'), 'One\nTwo');
 */
export function htmlToText(html: string): string {
  const markup = unescapeMarkup(html);
  let text: string;
  if (tagCount(markup) > MAX_PARSED_TAGS) text = stripTags(markup);
  else text = markupToText(markup);
  const lines: string[] = [];
  // Only ASCII whitespace is folded here: a stray NBSP may be half of a mojibake pair (`Â\u00a0`) that repairMojibake needs.
  for (const raw of text.replace(SPACE_TO_FOLD, ' ').split('\n')) {
    const line = raw.trim();
    if (line === '' || line === '-') continue;
    lines.push(line);
  }
  return lines.join('\n');
}
