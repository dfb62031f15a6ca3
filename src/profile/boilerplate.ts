/**
 * Recognizes boilerplate that leaks into duty lists: EEO, benefits, pay, how to apply.
 * @module
 */

const BOILERPLATE =
  /\b(equal (employment )?opportunit|eeo\b|affirmative action|benefits?\b|401\(?k|paid time off|\bpto\b|vacation|holiday|insurance|dental|visa|sponsorship|background check|drug (test|screen)|disabilit|veteran|gender identity|sexual orientation|national origin|salary|compensation|equity package|stock options|apply (now|here|today)|resume|cover letter|recruit(er|ment agenc)|privacy (policy|notice)|reasonable accommodation|e-?verify)/i;

/**
 * Whether a statement reads as boilerplate rather than a duty.
 * @example
 * assert.equal(isBoilerplate('We are an equal opportunity employer'), true);
 * assert.equal(isBoilerplate('Lead the data platform team'), false);
 */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text);
}
