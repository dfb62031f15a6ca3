/**
 * The text layer of a PDF (unpdf, pure JavaScript): one line per text line, pages in order.
 * @module
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { RoleprintError } from '../errors.ts';

/**
 * Reads the text of a PDF; throws RoleprintError('INPUT') naming the file when it is not a PDF or holds no text
 * (a scanned image, an empty page).
 * @example
 * await assert.rejects(pdfText(new Uint8Array([1, 2]), 'cv.pdf'), /Cannot read cv.pdf as PDF/);
 */
export async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  let text: string;
  let pages: number;
  try {
    // pdf.js may take over the buffer it is given: hand it a copy.
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    const out = await extractText(doc, { mergePages: false });
    pages = out.totalPages;
    text = out.text.join('\n\n');
    await doc.destroy();
  } catch (cause) {
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${name} as PDF: ${(cause as Error).message}; pass an unencrypted PDF, or the résumé as DOCX or text`,
      { cause },
    );
  }
  if (!/\p{L}{2}/u.test(text))
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${name} as a résumé: its ${pages} PDF page(s) hold no text layer (a scanned image?); run OCR on it first, or pass the résumé as DOCX or text`,
    );
  return text;
}
