/**
 * Recognizes boilerplate that leaks into duty lists: EEO, benefits, pay, how to apply.
 * @module
 */

const BOILERPLATE =
  /\b(equal (employment )?opportunit|eeo\b|affirmative action|benefits?\b|401\(?k|paid time off|\bpto\b|vacation|holiday|insurance|dental|visa|sponsorship|background check|drug (test|screen)|disabilit|veteran|gender identity|sexual orientation|national origin|salary|compensation|equity package|stock options|apply (now|here|today)|resume|cover letter|recruit(er|ment agenc)|privacy (policy|notice)|reasonable accommodation|e-?verify|flexible work|hybrid (work|model|arrangement)|wellness|parental leave|perks|career (development|growth) (and|opportunit)|training opportunit|open door policy|duties as assigned|recogni[sz]ed for your contributions|counseling)/i;

/**
 * Whether a statement reads as boilerplate rather than a duty.
 * @example
 * assert.equal(isBoilerplate('We are an equal opportunity employer'), true);
 * assert.equal(isBoilerplate('Lead the data platform team'), false);
 */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text);
}

/**
 * Whether a statement is a fragment rather than a duty: under three words, or a clause cut off mid-sentence.
 * @example
 * assert.equal(isFragment('And supporting the Open Door Policy'), true);
 * assert.equal(isFragment('Software Engineering'), true);
 * assert.equal(isFragment('Mentor and coach engineers'), false);
 */
export function isFragment(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length < 3 || /^(and|or|but|that|which|who|as well|&|>|-)(\s|$)/i.test(text.trim());
}
