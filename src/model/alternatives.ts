// Commented-out alternatives (docs/format.md §11.5; §11.3 keeps comments where they stand): a comment among a
// container's children that holds markup for more children can take the place of those children, and a child
// can become such a comment. Pure edits over a container's children and its `end`; what the comment's text
// means is the XML layer's business (src/xml/alternatives.ts).

import type { AnswerFile, ContainerExtras, ImportsSection, StaticSection, Target, TargetsSection, Trivia, Variant, VariantItem, StaticItem } from './types.ts';
import type { VariantKey } from './ids.ts';
import { findVariant, staticItems, targetList, updateVariant } from './answer-file.ts';

/** Where alternatives may stand: the root's Variants, the Targets section, Static's items, a Variant's items. */
export type AltContainer =
  | { readonly kind: 'root' }
  | { readonly kind: 'targets' }
  | { readonly kind: 'static' }
  | { readonly kind: 'variant'; readonly key: VariantKey };

/** What a container holds, by container kind. */
export interface AltChildren {
  readonly root: Variant;
  readonly targets: Target;
  readonly static: StaticItem;
  readonly variant: VariantItem;
}

type Child = { readonly key: string } & ContainerExtras;

/** A comment's place: in the `before` of the child `childKey` (null: in the container's `end`), at `index`. */
export interface CommentAt {
  readonly childKey: string | null;
  readonly index: number;
}

export interface FoundComment extends CommentAt {
  readonly text: string;
}

interface Slot<T extends Child> {
  readonly children: readonly T[];
  readonly end: readonly Trivia[];
}

const NONE: readonly Trivia[] = [];

function slotOf(doc: AnswerFile, c: AltContainer): Slot<Child> | undefined {
  switch (c.kind) {
    case 'root':
      return { children: doc.variants, end: doc.end ?? NONE };
    case 'targets':
      return doc.targets && { children: targetList(doc), end: doc.targets.end ?? NONE };
    case 'static':
      return doc.static && { children: staticItems(doc), end: doc.static.end ?? NONE };
    case 'variant': {
      const v = findVariant(doc, c.key);
      return v && { children: v.items, end: v.end ?? NONE };
    }
  }
}

/** `obj` with the trivia list `field` set, or left out when empty (a model object has no empty trivia lists). */
function withTrivia<T extends ContainerExtras>(obj: T, field: 'before' | 'end', list: readonly Trivia[]): T {
  const copy: { -readonly [P in keyof ContainerExtras]: ContainerExtras[P] } = { ...obj };
  if (list.length > 0) copy[field] = list;
  else delete copy[field];
  return copy as T;
}

function withSlot(doc: AnswerFile, c: AltContainer, slot: Slot<Child>): AnswerFile {
  switch (c.kind) {
    case 'root':
      return withTrivia({ ...doc, variants: slot.children as readonly Variant[] }, 'end', slot.end);
    case 'targets':
      return { ...doc, targets: withTrivia({ ...doc.targets, targets: slot.children as readonly Target[] }, 'end', slot.end) };
    case 'static':
      return { ...doc, static: withTrivia({ ...doc.static, items: slot.children as readonly StaticItem[] }, 'end', slot.end) };
    case 'variant':
      return updateVariant(doc, c.key, (v) => withTrivia({ ...v, items: slot.children as readonly VariantItem[] }, 'end', slot.end));
  }
}

/** Every comment among the container's children and at its end, in document order. */
export function commentsIn(doc: AnswerFile, c: AltContainer): readonly FoundComment[] {
  const slot = slotOf(doc, c);
  if (!slot) return [];
  const found: FoundComment[] = [];
  const scan = (list: readonly Trivia[] | undefined, childKey: string | null) =>
    list?.forEach((t, index) => {
      if (t.kind === 'comment') found.push({ childKey, index, text: t.text });
    });
  for (const child of slot.children) scan(child.before, child.key);
  scan(slot.end, null);
  return found;
}

/**
 * The comments of `c` that may hold markup (a `<`), with which root sections are present, as one string for a
 * subscription that re-renders only when they change (a selector must not return a new array per call); '' when no
 * comment may hold markup, so nothing needs parsing (store/alternatives.ts offeredAlternatives reads the rest).
 */
export function commentSignature(doc: AnswerFile, c: AltContainer): string {
  const comments = commentsIn(doc, c).filter((f) => f.text.includes('<'));
  if (comments.length === 0) return '';
  const present = c.kind === 'root' ? { imports: !!doc.imports, targets: !!doc.targets, static: !!doc.static } : {};
  return JSON.stringify({ comments, present });
}

function commentAt(slot: Slot<Child>, at: CommentAt): Trivia | undefined {
  const list = at.childKey === null ? slot.end : slot.children.find((ch) => ch.key === at.childKey)?.before;
  const t = list?.[at.index];
  return t?.kind === 'comment' ? t : undefined;
}

/**
 * The comment at `at` replaced by `parts` (children of this container), in its place: the trivia before the
 * comment go before the first part (after any `lead`, e.g. the comment's prose kept as a comment of its own),
 * those after it stay where they were. The document unchanged when there is no such comment or no part.
 */
export function takeAlternative<K extends AltContainer['kind']>(
  doc: AnswerFile,
  c: AltContainer & { readonly kind: K },
  at: CommentAt,
  parts: readonly AltChildren[K][],
  lead: readonly Trivia[] = NONE,
): AnswerFile {
  const slot = slotOf(doc, c);
  if (!slot || parts.length === 0 || !commentAt(slot, at)) return doc;
  const list = at.childKey === null ? slot.end : (slot.children.find((ch) => ch.key === at.childKey)?.before ?? NONE);
  const head = [...list.slice(0, at.index), ...lead, ...(parts[0].before ?? NONE)];
  const first: Child = withTrivia(parts[0], 'before', head);
  const placed: readonly Child[] = [first, ...parts.slice(1)];
  const tail = list.slice(at.index + 1);
  if (at.childKey === null) return withSlot(doc, c, { children: [...slot.children, ...placed], end: tail });
  const i = slot.children.findIndex((ch) => ch.key === at.childKey);
  const after: Child = withTrivia(slot.children[i], 'before', tail);
  return withSlot(doc, c, { children: [...slot.children.slice(0, i), ...placed, after, ...slot.children.slice(i + 1)], end: slot.end });
}

/**
 * The child `key` replaced by a comment holding `text`, in its place: what stood before the child stays before
 * the comment, and both go before the next child (or to the container's end). Unchanged when there is no such child.
 */
export function commentOut(doc: AnswerFile, c: AltContainer, key: string, text: string): AnswerFile {
  const slot = slotOf(doc, c);
  const i = slot ? slot.children.findIndex((ch) => ch.key === key) : -1;
  if (!slot || i < 0) return doc;
  const moved: readonly Trivia[] = [...(slot.children[i].before ?? NONE), { kind: 'comment', text }];
  const rest = [...slot.children.slice(0, i), ...slot.children.slice(i + 1)];
  if (i === slot.children.length - 1) return withSlot(doc, c, { children: rest, end: [...moved, ...slot.end] });
  const next = slot.children[i + 1];
  const nextWith: Child = withTrivia(next, 'before', [...moved, ...(next.before ?? NONE)]);
  return withSlot(doc, c, { children: rest.map((ch) => (ch === next ? nextWith : ch)), end: slot.end });
}

/** The sections a root-level comment may hold besides Variants (the published templates comment out a whole body). */
export interface RootSections {
  readonly imports?: ImportsSection;
  readonly targets?: TargetsSection;
  readonly static?: StaticSection;
}

const SECTIONS = ['imports', 'targets', 'static'] as const;

/** Whether the root-level alternative can be used: none of its sections is in the document already. */
export function sectionsFit(doc: AnswerFile, sections: RootSections): boolean {
  return SECTIONS.every((s) => sections[s] === undefined || doc[s] === undefined);
}

/** The comment at `at` taken out of the container, what stood around it left in place. */
function dropComment(doc: AnswerFile, c: AltContainer, at: CommentAt): AnswerFile {
  const slot = slotOf(doc, c);
  if (!slot || !commentAt(slot, at)) return doc;
  const cut = (list: readonly Trivia[]) => [...list.slice(0, at.index), ...list.slice(at.index + 1)];
  if (at.childKey === null) return withSlot(doc, c, { children: slot.children, end: cut(slot.end) });
  const children = slot.children.map((ch) => (ch.key === at.childKey ? withTrivia(ch, 'before', cut(ch.before ?? NONE)) : ch));
  return withSlot(doc, c, { children, end: slot.end });
}

/**
 * A root-level comment replaced by the Variants it holds (in its place) and the sections it holds (in their places
 * in schema order: Imports, Targets, Static), `lead` before the first of them. Unchanged when a section it holds is
 * in the document already, when it holds nothing, or when there is no such comment.
 */
export function takeRootAlternative(doc: AnswerFile, at: CommentAt, variants: readonly Variant[], sections: RootSections, lead: readonly Trivia[] = NONE): AnswerFile {
  const present = SECTIONS.filter((s) => sections[s] !== undefined);
  const root = { kind: 'root' } as const;
  if (!sectionsFit(doc, sections) || (present.length === 0 && variants.length === 0) || !commentAt(slotOf(doc, root)!, at)) return doc;
  let next = variants.length > 0 ? takeAlternative(doc, root, at, variants, present.length === 0 ? lead : NONE) : dropComment(doc, root, at);
  present.forEach((s, i) => {
    const section = sections[s]!;
    const placed = i === 0 ? withTrivia(section, 'before', [...lead, ...(section.before ?? NONE)]) : section;
    next = { ...next, [s]: placed };
  });
  return next;
}
