/**
 * HTML to plain text: one block or list item per line, entities decoded, scripts and styles dropped.
 * @module
 */
import { decodeHTML } from 'entities';
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

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

// `/[ \t\r\n\f]+/g` → ' ' without matching the lone spaces it would leave as they are: same result, far fewer matches.
const SPACE_TO_FOLD = /[ \t\r\n\f]{2,}|[\t\r\n\f]/g;
// The same for `/[ \t\r\f]+/g`, within a line.
const LINE_SPACE_TO_FOLD = /[ \t\r\f]{2,}|[\t\r\f]/g;
// Whether a text holds anything LINE_SPACE_TO_FOLD matches.
const HAS_LINE_SPACE_TO_FOLD = /[\t\r\f]| {2}/;

/** One step of the walk: a node to enter, or the text to emit once an element's children are done. */
type Step = { node: Node; inPre: boolean } | { close: string };

/** Pushes the text of `root` onto `out`, depth-first; iterative (an explicit stack), since listing HTML can nest thousands of tags deep. */
function walk(root: Node, out: string[]): void {
  const stack: Step[] = [{ node: root, inPre: false }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('close' in step) {
      out.push(step.close);
      continue;
    }
    const { node, inPre } = step;
    if (node.nodeType === NodeType.TEXT_NODE) {
      const raw = node.rawText;
      const text = raw.includes('&') ? decodeHTML(raw) : raw;
      // Outside <pre>, source line breaks are just spaces; inside, they are the layout.
      out.push(inPre ? text : text.replace(SPACE_TO_FOLD, ' '));
      continue;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) continue; // comments
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (DROPPED.has(tag)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    const pre = inPre || tag === 'pre';
    if (tag === 'li') out.push('\n- ');
    else if (BLOCK.has(tag)) out.push('\n');
    else if (CELL.has(tag)) out.push(' ');
    if (tag === 'li' || BLOCK.has(tag)) stack.push({ close: '\n' });
    else if (CELL.has(tag)) stack.push({ close: ' ' });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, inPre: pre });
  }
}

// The parser's work grows with the square of unclosed tags (20,000 "<b>" took 4.7 s); real listings hold a few
// hundred tags, so past this many the tags are stripped in one linear pass instead (scripts and styles are then
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
  else {
    const root = parse(markup, {
      lowerCaseTagName: false,
      comment: false,
      blockTextElements: { script: false, style: false, noscript: false },
    });
    const out: string[] = [];
    walk(root, out);
    text = out.join('');
  }
  const lines: string[] = [];
  // Most texts have nothing to fold (text nodes come folded): then one test of the whole text, not one per line.
  const fold = HAS_LINE_SPACE_TO_FOLD.test(text);
  for (const raw of text.split('\n')) {
    // Only ASCII whitespace is folded here: a stray NBSP may be half of a mojibake pair (`Â\u00a0`) that repairMojibake needs.
    const line = (fold ? raw.replace(LINE_SPACE_TO_FOLD, ' ') : raw).trim();
    if (line === '' || line === '-') continue;
    lines.push(line);
  }
  return lines.join('\n');
}
