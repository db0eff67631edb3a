// The parser's limits (import-limits.ts) as refusals. parse.ts checks them in the saxes callbacks, each the moment
// the offending thing has been read: a start tag opening level MAX_DEPTH + 1, the start tag's attribute number
// MAX_ATTRIBUTES + 1 (saxes reports each attribute as it reads it, before the tag ends), a name longer than
// MAX_NAME_CHARS, a value (attribute, text, comment, CDATA, PI) longer than MAX_VALUE_CHARS. So a file nesting 100,000 levels is read to level 257 and no further, and one with a million
// attributes to the 1025th. Each refusal says what, where, and the limit.

import { MAX_ATTRIBUTES, MAX_DEPTH, MAX_NAME_CHARS, MAX_VALUE_CHARS } from './import-limits.ts';
import { errorAt, Refusal } from './parse-errors.ts';

/** 1234567 as "1,234,567" (not toLocaleString: its first call loads the locale data, 100 ms and more). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** What a name is, for the message. */
export type NameRole = 'element' | 'attribute' | 'processing-instruction target';

/** `s` as quoted in a message: its first `max` characters only, when longer. */
export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const shown = (name: string) => clip(name, 40);

/** Throws the refusal of a name longer than MAX_NAME_CHARS; returns when it is not. */
export function checkName(text: string, role: NameRole, name: string, line: number, column: number): void {
  if (name.length <= MAX_NAME_CHARS) return;
  const what = `${role === 'element' ? 'an element' : role === 'attribute' ? 'an attribute' : 'a processing-instruction target'} name of ${groupDigits(name.length)} characters (${shown(name)}): longer than ${MAX_NAME_CHARS} characters, the longest name CAF Studio opens.`;
  throw new Refusal(errorAt('name-too-long', text, line, column, what));
}

/** Throws the refusal of a start tag opening level `depth` (the root is level 1) past MAX_DEPTH. */
export function checkDepth(text: string, depth: number, name: string, line: number, column: number): void {
  if (depth <= MAX_DEPTH) return;
  const what = `<${shown(name)}> is nested deeper than ${MAX_DEPTH} levels, the most CAF Studio opens (answer files nest 6 levels).`;
  throw new Refusal(errorAt('too-deep', text, line, column, what));
}

/**
 * Throws the refusal of attribute number `count` of a start tag past MAX_ATTRIBUTES. The position is where saxes
 * stands: just after that attribute.
 */
export function checkAttributeCount(text: string, count: number, element: string, line: number, column: number): void {
  if (count <= MAX_ATTRIBUTES) return;
  const what = `the start tag <${shown(element)}> has more than ${MAX_ATTRIBUTES} attributes (the ${groupDigits(MAX_ATTRIBUTES + 1)}th ends here), the most CAF Studio opens on one element.`;
  throw new Refusal(errorAt('too-many-attributes', text, line, column, what));
}

/** What a value is, for the message. */
export type ValueRole = 'attribute value' | 'text' | 'comment' | 'CDATA section' | 'processing instruction';

/** Throws the refusal of a value longer than MAX_VALUE_CHARS; returns when it is not. */
export function checkValue(text: string, role: ValueRole, length: number, line: number, column: number, owner?: string): void {
  if (length <= MAX_VALUE_CHARS) return;
  const whose = owner ? ` (${shown(owner)})` : '';
  const what = `${role === 'attribute value' ? 'an attribute value' : role === 'text' ? 'a text' : role === 'comment' ? 'a comment' : role === 'CDATA section' ? 'a CDATA section' : 'a processing instruction'}${whose} of ${groupDigits(length)} characters or more: longer than ${groupDigits(MAX_VALUE_CHARS)} characters, the longest CAF Studio opens (answer-file values are a few kB at most).`;
  throw new Refusal(errorAt('value-too-long', text, line, column, what));
}
