// What an element carries besides its known content: unknown attributes (each a change of its own) and comments
// and other kept markup (one change per element, which the imaging tool does not read: docs/format.md §11.3).

import type { Attr, Trivia } from '../types.ts';
import type { Ctx, Entry } from './emit.ts';
import { emit, joinWhat } from './emit.ts';
import type { Node } from './node.ts';

const attrsOf = (n: Node) => (n.extraAttrs as readonly Attr[] | undefined) ?? [];

/** `attrs` with `name` set to `value` (kept in place, else appended), or taken out when `value` is undefined. */
function withAttr(attrs: readonly Attr[], name: string, value: string | undefined): readonly Attr[] | undefined {
  const rest = attrs.filter((x) => x.name !== name);
  const next = value === undefined ? rest : attrs.some((x) => x.name === name) ? attrs.map((x) => (x.name === name ? { name, value } : x)) : [...attrs, { name, value }];
  return next.length > 0 ? next : undefined;
}

/**
 * One change per unknown attribute added, removed or given another value; their order is layout. Namespace
 * declarations are not attributes to the tool (docs/format.md §2.3), so they do not change the meaning.
 */
export function attrChanges(a: Node, b: Node, ctx: Ctx, out: Entry[]): void {
  const before = attrsOf(a);
  const after = attrsOf(b);
  if (before === after) return;
  const names = [...new Set([...after, ...before].map((x) => x.name))];
  for (const name of names) {
    const was = before.find((x) => x.name === name)?.value;
    const now = after.find((x) => x.name === name)?.value;
    if (was === now) continue;
    const kind = was === undefined ? 'added' : now === undefined ? 'removed' : 'changed';
    const undo = { op: 'patch' as const, at: ctx.loc, patch: { extraAttrs: withAttr(after, name, was) } };
    const meaningful = name !== 'xmlns' && !name.startsWith('xmlns:');
    emit(out, {
      kind,
      ctx,
      tag: `@${name}`,
      what: joinWhat(ctx.what, `attribute ${name}`),
      undo,
      meaningful,
      ...(was === undefined ? {} : { before: was }),
      ...(now === undefined ? {} : { after: now }),
      ...(kind === 'changed' ? {} : { note: kind }),
    });
  }
}

const TRIVIA = ['prolog', 'before', 'inner', 'end', 'epilog'] as const;
const listOf = (n: Node, p: string) => {
  const v = n[p] as readonly Trivia[] | undefined;
  return v && v.length > 0 ? v : undefined;
};
const same = (x: readonly Trivia[] | undefined, y: readonly Trivia[] | undefined) => x === y || JSON.stringify(x) === JSON.stringify(y);

/** One 'changed' when anything kept as written in or around the element differs; undone by putting all of it back. */
export function triviaChange(a: Node, b: Node, ctx: Ctx, out: Entry[]): void {
  const differ = TRIVIA.filter((p) => !same(listOf(a, p), listOf(b, p)));
  if (differ.length === 0) return;
  const all = differ.flatMap((p) => [...(listOf(a, p) ?? []), ...(listOf(b, p) ?? [])]);
  const word = all.every((t) => t.kind === 'comment') ? 'comments' : 'kept markup';
  const patch = Object.fromEntries(differ.map((p) => [p, listOf(a, p)]));
  emit(out, { kind: 'changed', ctx, tag: 'trivia', what: ctx.what ? `${ctx.what} ${word}` : word, undo: { op: 'patch', at: ctx.loc, patch }, meaningful: false, note: 'changed' });
}
