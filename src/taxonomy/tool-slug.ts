/**
 * The stable slug of an O*NET tool name, used in `roleprint:tool/<slug>` ids.
 * @module
 */

/**
 * Lower-case ASCII words joined by hyphens, with `+` and `#` spelled out so "C++" and "C#" stay distinct.
 * @example
 * assert.equal(toolSlug('Microsoft Visual C#'), 'microsoft-visual-c-sharp');
 */
export function toolSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
