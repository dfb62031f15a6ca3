/**
 * The opening of every self-contained HTML report: doctype, a CSP that allows no script (inline style only, and
 * data: images where the page draws with them), the viewport, the escaped title and the page's own style sheet.
 * @module
 */
import { escapeHtml as h } from './escape-html.ts';

/**
 * The lines from `<!DOCTYPE html>` through the `<h1>` title.
 * @example
 * assert.equal(htmlPageStart('A <b>', 'p{}').at(-1), '<h1>A &lt;b&gt;</h1>');
 */
export function htmlPageStart(
  title: string,
  style: string,
  options: { dataImages?: boolean } = {},
): string[] {
  const images = options.dataImages === false ? '' : '; img-src data:';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'${images}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(title)}</h1>`,
  ];
}
