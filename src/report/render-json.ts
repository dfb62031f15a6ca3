/**
 * The JSON report: the RoleProfile itself, keys in schema order, two-space indent, trailing newline.
 * @module
 */
import type { RoleProfile } from '../profile/index.ts';

/**
 * Renders the profile as JSON (documented in docs/report-schema.md); the same profile always gives the same bytes.
 * @example
 * import { readFileSync } from 'node:fs';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * assert.equal(JSON.parse(renderJson(profile)).schemaVersion, 2);
 */
export function renderJson(profile: RoleProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
