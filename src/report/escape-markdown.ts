/**
 * Markdown escaping for every listing-derived string the Markdown reports show.
 * @module
 */

/**
 * Escapes text for one Markdown line: listing text must not turn into Markdown structure or HTML when the report is
 * viewed (line breaks become spaces; "p < 0.001" stays readable, only what could open a tag is escaped).
 * @example
 * assert.equal(escapeMarkdown('<b>*x*</b>'), '\\<b>\\*x\\*\\</b>');
 */
export function escapeMarkdown(s: string): string {
  return (
    s
      .replace(/[\r\n]+/g, ' ')
      .replace(/([\\`*[\]|])/g, '\\$1')
      // Only what could open an HTML tag or a block quote needs escaping: "p < 0.001" stays readable.
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      .replace(/^>/, '\\>')
      .replace(/^#/, '\\#')
      .replace(/^([-+]|\d+\.)\s/, '\\$1 ')
  );
}
