import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../taxonomy/index.ts';
import { extractSkills, loadTaxonomy } from './index.ts';
import { listingLine } from './testing/shared-sentences.ts';
import { describesCompany, describesWorkplace, namesDepartment, namesParty, praisedFor } from './who-does.ts';

const taxonomy = loadTaxonomy();
const labels = (text: string): string[] => extractSkills(text, { taxonomy }).map((s) => s.label);

/** namesParty() for the first mention of `phrase` in `text`. */
function party(text: string, phrase: string): boolean {
  const tokens = tokenize(text);
  const at = text.indexOf(phrase);
  const first = tokens.findIndex((t) => t.start === at);
  const last = tokens.findIndex((t) => t.end === at + phrase.length) + 1;
  assert.ok(first >= 0 && last > first, `no tokens for ${phrase}`);
  return namesParty(text, tokens, first, last);
}

describe('namesParty(): the people the hire works with are not a skill', () => {
  it('reads "Partnering closely with Product Management" as the department (tech-leadership#5e67dfcf0e3b581e)', () => {
    const line = listingLine(
      'tech-leadership',
      '5e67dfcf0e3b581e',
      'Partnering closely with Product Management',
    );
    assert.equal(party(line, 'Product Management'), true);
    assert.ok(!labels(line).includes('plan product management'));
  });

  it('walks back over a list of parties: "with cross-functional teams, including product management" (tech-leadership#ad1a73582479e204)', () => {
    const line = listingLine('tech-leadership', 'ad1a73582479e204', 'including product management');
    assert.ok(!labels(line).includes('plan product management'));
  });

  it('reads leadership as the bosses: "partner closely with Dropbox Core leadership" (tech-leadership#2f03226c686371bd)', () => {
    const line = listingLine('tech-leadership', '2f03226c686371bd', 'Core leadership');
    assert.ok(!labels(line).includes('lead others'));
  });

  it('reads "technical advice to leadership" as the audience (tech-leadership#a16050eb1d8e62f5)', () => {
    const line = listingLine('tech-leadership', 'a16050eb1d8e62f5', 'advice to leadership');
    assert.ok(!labels(line).includes('lead others'));
  });

  it('reads a possessive as the bosses: "your wellbeing is leadership\'s top priority" (yc#waas-90124)', () => {
    const text = "A magical company culture and your wellbeing is leadership's top priority.";
    assert.match(listingLine('yc-waas-nyc-2026', 'waas-90124', 'top priority'), /leadership's top priority/);
    assert.equal(party(text, 'leadership'), true);
    assert.ok(!labels(text).includes('lead others'));
  });

  it('keeps leadership the hire provides (tech-leadership#6be70039c35904c2, #ad1a73582479e204)', () => {
    assert.ok(
      labels(listingLine('tech-leadership', '6be70039c35904c2', 'Provide technical leadership')).includes(
        'lead others',
      ),
    );
    const line = listingLine(
      'tech-leadership',
      'ad1a73582479e204',
      'Provide strategic direction and leadership',
    );
    assert.equal(party(line, 'leadership'), false);
  });

  it('reads "help business and engineering partners make decisions" as the partners deciding (indeed#72ac09d6947fcac4)', () => {
    const line = listingLine('indeed-datascientist-2019', '72ac09d6947fcac4_fccid.html', 'make decisions');
    assert.ok(!labels(line).includes('make decisions'));
  });
});

describe('describesCompany(): a product blurb is no skill requirement', () => {
  it('drops AI in "Moyai is an AI-powered agent monitoring tool" (hn-whoishiring-2026#46869323)', () => {
    const s =
      'Moyai is an AI-powered agent monitoring tool for AI engineers looking to catch agent failures in production.';
    assert.equal(describesCompany(s, 12, 14), true);
    assert.ok(!labels(s).includes('principles of artificial intelligence'));
  });

  it('drops a product compound in a tag line: "AI-powered document ingestion" (yc#waas-93174)', () => {
    const line = listingLine('yc-waas-nyc-2026', 'waas-93174', 'AI-powered document ingestion');
    assert.ok(!labels(line).includes('principles of artificial intelligence'));
  });

  it('keeps AI asked of the candidate (tech-leadership#4831f1e0aedbc045)', () => {
    const line = listingLine('tech-leadership', '4831f1e0aedbc045', 'Experience in machine learning and AI');
    assert.equal(describesCompany(line, line.indexOf('AI'), line.indexOf('AI') + 2), false);
    assert.ok(labels(line).includes('principles of artificial intelligence'));
  });
});

describe('namesDepartment(), praisedFor(), describesWorkplace(): precision round 2', () => {
  it('reads AI/ML as a department: "Partner with product, engineering, AI/ML, and other departments" (tech-leadership#67b47bc4d9295234)', () => {
    const line = listingLine('tech-leadership', '67b47bc4d9295234', 'AI/ML, and other departments');
    const tokens = tokenize(line);
    const first = tokens.findIndex((t) => t.start === line.indexOf('AI/ML'));
    assert.equal(namesDepartment(line, tokens, first, first + 2), true);
    assert.ok(!labels(line).includes('machine learning'));
  });

  it('keeps technology worked with: "Work with Python and SQL" is no department', () => {
    assert.ok(labels('Work with Python, SQL and other tools.').includes('Python (computer programming)'));
  });

  it('reads "recognized for your contributions, leadership, and impact" as benefits (tech-leadership#096d21d9119b4f20)', () => {
    const line = listingLine('tech-leadership', '096d21d9119b4f20', 'recognized for your contributions');
    assert.equal(praisedFor(line, line.indexOf('leadership, and impact')), true);
    assert.ok(!labels(line).includes('lead others'));
  });

  it('reads "The unit enjoys … strong clinical leadership" as the workplace (nhs-jobs-2020#916253762)', () => {
    const line = listingLine('nhs-jobs-2020', '916253762', 'The unit enjoys');
    const sentence = line.slice(line.indexOf('The unit enjoys')).replace(/\.[\s\S]*/, '.');
    assert.equal(describesWorkplace(sentence, sentence.indexOf('leadership')), true);
    assert.ok(!labels(line).includes('lead others'));
  });

  it('keeps a sentence that addresses the hire', () => {
    assert.equal(describesWorkplace('The team has a need for you to provide strong leadership.', 44), false);
  });
});
