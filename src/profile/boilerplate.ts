/**
 * Recognizes boilerplate that leaks into duty lists: EEO, benefits, pay, how to apply.
 * @module
 */

// Phrases, not single words: "disability", "insurance" or "holiday" are real duties in some roles (learning
// disability nursing, insurance sales), so only the benefit and EEO phrasings are matched.
const BOILERPLATE = new RegExp(
  [
    'equal (employment )?opportunit',
    '\\beeo\\b',
    'affirmative action',
    'without regard to',
    'regardless of (race|age|gender|sex|religion)',
    'protected (veteran|characteristic|class)',
    'individuals with disabilities',
    'gender identity',
    'sexual orientation',
    'national origin',
    'reasonable accommodation',
    'e-?verify',
    'background check',
    'drug (test|screen)',
    'visa sponsorship',
    'sponsor(ship)? (a |for )?(work )?visa',
    '(competitive|generous|great|excellent|comprehensive) (salary|pay|compensation|benefits)',
    '\\bbenefits (package|include)',
    '(health|dental|vision|medical|life) insurance',
    '401\\(?k',
    'paid time off',
    '\\bpto\\b',
    'paid (holidays|vacation)',
    'annual leave',
    'parental leave',
    'stock options',
    'equity package',
    'wellness (program|center|stipend)',
    'flexible work',
    'hybrid (work|model|arrangement)',
    'training opportunities',
    'career (development|growth) (and|opportunit)',
    'counseling support',
    'open door policy',
    'duties as assigned',
    'recogni[sz]ed for your contributions',
    "(you['’]?ll|you will) (have|get|enjoy) (the|an?) (opportunit|chance)",
    'apply (now|here|today)',
    'cover letter',
    'privacy (policy|notice)',
  ].join('|'),
  'i',
);

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
  const t = text.trim();
  const words = t.split(/\s+/);
  // Cut-off clauses, headings ("We're looking for someone who…", "Requirements:") and talk about the company.
  return (
    words.length < 3 ||
    /^(and|or|but|that|which|who|as well|&|>|-)(\s|$)/i.test(t) ||
    /(…|\.\.\.|:|\?|-)$/.test(t) ||
    /\b(will be|to|are|is|be|include|includes|including|expected to|such as)$/i.test(t) ||
    /^(we|we['’]re|we are|our|this|it|here|looking for|seeking|seek|what|who you)\b/i.test(t) ||
    /\b(is|are) (looking|seeking) (for )?(a|an)\b|\bhas been (providing|delivering)\b|\bapplications? (from|are) .*welcome/i.test(
      t,
    )
  );
}
