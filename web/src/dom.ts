/**
 * Builds DOM nodes. Text always goes in as text nodes (never parsed as HTML), so listing text is inert.
 * @module
 */

export type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;
export interface Props {
  [attr: string]: string | number | boolean | null | undefined | Handler | Record<string, Handler>;
}

/** An element with attributes (`on` holds event listeners) and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') {
      for (const [type, fn] of Object.entries(value as Record<string, Handler>))
        el.addEventListener(type, fn);
    } else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

/** Appends children, strings as text. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(
      typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c,
    );
  }
}

/** Removes every child of `el`, then appends `children`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** `0.4746` → `47%`. */
export const pct = (share: number): string => `${Math.round(share * 100)}%`;

let ids = 0;
/** A unique id for aria-controls / aria-labelledby. */
export const uid = (prefix: string): string => `${prefix}-${++ids}`;
