// Commented-out alternatives as undo steps: "Use this alternative" puts the parts a comment holds in its place,
// "Comment out" puts a part's XML in a comment in its place (src/model/alternatives.ts, src/xml/alternatives.ts).
// It reads and writes XML, so the form loads it only when a container has a comment that may hold markup
// (commentSignature) or a part is commented out: the parser and the serializer stay out of the first screen.

import type { AnswerFile } from '../model/types.ts';
import { findVariant, staticItems, targetList } from '../model/answer-file.ts';
import type { PartRef } from '../model/refs.ts';
import { commentOut, commentsIn, sectionsFit, takeAlternative, takeRootAlternative, type RootSections, type AltChildren, type AltContainer, type CommentAt, type FoundComment } from '../model/alternatives.ts';
import { alternativeText, parseAlternative, type Alternative } from '../xml/alternatives.ts';
import { counterKeys } from '../model/ids.ts';
import { mintKey } from './keys.ts';
import { useEditor } from './editor-store.ts';

/** One comment of a container that holds an alternative, as a list shows it. */
export interface OfferedAlternative extends CommentAt {
  readonly title: string;
  /** How many parts it holds and of what kind, e.g. "1 variant". */
  readonly count: number;
}

const ALT_KEYS = counterKeys('alt');

const PRESENT_SECTION = {} as NonNullable<RootSections['static']>;

/** The comments of a signature (commentSignature, model/alternatives.ts) that hold an alternative (parsed with throw-away keys: only count and title are kept). */
export function offeredAlternatives(signature: string, kind: AltContainer['kind']): readonly OfferedAlternative[] {
  const offered: OfferedAlternative[] = [];
  if (signature === '') return offered;
  const { comments, present } = JSON.parse(signature) as { comments: FoundComment[]; present: Record<string, boolean> };
  // Only which sections are present matters to sectionsFit: stand-ins do.
  const sectionsOfDoc = { variants: [], ...Object.fromEntries(Object.entries(present).filter(([, p]) => p).map(([s]) => [s, PRESENT_SECTION])) } as AnswerFile;
  for (const found of comments) {
    const alt = parseAlternative(found.text, kind, ALT_KEYS);
    if (!alt || !sectionsFit(sectionsOfDoc, alt.sections)) continue;
    const count = alt.parts.length + Object.values(alt.sections).filter((s) => s !== undefined).length;
    offered.push({ childKey: found.childKey, index: found.index, title: alt.title, count });
  }
  return offered;
}

/** What to select once an alternative is used: the first new Target or Variant, else the container's part. */
function selectionAfter(c: AltContainer, alt: Alternative): PartRef {
  const first = alt.parts[0] as AltChildren[AltContainer['kind']];
  if (c.kind === 'root') return first ? { kind: 'variant', key: (first as AltChildren['root']).key } : { kind: 'document' };
  if (c.kind === 'targets') return { kind: 'target', key: (first as AltChildren['targets']).key };
  return c.kind === 'static' ? { kind: 'static' } : { kind: 'variant', key: c.key };
}

function partsOf(doc: AnswerFile, c: AltContainer): readonly { readonly key: string }[] {
  if (c.kind === 'root') return doc.variants;
  if (c.kind === 'targets') return targetList(doc);
  if (c.kind === 'static') return staticItems(doc);
  return findVariant(doc, c.key)?.items ?? [];
}

export const alternatives = {
  /** The comment at `at` in `c` becomes the parts it holds (one undo step); nothing happens if it holds none. */
  use(c: AltContainer, at: CommentAt): void {
    const { doc } = useEditor.getState();
    const comment = commentsIn(doc, c).find((f) => f.childKey === at.childKey && f.index === at.index);
    const alt = comment && parseAlternative(comment.text, c.kind, mintKey);
    if (!alt) return;
    const lead = alt.prose ? [{ kind: 'comment', text: ` ${alt.prose.replace(/-+$/, '')} ` } as const] : [];
    const take = (d: AnswerFile) =>
      c.kind === 'root' ? takeRootAlternative(d, at, alt.parts as readonly AltChildren['root'][], alt.sections, lead) : takeAlternative<AltContainer['kind']>(d, c, at, alt.parts, lead);
    useEditor.getState().edit('Use commented-out alternative', take, { select: selectionAfter(c, alt) });
  },

  /**
   * The part `key` of `c` becomes a comment holding its XML, in its place (one undo step), and `then` is selected.
   * Returns why not when it cannot: its XML holds `--` outside its comments' markers, which a comment cannot hold.
   */
  commentOut(c: AltContainer, key: string, what: string, then: PartRef): string | undefined {
    const part = (partsOf(useEditor.getState().doc, c) as readonly AltChildren[AltContainer['kind']][]).find((p) => p.key === key);
    if (!part) return undefined;
    const text = alternativeText(c.kind, part);
    if (text === undefined) return `This ${what} holds “--” (in a value or a comment), which a comment cannot hold: change that first.`;
    useEditor.getState().edit(`Comment out ${what}`, (d) => commentOut(d, c, key, text), { select: then });
    return undefined;
  },
};
