/**
 * Markdown to plain text: headings, emphasis and links unwrapped, list items as `- ` lines.
 * @module
 */

/**
 * Converts a Markdown listing to plain text, keeping one heading, paragraph line or list item per line.
 * @example
 * assert.equal(markdownToText('## About\n* **Rust** and [Go](https://go.dev)\n1. Ship'), 'About\n- Rust and Go\n- Ship');
 */
export function markdownToText(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^```.*$/gm, '') // code fences: keep the code, drop the fence
    .replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '$1') // ATX headings
    .replace(/^ {0,3}(?:[-*_] *){3,}$/gm, '') // horizontal rules
    .replace(/^(\s*)(?:[*+-]|\d{1,3}[.)])\s+/gm, '- ') // list items, nested or numbered
    .replace(/^\s*>\s?/gm, '') // block quotes
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2') // strong
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2') // emphasis, not snake_case or 2*3*4
    .replace(/`([^`]+)`/g, '$1');
}
