/**
 * The text of a Word document (mammoth), as HTML so its lists and headings survive cleaning.
 * @module
 */
import { RoleprintError } from '../errors.ts';

/**
 * Reads a DOCX into HTML (paragraphs, lists, headings); throws RoleprintError('INPUT') naming the file when it is not
 * a DOCX or holds no text.
 * @example
 * await assert.rejects(docxText(Buffer.from('no zip'), 'cv.docx'), /Cannot read cv.docx as DOCX/);
 */
export async function docxText(bytes: Buffer, name: string): Promise<string> {
  // Loaded on first use: most commands read no Word file, and mammoth takes a tenth of the CLI's start.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (cause) {
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${name} as DOCX: ${(cause as Error).message}; pass a Word .docx file (not .doc), or the résumé as PDF or text`,
      { cause },
    );
  }
  if (!/\p{L}{2}/u.test(html.replace(/<[^>]*>/g, ' ')))
    throw new RoleprintError('INPUT', `Cannot read ${name} as a résumé: the document holds no text`);
  return html;
}
