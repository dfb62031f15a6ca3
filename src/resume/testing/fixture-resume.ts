/**
 * A small hand-written résumé (written for these tests, no real person) and builders of PDF and DOCX files from it.
 * @module
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** The résumé as lines: headings, bullets, a dated job. */
export const FIXTURE_LINES = [
  'Jordan Example',
  'Summary',
  'Data scientist who builds machine learning models for retail demand.',
  'Skills',
  '- Python, pandas, scikit-learn and SQL',
  '- Statistics and A/B testing',
  'Experience',
  'Data Scientist, Northwind Retail (Jan 2019 - Dec 2022)',
  '- Built predictive models of store demand in Python.',
  '- Created dashboards in Tableau for the merchandising team.',
  'Education',
  'MSc Statistics, University of Somewhere, 2018',
];

/** The same résumé as one text. */
export const FIXTURE_TEXT = `${FIXTURE_LINES.join('\n')}\n`;

/**
 * A PDF of the résumé (one text line per line, Helvetica), made with pdf-lib.
 * @example
 * assert.equal((await fixturePdf()).subarray(0, 4).toString(), '%PDF');
 */
export async function fixturePdf(lines: readonly string[] = FIXTURE_LINES): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, i) => {
    page.drawText(line, { x: 50, y: 790 - i * 18, size: 11, font });
  });
  return Buffer.from(await pdf.save());
}

/**
 * A PDF with one blank page and no text layer, as a scan without OCR reads.
 * @example
 * assert.ok((await blankPdf()).length > 100);
 */
export async function blankPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  pdf.addPage([595, 842]);
  return Buffer.from(await pdf.save());
}

/**
 * A DOCX of the résumé: headings as bold paragraphs, bullets as Word bullets, made with the docx package.
 * @example
 * assert.equal((await fixtureDocx()).subarray(0, 2).toString(), 'PK');
 */
export async function fixtureDocx(lines: readonly string[] = FIXTURE_LINES): Promise<Buffer> {
  const children = lines.map((line) =>
    line.startsWith('- ')
      ? new Paragraph({ text: line.slice(2), bullet: { level: 0 } })
      : new Paragraph({
          alignment: AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: !line.includes(' ') })],
        }),
  );
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
