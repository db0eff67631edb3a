// toXml(doc): the whole answer file as text, built with xmlbuilder2.
//
// Speed: a full xmlbuilder2 pass over a 1000-variant document takes hundreds of milliseconds, so toXml
// serializes by fragment (docs/architecture.md, "Serialization"). Each Target, the Imports and Static
// sections and each Variant are built as their own xmlbuilder2 fragment at their final indentation and
// cached by object identity; edits keep untouched entities identical, so a keystroke rebuilds one
// fragment and joins the rest. toXmlUncached builds the same nodes in one pass; the tests hold the two
// byte-identical. The join relies on xmlbuilder2's pretty printer indenting a subtree only by its depth
// (offset + level), so a fragment written at offset N equals that subtree inside the full document.
// serialize-join.ts writes the fragments and joins elements around them; serialize-variant.ts writes an edited
// Variant by Setting.

import { create } from 'xmlbuilder2';
import type { AnswerFile, ImportsSection, StaticSection, Target, TargetsSection, Variant } from '../model/types.ts';
import { addImports, addRootElement, addStatic, addTarget, addTargets, addTargetsElement, addTrivia, addVariant, documentLevel } from './serialize-build.ts';
import { written } from './serialize-raw.ts';
import { EL, ROOT_ATTRS } from './names.ts';
import { INDENT, WRITER, cached, container, containerLines, fragmentBuilds, render, withBefore, type Build, type Piece } from './serialize-join.ts';
import { variantCache, variantText } from './serialize-variant.ts';
import { layoutPieces, type Layout } from './layout/layout.ts';

export { forgetWrittenVariants } from './serialize-variant.ts';
export { fragmentBuilds, resetFragmentBuilds } from './serialize-join.ts';
export type { Layout } from './layout/layout.ts';

const DECLARATION = { version: '1.0', encoding: 'utf-8' } as const;

/** The whole document in one xmlbuilder2 pass, without any cache. */
export function toXmlUncached(doc: AnswerFile): string {
  return written((notes) => {
    const xml = create(DECLARATION);
    addTrivia(xml, documentLevel(doc.prolog), notes);
    addTrivia(xml, documentLevel(doc.before), notes);
    const root = addRootElement(xml, doc, notes);
    if (doc.imports) addImports(root, doc.imports, notes);
    if (doc.targets) addTargets(root, doc.targets, notes);
    if (doc.static) addStatic(root, doc.static, notes);
    for (const v of doc.variants) addVariant(root, v, notes);
    addTrivia(root, doc.end, notes);
    addTrivia(xml, documentLevel(doc.epilog), notes);
    return xml.end(WRITER) + '\n';
  });
}

/**
 * The whole document. With a `layout` (the text it was opened from, layout/layout.ts), written over that text: only
 * what changed is rewritten. Without one (a new document, or after Reformat), in the house style, joined from cached
 * fragments; byte-identical to toXmlUncached(doc).
 */
export function toXml(doc: AnswerFile, layout?: Layout): string {
  const pieces = layout && layoutPieces(doc, layout);
  if (pieces) return pieces.join('');
  return documentLines(doc, false).join('\n') + '\n';
}

/**
 * toXml(doc, layout) as a list of pieces whose concatenation is exactly toXml(doc, layout). The pieces of unchanged parts
 * (each Variant, the Targets, Imports and Static sections) are the cached strings themselves, so the preview
 * finds what a keystroke changed by comparing pieces by identity instead of scanning megabytes of text.
 */
export function toXmlPieces(doc: AnswerFile, layout?: Layout): string[] {
  const written = layout && layoutPieces(doc, layout);
  if (written) return written;
  const pieces: string[] = [];
  for (const line of documentLines(doc, true)) pieces.push(line, '\n');
  return pieces;
}

/** The document's lines (joined by '\n' they are toXml minus its final newline); `split` lists each Variant on its own. */
function documentLines(doc: AnswerFile, split: boolean): string[] {
  const lines = [declaration()];
  const prolog = prologMemo([doc.prolog, doc.before], () =>
    render(0, (f, n) => {
      addTrivia(f, documentLevel(doc.prolog), n);
      addTrivia(f, documentLevel(doc.before), n);
    }),
  );
  if (prolog !== '') lines.push(prolog);
  const children: Piece[] = [];
  if (doc.imports) children.push(importsText(doc.imports));
  if (doc.targets) children.push(targetsText(doc.targets));
  if (doc.static) children.push(staticText(doc.static));
  // A variant's text is never empty, so listing them one by one joins to the same text as variantsText.
  if (split) children.push(...doc.variants.map(variantText));
  else if (doc.variants.length > 0) children.push(variantsText(doc.variants));
  if (doc.end) children.push(doc.end);
  const rootKeys = [doc.extraAttrs, ...ROOT_ATTRS.map(([field]) => doc[field])];
  const whole: Build = (f, n) => {
    const root = addRootElement(f, doc, n);
    addTrivia(root, doc.end, n);
  };
  const rootTag = () => rootTagMemo(rootKeys, () => render(0, (f, n) => addRootElement(f, doc, n)));
  if (split) lines.push(...containerLines(0, EL.root, children, rootTag, whole));
  else lines.push(container(0, EL.root, children, rootTag, whole));
  const epilog = epilogMemo([doc.epilog], () => render(0, (f, n) => addTrivia(f, documentLevel(doc.epilog), n)));
  if (epilog !== '') lines.push(epilog);
  return lines;
}

// ---- fragments ----

let declarationText: string | undefined;
function declaration(): string {
  declarationText ??= create(DECLARATION).end({ prettyPrint: true });
  return declarationText;
}

const importsCache = new WeakMap<ImportsSection, string>();
const targetsCache = new WeakMap<TargetsSection, string>();
const targetCache = new WeakMap<Target, string>();
const staticCache = new WeakMap<StaticSection, string>();
const variantsCache = new WeakMap<readonly Variant[], string>();

/**
 * A one-entry memo: the last text made, while every key is identical to the last call's. The parts of the
 * document around its sections (declaration trivia, the root's start tag, the end) stay unchanged while a
 * section is edited, so a keystroke does not render them with xmlbuilder2 again.
 */
function memoLast(): (keys: readonly unknown[], make: () => string) => string {
  let lastKeys: readonly unknown[] | undefined;
  let lastText = '';
  return (keys, make) => {
    if (lastKeys && lastKeys.length === keys.length && keys.every((k, i) => k === lastKeys![i])) return lastText;
    lastText = make();
    lastKeys = keys;
    return lastText;
  };
}
const prologMemo = memoLast();
const rootTagMemo = memoLast();
const epilogMemo = memoLast();
function importsText(s: ImportsSection): string {
  return cached(importsCache, s, () => {
    fragmentBuilds.imports++;
    return render(1, (f, n) => addImports(f, s, n));
  });
}

function staticText(s: StaticSection): string {
  return cached(staticCache, s, () => {
    fragmentBuilds.static++;
    return render(1, (f, n) => addStatic(f, s, n));
  });
}

function variantsText(list: readonly Variant[]): string {
  return cached(variantsCache, list, () => {
    fragmentBuilds.variants++;
    return list.map(variantText).join('\n');
  });
}

function targetText(t: Target): string {
  return cached(targetCache, t, () => {
    fragmentBuilds.target++;
    return render(2, (f, n) => addTarget(f, t, n));
  });
}

/** `<Targets>` with its before/end trivia, joined around the cached Target fragments. */
function targetsText(s: TargetsSection): string {
  return cached(targetsCache, s, () => {
    fragmentBuilds.targets++;
    const children: Piece[] = s.targets.map(targetText);
    if (s.end) children.push(s.end);
    const body = container(
      1,
      EL.targets,
      children,
      () => render(1, (f, n) => addTargetsElement(f, { ...s, before: undefined }, n)),
      (f, n) => addTargets(f, { ...s, before: undefined }, n),
    );
    return withBefore(1, s.before, body);
  });
}

// ---- priming the caches with texts serialized elsewhere (the import worker) ----

/**
 * Which serializer wrote a Fragments value. The worker and the page are built from the same source, so this only
 * changes with the fragment format; a mismatch (a stale worker script) makes primeFragments refuse the texts.
 */
export const SERIALIZER_VERSION = 'caf-fragments/2';

/** The parts whose fragments can be primed, and the cache and indentation of each. */
export type PartKind = 'target' | 'variant' | 'imports' | 'static';
interface PartTypes {
  target: Target;
  variant: Variant;
  imports: ImportsSection;
  static: StaticSection;
}
const PART_TEXT: { readonly [K in PartKind]: (p: PartTypes[K]) => string } = {
  target: targetText,
  variant: variantText,
  imports: importsText,
  static: staticText,
};
const PART_CACHE: { readonly [K in PartKind]: WeakMap<PartTypes[K], string> } = {
  target: targetCache,
  variant: variantCache,
  imports: importsCache,
  static: staticCache,
};
/** Each part's fragment starts with its indentation; a text that does not is refused (a sanity check, not a proof). */
const PART_START: { readonly [K in PartKind]: string } = {
  target: INDENT.repeat(2),
  variant: INDENT,
  imports: INDENT,
  static: INDENT,
};

/** The texts of some parts, in their order, as this serializer writes them; made by fragmentsOf. */
export interface Fragments<K extends PartKind = PartKind> {
  readonly kind: K;
  readonly version: string;
  readonly texts: readonly string[];
}

/** Serializes `parts` (each as it stands inside the whole document) for primeFragments; fills this side's cache too. */
export function fragmentsOf<K extends PartKind>(kind: K, parts: readonly PartTypes[K][]): Fragments<K> {
  const text = PART_TEXT[kind];
  return { kind, version: SERIALIZER_VERSION, texts: parts.map((p) => text(p)) };
}

/**
 * Seeds the caches with texts fragmentsOf wrote for structured clones of `parts` (same parts, same order), so the
 * first toXml is a join. Returns false, priming nothing, when the texts cannot belong to the parts: another kind
 * or serializer version, another count, or a text not indented as the part's fragment is. Parts already
 * cached keep their text.
 */
export function primeFragments<K extends PartKind>(kind: K, parts: readonly PartTypes[K][], fragments: Fragments<K> | undefined): boolean {
  if (!fragments || fragments.kind !== kind || fragments.version !== SERIALIZER_VERSION) return false;
  const { texts } = fragments;
  if (!Array.isArray(texts) || texts.length !== parts.length) return false;
  const start = PART_START[kind];
  if (!texts.every((t) => typeof t === 'string' && t.startsWith(start))) return false;
  const cache = PART_CACHE[kind];
  parts.forEach((p, i) => {
    if (!cache.has(p)) cache.set(p, texts[i]);
  });
  return true;
}
