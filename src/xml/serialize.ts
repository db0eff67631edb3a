// toXml(doc): the whole answer file as text, built with xmlbuilder2.
//
// Speed: a full xmlbuilder2 pass over a 1000-variant document takes hundreds of milliseconds, so toXml
// serializes by fragment (architecture.md "Speed by design"). Each Target, the Imports and Static
// sections and each Variant are built as their own xmlbuilder2 fragment at their final indentation and
// cached by object identity; edits keep untouched entities identical, so a keystroke rebuilds one
// fragment and joins the rest. toXmlUncached builds the same nodes in one pass; the tests hold the two
// byte-identical. The join relies on xmlbuilder2's pretty printer indenting a subtree only by its depth
// (offset + level), so a fragment written at offset N equals that subtree inside the full document.

import { create, fragment } from 'xmlbuilder2';
import type { AnswerFile, Asset, ImportsSection, Setting, StaticSection, Target, TargetRefs, TargetsSection, Trivia, Variant, VariantItem } from '../model/types.ts';
import type { BuildNotes, XMLBuilder } from './serialize-build.ts';
import {
  addImports,
  addRootElement,
  addStatic,
  addTarget,
  addTargets,
  addEntry,
  addItem,
  addSettings,
  addSettingsElement,
  addTargetRefs,
  addTargetsElement,
  addTrivia,
  addVariant,
  addVariantElement,
  documentLevel,
} from './serialize-build.ts';
import { escapeWhitespaceRefs } from './serialize-fix.ts';
import type { AttrTable } from './names.ts';
import { EL, ROOT_ATTRS, SETTINGS_ATTRS, VARIANT_ATTRS } from './names.ts';

const INDENT = '  ';
/** `<Setting ... />`: the spelling of every published sample (478 of 479 self-closing tags). */
const WRITER = { prettyPrint: true, indent: INDENT, newline: '\n', spaceBeforeSlash: true } as const;
const SELF_CLOSE = ' />';
const DECLARATION = { version: '1.0', encoding: 'utf-8' } as const;

/** How many fragments were built (not taken from the cache) since the last reset; for tests. */
export const fragmentBuilds = { imports: 0, targets: 0, target: 0, static: 0, variant: 0, variants: 0, entry: 0 };

export function resetFragmentBuilds(): void {
  for (const k of Object.keys(fragmentBuilds) as (keyof typeof fragmentBuilds)[]) fragmentBuilds[k] = 0;
}

/** The whole document in one xmlbuilder2 pass, without any cache. */
export function toXmlUncached(doc: AnswerFile): string {
  const notes: BuildNotes = { fix: false };
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
  const text = xml.end(WRITER) + '\n';
  return notes.fix ? escapeWhitespaceRefs(text) : text;
}

/** The whole document, joined from cached fragments; byte-identical to toXmlUncached(doc). */
export function toXml(doc: AnswerFile): string {
  return documentLines(doc, false).join('\n') + '\n';
}

/**
 * toXml(doc) as a list of pieces whose concatenation is exactly toXml(doc). The pieces of unchanged parts
 * (each Variant, the Targets, Imports and Static sections) are the cached strings themselves, so the preview
 * finds what a keystroke changed by comparing pieces by identity instead of scanning megabytes of text.
 */
export function toXmlPieces(doc: AnswerFile): string[] {
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

type Build = (f: XMLBuilder, notes: BuildNotes) => void;

/** Builds nodes into a fresh xmlbuilder2 fragment and writes them at indentation `level`. */
function render(level: number, build: Build): string {
  const notes: BuildNotes = { fix: false };
  const f = fragment();
  build(f, notes);
  const text = f.end({ ...WRITER, offset: level, headless: true });
  return notes.fix ? escapeWhitespaceRefs(text) : text;
}

let declarationText: string | undefined;
function declaration(): string {
  declarationText ??= create(DECLARATION).end({ prettyPrint: true });
  return declarationText;
}

const importsCache = new WeakMap<ImportsSection, string>();
const targetsCache = new WeakMap<TargetsSection, string>();
const targetCache = new WeakMap<Target, string>();
const staticCache = new WeakMap<StaticSection, string>();
const variantCache = new WeakMap<Variant, string>();
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
/** Trivia rendered at a container's level, by the identity of its list (the root's end trivia on every keystroke). */
const triviaCaches = new Map<number, WeakMap<readonly Trivia[], string>>();
function triviaText(level: number, list: readonly Trivia[]): string {
  let cache = triviaCaches.get(level);
  if (!cache) triviaCaches.set(level, (cache = new WeakMap()));
  return cached(cache, list, () => render(level, (f, n) => addTrivia(f, list, n)));
}

function cached<K extends object>(cache: WeakMap<K, string>, key: K, make: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    text = make();
    cache.set(key, text);
  }
  return text;
}

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

/**
 * The keys of the Variants this page has written. A Variant is written in one xmlbuilder2 pass the first time its
 * key is seen (a document opened, imported or made: one fragment a Variant is over three times faster than one a
 * Setting); a Variant seen before is being edited, and is joined around its cached children (its TargetRefs, each
 * item, each Setting of a Settings group), so that from the second keystroke on, a key in one Setting's value
 * renders that Setting alone, not the Variant's twenty. Both ways write the same text.
 */
const variantsWritten = new Set<string>();

/** Forgets which Variants were written, so the next text of each is written in one pass (for tests). */
export function forgetWrittenVariants(): void {
  variantsWritten.clear();
}

function variantText(v: Variant): string {
  return cached(variantCache, v, () => {
    fragmentBuilds.variant++;
    if (!variantsWritten.has(v.key)) {
      variantsWritten.add(v.key);
      return render(1, (f, n) => addVariant(f, v, n));
    }
    const children: Piece[] = [];
    if (v.targetRefs) children.push(targetRefsText(v.targetRefs));
    for (const item of v.items) children.push(variantItemText(item));
    if (v.end) children.push(v.end);
    const bare = { ...v, before: undefined };
    const body = container(
      1,
      EL.variant,
      children,
      () => startTag(`v${v.key}`, attrValues(v, VARIANT_ATTRS), () => render(1, (f, n) => addVariantElement(f, bare, n))),
      (f, n) => addVariant(f, bare, n),
    );
    return withBefore(1, v.before, body);
  });
}

const targetRefsCache = new WeakMap<TargetRefs, string>();
const variantItemCache = new WeakMap<VariantItem, string>();
const entryCache = new WeakMap<Setting | Asset, string>();

function targetRefsText(refs: TargetRefs): string {
  return cached(targetRefsCache, refs, () => render(2, (f, n) => addTargetRefs(f, refs, n)));
}

/** An item of a Variant (at level 2); a Settings group is joined around its cached entries. */
function variantItemText(item: VariantItem): string {
  return cached(variantItemCache, item, () => {
    if (item.kind !== 'settings') return render(2, (f, n) => addItem(f, item, n));
    const children: Piece[] = item.entries.map((e) =>
      cached(entryCache, e, () => {
        fragmentBuilds.entry++;
        return render(3, (f, n) => addEntry(f, e, n));
      }),
    );
    if (item.end) children.push(item.end);
    const bare = { ...item, before: undefined };
    const body = container(
      2,
      EL.settings,
      children,
      () => startTag(`g${item.key}`, attrValues(item, SETTINGS_ATTRS), () => render(2, (f, n) => addSettingsElement(f, bare, n))),
      (f, n) => addSettings(f, bare, n),
    );
    return withBefore(2, item.before, body);
  });
}

/**
 * The start tags of edited Variants and Settings groups (`<Variant Name="…" />`, written at the element's level),
 * by key: the last attribute values (each element's attribute table, then its extra attributes) and their text.
 * The text is a function of those values alone, so a key shared by two documents can only cost a render.
 */
const startTags = new Map<string, { readonly values: readonly unknown[]; readonly text: string }>();

/** What an element's start tag is written from: its attribute table's values, then its extra attributes. */
function attrValues<T extends { readonly extraAttrs?: unknown }>(obj: T, table: AttrTable<T>): unknown[] {
  return [...table.map(([field]) => obj[field]), obj.extraAttrs];
}

function startTag(id: string, values: readonly unknown[], make: () => string): string {
  const hit = startTags.get(id);
  if (hit && hit.values.length === values.length && hit.values.every((x, i) => x === values[i])) return hit.text;
  const text = make();
  startTags.set(id, { values, text });
  return text;
}

/** `body` preceded by the trivia before its element, written at the element's level. */
function withBefore(level: number, before: readonly Trivia[] | undefined, body: string): string {
  const head = before ? render(level, (f, n) => addTrivia(f, before, n)) : '';
  return head === '' ? body : head + '\n' + body;
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
export const SERIALIZER_VERSION = 'caf-fragments/1';

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

// ---- joining a container around its children ----

/** A child of a joined container: a rendered element fragment, or trivia still to render. */
type Piece = string | readonly Trivia[];

/**
 * Writes element `name` at `level` around `children`. `startTag` gives the element alone, written at `level`
 * (attributes, no children); `whole` builds it with all children, used when the writer would not pretty-print it.
 */
function container(level: number, name: string, children: readonly Piece[], startTag: () => string, whole: Build): string {
  return containerLines(level, name, children, startTag, whole).join('\n');
}

/** container()'s text as lines: the start tag, each non-empty child, the end tag. */
function containerLines(level: number, name: string, children: readonly Piece[], startTag: () => string, whole: Build): string[] {
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
