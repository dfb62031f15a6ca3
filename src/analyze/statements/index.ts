/**
 * Statements: a listing's duties and requirements split one per item and canonicalized.
 * @module
 */
export { type CanonicalStatement, canonicalizeStatement, findYears } from './canonicalize-statement.ts';
export { splitStatements } from './split-statements.ts';
export { statementsComponent } from './statements-component.ts';
export { isTaskVerb, toBaseVerb } from './verb-lexicon.ts';
