// The checks every known element gets against Customization.xsd, whatever its place: its extra attributes,
// the trivia that stands among its children (`before` of each child, its own `end`) and, for an element whose
// content must be empty, its `inner`. schema.ts walks the document and calls these.
//
// Namespaces (decided from the model alone): every known element is written unprefixed under the root's
// `xmlns` (the format's namespace); an element trivia's qualified name is resolved with the declarations in
// scope as far as the model keeps them: `xmlns` / `xmlns:p` in the extraAttrs of the known elements above it
// and in its own attributes. An element in the format's namespace with a name the schema defines is
// "misplaced" (the parser keeps a known element as trivia only where the schema does not allow it); any other
// element is "unknown".

import type { Attr, Trivia } from '../types.ts';
import type { FieldRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import type { Scope, SchemaElement } from './schema-rules.ts';
import { attributeProblem, CAF_NS, isSchemaElement, isXmlWhiteSpace, namespaceOf, RULES, splitName, within } from './schema-rules.ts';

/** Where a known element is, for messages: e.g. `<Setting Name="Enable"> in Settings "Multivariant" of Static`. */
export type Where = () => string;

/** Why a known name in the format's namespace is not allowed among `container`'s children at this point. */
export type MisplacedReason = (local: SchemaElement) => string;

export const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

/** `<Element Attr="value">` naming an element by the attribute that identifies it, when it has one. */
export function tag(element: SchemaElement, attr?: string, value?: string): string {
  return attr !== undefined && value !== undefined ? `<${element} ${attr}="${value}">` : `<${element}>`;
}

function joinNames(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Diagnostics of the extra attributes of a known element (and the scope its children see). */
export function checkAttrs(
  out: Diagnostic[],
  element: SchemaElement,
  attrs: readonly Attr[] | undefined,
  scope: Scope,
  ref: FieldRef,
  where: Where,
): Scope {
  if (!attrs || attrs.length === 0) return scope;
  const inner = within(scope, attrs);
  for (const a of attrs) {
    if (a.name === 'xmlns' && a.value !== CAF_NS) {
      out.push(diag('schema-unknown-element', `${where()} declares xmlns="${a.value}", which moves <${element}> out of the format's namespace: the schema does not know it there. Remove the xmlns attribute.`, ref));
      continue;
    }
    const problem = attributeProblem(element, a, inner);
    if (problem === null) continue;
    const declared = RULES[element].attrs;
    const allowed = declared.length === 0 ? `the schema declares no attribute on <${element}>` : `the schema declares ${joinNames(declared)} on <${element}>`;
    out.push(diag('schema-unknown-attribute', `Attribute ${a.name} on ${where()}: ${problem}; ${allowed}. Remove it.`, ref));
  }
  return inner;
}

function namespacePhrase(scope: Scope, qname: string): { readonly ns: string | undefined; readonly phrase: string } {
  const [prefix] = splitName(qname);
  const ns = namespaceOf(scope, prefix);
  if (ns === undefined) return { ns, phrase: ` (its prefix ${prefix} is not declared)` };
  if (ns === CAF_NS) return { ns, phrase: '' };
  return { ns, phrase: ns === '' ? ' (no namespace)' : ` (namespace ${ns})` };
}

/**
 * Diagnostics of the trivia `list` standing among the children of `container` (a child's `before` or the
 * container's `end`): elements the schema does not allow there, and text in element-only content. `ref` is the
 * known element whose list it is.
 */
export function checkTrivia(
  out: Diagnostic[],
  list: readonly Trivia[] | undefined,
  container: SchemaElement,
  scope: Scope,
  ref: FieldRef,
  where: Where,
  reason: MisplacedReason,
): void {
  if (!list || list.length === 0) return;
  const mixed = container === 'ImageCustomizations';
  for (const t of list) {
    if (t.kind === 'text' || t.kind === 'cdata') {
      if (mixed || isXmlWhiteSpace(t.text)) continue;
      const what = t.kind === 'text' ? `Text "${excerpt(t.text)}"` : `A CDATA section "${excerpt(t.text)}"`;
      out.push(diag('schema-text', `${what} in ${where()}: <${container}> may hold ${RULES[container].allows}, and no text. Remove it (a comment may hold a note).`, ref));
      continue;
    }
    if (t.kind !== 'element') continue;
    const own = within(scope, t.attrs);
    const { ns, phrase } = namespacePhrase(own, t.name);
    const local = splitName(t.name)[1];
    if (ns === CAF_NS && isSchemaElement(local)) {
      out.push(diag('schema-misplaced-element', `Misplaced <${t.name}> in ${where()}: ${reason(local)}. <${container}> may hold ${RULES[container].allows}. Move or remove it.`, ref));
    } else {
      out.push(diag('schema-unknown-element', `Unknown element <${t.name}>${phrase} in ${where()}: the schema does not declare it; <${container}> may hold ${RULES[container].allows}. Remove it.`, ref));
    }
  }
}

/** The reason for a known name among `container`'s children, before any rule about position. */
export function placeReason(container: SchemaElement, local: SchemaElement): string | null {
  if (local === 'ImageCustomizations') return '<ImageCustomizations> is the root element and stands nowhere else';
  if (RULES[container].children.includes(local)) return null;
  if (local === 'DataAssets' && container === 'Variant') return '<DataAssets> is allowed only in <Static>';
  return `<${local}> is not allowed inside <${container}>`;
}

const anywhere = new Map<SchemaElement, MisplacedReason>();

/** A reason for containers whose order does not matter (all but the root and Variant); one function per container. */
export function anywhereReason(container: SchemaElement): MisplacedReason {
  let r = anywhere.get(container);
  if (!r) {
    r = (local) => placeReason(container, local) ?? `this <${local}> holds content the schema does not allow, so it is kept as written`;
    anywhere.set(container, r);
  }
  return r;
}

/** Whether a known element carries anything this module checks (most carry nothing: then it costs this test). */
export function troubled(x: { readonly before?: readonly unknown[]; readonly extraAttrs?: readonly unknown[]; readonly end?: readonly unknown[]; readonly inner?: readonly unknown[] }): boolean {
  return (x.before !== undefined && x.before.length > 0) || (x.extraAttrs !== undefined && x.extraAttrs.length > 0) || (x.end !== undefined && x.end.length > 0) || (x.inner !== undefined && x.inner.length > 0);
}

/** Diagnostics of what stands inside an element whose content must be empty (`inner`). */
export function checkInner(out: Diagnostic[], element: SchemaElement, inner: readonly Trivia[] | undefined, ref: FieldRef, where: Where): void {
  if (!inner || inner.length === 0) return;
  const found: string[] = [];
  for (const t of inner) {
    if (t.kind === 'text' && t.text !== '') found.push(isXmlWhiteSpace(t.text) ? 'white space' : `text "${excerpt(t.text)}"`);
    else if (t.kind === 'cdata') found.push(`a CDATA section`);
    else if (t.kind === 'element') found.push(`an element <${t.name}>`);
  }
  if (found.length === 0) return;
  const what = joinNames([...new Set(found)]);
  out.push(diag('schema-leaf-content', `${where()} holds ${what}: the schema allows nothing inside <${element}> (comments and processing instructions aside; even white space is refused). Remove it, or write the element as <${element} .../>.`, ref));
}

/** A short one-line quote of a text, with characters that look like white space but are not XML's shown as U+XXXX. */
function excerpt(text: string): string {
  const one = text
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/^ | $/g, '')
    .replace(/[^\S ]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}
