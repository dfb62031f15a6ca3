/**
 * The clean stage's only door: Listing → CleanListing, its text helpers and the deduper.
 * @module
 */

export { type CleanOptions, cleanListing, hashContent, listingId } from './clean-listing.ts';
export type { CleanListing } from './clean-listing-type.ts';
export {
  createDeduper,
  type DedupeEntry,
  type DedupeOptions,
  type Deduper,
  type DedupeVerdict,
  isSameRole,
  normalizeName,
} from './dedupe.ts';
export { detectLanguage, listingLanguage } from './detect-language.ts';
export { restoreLineBreaks } from './glued-text.ts';
export { htmlToText } from './html-to-text.ts';
export { markdownToText } from './markdown-to-text.ts';
export { computeSignature, estimateJaccard } from './minhash.ts';
export { repairMojibake } from './mojibake.ts';
export { normalizeText } from './normalize.ts';
