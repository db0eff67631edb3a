// The pieces toXml is joined from: xmlbuilder2 fragments written at their final indentation, cached by object
// identity, and elements joined around their children's cached texts (serialize.ts explains why this is
// byte-identical to one pass).

import { fragment } from 'xmlbuilder2';
import type { Trivia } from '../model/types.ts';
import type { BuildNotes, XMLBuilder } from './serialize-build.ts';
import { addTrivia } from './serialize-build.ts';
import { written } from './serialize-raw.ts';

export const INDENT = '  ';
/** `<Setting ... />`: the spelling of every published sample (478 of 479 self-closing tags). */
export const WRITER = { prettyPrint: true, indent: INDENT, newline: '\n', spaceBeforeSlash: true } as const;
const SELF_CLOSE = ' />';

/** How many fragments were built (not taken from the cache) since the last reset; for tests. */
export const fragmentBuilds = { imports: 0, targets: 0, target: 0, static: 0, variant: 0, variants: 0, entry: 0 };

export function resetFragmentBuilds(): void {
  for (const k of Object.keys(fragmentBuilds) as (keyof typeof fragmentBuilds)[]) fragmentBuilds[k] = 0;
}

export type Build = (f: XMLBuilder, notes: BuildNotes) => void;

/** Builds nodes into a fresh xmlbuilder2 fragment and writes them at indentation `level`. */
export function render(level: number, build: Build): string {
  return written((notes) => {
    const f = fragment();
    build(f, notes);
    return f.end({ ...WRITER, offset: level, headless: true });
  });
}

/** Trivia rendered at a container's level, by the identity of its list (the root's end trivia on every keystroke). */
const triviaCaches = new Map<number, WeakMap<readonly Trivia[], string>>();
function triviaText(level: number, list: readonly Trivia[]): string {
  let cache = triviaCaches.get(level);
  if (!cache) triviaCaches.set(level, (cache = new WeakMap()));
  return cached(cache, list, () => render(level, (f, n) => addTrivia(f, list, n)));
}

export function cached<K extends object>(cache: WeakMap<K, string>, key: K, make: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    text = make();
    cache.set(key, text);
  }
  return text;
}

/** `body` preceded by the trivia before its element, written at the element's level. */
export function withBefore(level: number, before: readonly Trivia[] | undefined, body: string): string {
  const head = before ? render(level, (f, n) => addTrivia(f, before, n)) : '';
  return head === '' ? body : head + '\n' + body;
}

// ---- joining a container around its children ----

/** A child of a joined container: a rendered element fragment, or trivia still to render. */
export type Piece = string | readonly Trivia[];

/**
 * Writes element `name` at `level` around `children`. `startTag` gives the element alone, written at `level`
 * (attributes, no children); `whole` builds it with all children, used when the writer would not pretty-print it.
 */
export function container(level: number, name: string, children: readonly Piece[], startTag: () => string, whole: Build): string {
  return containerLines(level, name, children, startTag, whole).join('\n');
}

/** container()'s text as lines: the start tag, each non-empty child, the end tag. */
export function containerLines(level: number, name: string, children: readonly Piece[], startTag: () => string, whole: Build): string[] {
  // xmlbuilder2 self-closes an element with no children and writes one holding only text/CDATA inline;
  // such an element has no element fragment, so let the writer do it in one go.
  if (children.every((p) => typeof p !== 'string' && p.every(isCharData))) return [render(level, whole)];
  const empty = startTag(); // `<Name ... />`, rendered at `level`
  const lines = [empty.slice(0, -SELF_CLOSE.length) + '>'];
  for (const piece of children) {
    const text = typeof piece === 'string' ? piece : triviaText(level + 1, piece);
    if (text !== '') lines.push(text);
  }
  lines.push(INDENT.repeat(level) + '</' + name + '>');
  return lines;
}

function isCharData(t: Trivia): boolean {
  return t.kind === 'text' || t.kind === 'cdata';
}
