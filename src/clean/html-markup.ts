/**
 * Finds markup in HTML exactly where node-html-parser 9's markup pattern does, in linear time: comments, CDATA
 * sections and start or end tags, with that pattern's rules for tag names and for quotes that hide a `>`.
 * htmlToText reads listings with it and keeps the text that parser gave.
 * @module
 */

/** One comment, CDATA section or tag, from its `<` to just after its `>`. */
export interface Markup {
  type: 'comment' | 'cdata' | 'tag';
  start: number;
  /** Just after the closing `>`; the input's length for a tag with no `>` (the parser's own end tag then ends it). */
  end: number;
  /** The tag name as written; '' for a comment or CDATA. */
  name: string;
  /** `</name …>` */
  closing: boolean;
  /** Ends with `/>`. */
  selfClosing: boolean;
  /** The `/` of `/>` ends an unquoted attribute value (`<a href=x/>`), which the parser reads as part of the value. */
  slashInValue: boolean;
}

const GT = 62;
const SLASH = 47;
const BANG = 33;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

const NAME = 1;
const SPACE = 2;
/** Per UTF-16 unit: NAME for the parser's tag-name characters, SPACE for the `\s` of a `u` regex. */
const CHAR_CLASS = charClasses();

function charClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const set = (bit: number, ranges: [number, number][]) => {
    for (const [from, to] of ranges) for (let c = from; c <= to; c++) table[c] = (table[c] ?? 0) | bit;
  };
  // The pattern's class `[-.:0-9_a-zA-Z@\xB7 … \x37F-\u1FFF …]`; `\x37F` reads as '7' then `F-\u1FFF`, so it
  // holds most of ASCII from 'F' on (`[`, `^`, `{`, `~` …) and NBSP.
  set(NAME, [
    [0x2d, 0x2e],
    [0x30, 0x3a],
    [0x40, 0x1fff],
    [0x200c, 0x200d],
    [0x203f, 0x2040],
    [0x2070, 0x218f],
    [0x2c00, 0x2fef],
    [0x3001, 0xd7ff],
    [0xf900, 0xfdcf],
    [0xfdf0, 0xfffd],
  ]);
  set(SPACE, [
    [0x09, 0x0d],
    [0x20, 0x20],
    [0xa0, 0xa0],
    [0x1680, 0x1680],
    [0x2000, 0x200a],
    [0x2028, 0x2029],
    [0x202f, 0x202f],
    [0x205f, 0x205f],
    [0x3000, 0x3000],
    [0xfeff, 0xfeff],
  ]);
  return table;
}

// Past the input's end the parser sees its own closing wrapper tag, `</…>`: a `<`, so never a name or a space.
const isName = (c: number): boolean => ((CHAR_CLASS[c] ?? 0) & NAME) !== 0;
const isSpace = (c: number): boolean => ((CHAR_CLASS[c] ?? 0) & SPACE) !== 0;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// The parser's own test for `<a href=x/>`; linear: a match must start at a space, and no run it tries crosses one.
const UNQUOTED_VALUE_AT_END = /(?:^|\s)[^\s"'<>=/]+\s*=\s*[^\s"'<>`]+$/;

/** Reads one HTML text's markup from left to right; `next` never rescans what a previous call passed. */
export class MarkupLexer {
  private readonly html: string;
  private readonly hasCdata: boolean;
  // The last place each terminator occurs: a `<!--` or a quote past it has no end, known without a search.
  private readonly lastCommentEnd: number;
  private readonly lastCdataEnd: number;
  private readonly lastDoubleQuote: number;
  private readonly lastSingleQuote: number;

  constructor(html: string) {
    this.html = html;
    this.hasCdata = html.includes('<![CDATA[');
    this.lastCommentEnd = html.lastIndexOf('-->');
    this.lastCdataEnd = this.hasCdata ? html.lastIndexOf(']]>') : -1;
    this.lastDoubleQuote = html.lastIndexOf('"');
    this.lastSingleQuote = html.lastIndexOf("'");
  }

  /** The first markup starting at or after `from`; a `<` that starts none is text. */
  next(from: number): Markup | null {
    const { html } = this;
    for (let lt = html.indexOf('<', from); lt >= 0; lt = html.indexOf('<', lt + 1)) {
      const markup = html.charCodeAt(lt + 1) === BANG ? this.commentOrCdata(lt) : this.tag(lt);
      if (markup) return markup;
    }
    return null;
  }

  private commentOrCdata(lt: number): Markup | null {
    const { html } = this;
    if (html.startsWith('<!--', lt) && this.lastCommentEnd >= lt + 4)
      return block('comment', lt, html.indexOf('-->', lt + 4) + 3);
    // The parser looks for CDATA only when the text holds a `<![CDATA[` somewhere.
    if (this.hasCdata && html.startsWith('<![CDATA[', lt) && this.lastCdataEnd >= lt + 9)
      return block('cdata', lt, html.indexOf(']]>', lt + 9) + 3);
    return null;
  }

  /** `<name`, `</name` then `>`, `/>` or a space and attributes; anything else right after the name is text. */
  private tag(lt: number): Markup | null {
    const { html } = this;
    let i = lt + 1;
    const closing = html.charCodeAt(i) === SLASH;
    if (closing) i++;
    if (!isAsciiLetter(html.charCodeAt(i))) return null;
    const nameStart = i;
    for (i++; i < html.length && isName(html.charCodeAt(i)); i++);
    const c = html.charCodeAt(i);
    if (c === GT) return tag(lt, i + 1, html.slice(nameStart, i), closing, false, false);
    if (c === SLASH && html.charCodeAt(i + 1) === GT)
      return tag(lt, i + 2, html.slice(nameStart, i), closing, true, false);
    let nameEnd = i;
    // The pattern backtracks into the name to a character that is both a name character and a space (NBSP):
    // `<p\u00a0class="x">` is a `p`.
    if (!isSpace(c)) {
      do nameEnd--;
      while (nameEnd > nameStart && !isSpace(html.charCodeAt(nameEnd)));
      if (nameEnd === nameStart) return null;
    }
    return this.attributes(lt, html.slice(nameStart, nameEnd), closing, nameEnd);
  }

  /**
   * Finds the tag's end from `from` (a space): the first `>` or `/>`, where a quoted string hides a `>` only when a
   * space, `>` or `/>` follows its closing quote (so `<a title="x>y"z>` ends inside the quotes, as in the parser).
   */
  private attributes(lt: number, name: string, closing: boolean, from: number): Markup {
    const { html } = this;
    for (let r = from; r < html.length; r++) {
      const c = html.charCodeAt(r);
      if (c === GT) return tag(lt, r + 1, name, closing, false, false);
      if (c === SLASH && html.charCodeAt(r + 1) === GT)
        return tag(lt, r + 2, name, closing, true, UNQUOTED_VALUE_AT_END.test(html.slice(from, r)));
      if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
        const close = this.closingQuote(c, r);
        if (close >= 0 && this.endsQuotedValue(close + 1)) r = close;
      }
    }
    // No `>` left: the parser's wrapper end tag closes this one, and nothing after it is text.
    return tag(lt, html.length, name, closing, false, false);
  }

  private closingQuote(quote: number, at: number): number {
    const last = quote === DOUBLE_QUOTE ? this.lastDoubleQuote : this.lastSingleQuote;
    return last > at ? this.html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", at + 1) : -1;
  }

  private endsQuotedValue(at: number): boolean {
    const c = this.html.charCodeAt(at);
    return c === GT || isSpace(c) || (c === SLASH && this.html.charCodeAt(at + 1) === GT);
  }
}

function block(type: 'comment' | 'cdata', start: number, end: number): Markup {
  return { type, start, end, name: '', closing: false, selfClosing: false, slashInValue: false };
}

function tag(
  start: number,
  end: number,
  name: string,
  closing: boolean,
  selfClosing: boolean,
  slashInValue: boolean,
): Markup {
  return { type: 'tag', start, end, name, closing, selfClosing, slashInValue };
}
