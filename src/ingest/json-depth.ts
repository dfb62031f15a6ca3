/**
 * A bound on how deeply a JSON text nests, checked before it is parsed, so no reader (nor anything that
 * later walks the parsed value) recurses over untrusted depth.
 * @module
 */

import { maxJsonDepth } from './limits.ts';

/**
 * The reason a JSON text nests deeper than `max` arrays/objects, or null when it does not; strings are
 * skipped, and the scan is a loop, so it is safe on any input.
 * @example
 * assert.equal(jsonTooDeep('[[1]]', 2), null);
 * assert.equal(jsonTooDeep('[[[1]]]', 2), 'JSON nested deeper than 2 levels (at character 2)');
 */
export function jsonTooDeep(text: string, limit?: number): string | null {
  const { max: configured, env } = maxJsonDepth();
  const max = limit ?? configured;
  const change = limit === undefined ? `; set ${env} to change it` : '';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return `JSON nested deeper than ${max} levels (at character ${i}${change})`;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}
