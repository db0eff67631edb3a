// Attributes onto xmlbuilder2 elements. Known attributes and a few unknown ones go through the DOM's plain
// setAttribute (serialize-build.ts says why that one). It looks the name up in the element's attribute list
// first, so setting n attributes costs n²/2 comparisons: 100,000 attributes on one tag took 42 s. Past
// RAW_ATTRS_FROM unknown attributes, the DOM gets only the first, its value a mark, and the mark is replaced
// after writing (serialize-raw.ts) by that value, the closing quote and the others as written: linear, and the
// same text (the values escaped as the writer and the whitespace pass escape them).

import type { Attr } from '../model/types.ts';
import type { BuildNotes, XMLBuilder } from './serialize-raw.ts';
import { escapeAttrValue } from './serialize-raw.ts';

/** Unknown attributes on one element from which they are written raw (below, the DOM's cost is negligible). */
export const RAW_ATTRS_FROM = 32;

const ATTR_WHITESPACE = /[\t\n\r]/;

/**
 * xmlbuilder2's writer escapes only an `&` that does not already start an entity reference, so a value that
 * holds the characters `&lt;` (or `&A;`) would be written as that reference: read back as `<` (or not
 * well-formed). Every `&` is written as `&amp;` here; the writer then leaves those alone.
 */
export const ampersands = (s: string) => (s.includes('&') ? s.replace(/&/g, '&amp;') : s);

export function setAttr(el: XMLBuilder, name: string, value: string, notes: BuildNotes): void {
  if (ATTR_WHITESPACE.test(value)) notes.fix = true;
  (el.node as unknown as Element).setAttribute(name, ampersands(value));
}

/** Characters that cannot stand in a name written raw (the DOM refuses more: it checks the XML Name production). */
const NOT_A_NAME = /^$|[\s"'<>=/&]/;

/** Sets `attrs` after the attributes `el` already has, in order; a name set again takes the later value in place. */
export function setExtraAttrs(el: XMLBuilder, attrs: readonly Attr[] | undefined, notes: BuildNotes): void {
  if (!attrs) return;
  if (attrs.length < RAW_ATTRS_FROM) {
    for (const a of attrs) setAttr(el, a.name, a.value, notes);
    return;
  }
  const dom = el.node as unknown as Element;
  // The few attributes the element has (known ones): asked of the DOM once, not per attribute.
  const known = new Set(Array.from(dom.attributes, (a) => a.name));
  const raw = new Map<string, string>();
  for (const a of attrs) {
    if (known.has(a.name)) setAttr(el, a.name, a.value, notes);
    // A Map keeps a name where it first stood and takes its last value: what setAttribute does.
    else raw.set(a.name, a.value);
  }
  let text: string | undefined;
  let first = '';
  for (const [name, value] of raw) {
    if (NOT_A_NAME.test(name)) throw new Error(`"${name.slice(0, 40)}" is not an attribute name`);
    if (text === undefined) {
      first = name;
      text = escapeAttrValue(value);
    } else text += `" ${name}="${escapeAttrValue(value)}`;
  }
  if (text === undefined) return;
  dom.setAttribute(first, notes.mark);
  notes.raw.push(text);
}
