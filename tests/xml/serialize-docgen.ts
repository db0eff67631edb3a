// Random answer files and random edits for the serializer's property tests (fast-check).
// Generated content is well-formed by construction (comment text without `--`, valid names...) so that
// the tests can also check that the output parses.

import fc from 'fast-check';
import type {
  AnswerFile,
  Application,
  Attr,
  Condition,
  ImportsSection,
  SettingsEntry,
  SettingsGroup,
  StaticItem,
  StaticSection,
  Target,
  TargetsSection,
  Trivia,
  Variant,
  VariantItem,
} from '../../src/model/types.ts';
import { asKey } from '../../src/model/ids.ts';

const key = <K extends string>(raw: string) => fc.constant(asKey<K>(raw));
const char = fc.constantFrom('a', 'Z', '0', ' ', '&', '<', '>', '"', "'", '\t', '\n', '\r', ']', '日', '😀', '-', '$');
const value = fc.string({ unit: char, maxLength: 8 });
const attr = fc.option(value, { nil: undefined });
const name = fc.constantFrom('Foo', 'x:Bar', 'p:q', 'Unknown_1', 'a.b');
const attrName = fc.constantFrom('Extra', 'x:attr', 'xmlns:x', 'data-1', 'xml:lang');

// Comments may not contain `--` nor end with `-`; PI data may not contain `?>`.
const commentText = value.map((s) => s.replace(/-+/g, '-').replace(/-$/, '~'));
const piData = value.map((s) => s.replace(/\?>/g, '?').replace(/^\s+/, ''));

const attrs: fc.Arbitrary<readonly Attr[]> = fc
  .uniqueArray(fc.record({ name: attrName, value }), { selector: (a) => a.name, maxLength: 2 });

const trivia: fc.Arbitrary<Trivia> = fc.letrec<{ t: Trivia }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('comment' as const), text: commentText }),
    fc.record({ kind: fc.constant('pi' as const), target: fc.constantFrom('pi', 'x-y'), data: piData }),
    fc.record({ kind: fc.constant('text' as const), text: value }),
    fc.record({ kind: fc.constant('cdata' as const), text: value }),
    fc.record({
      kind: fc.constant('element' as const),
      name,
      attrs,
      children: fc.array(tie('t'), { maxLength: 2 }),
    }),
  ),
})).t;

const triviaList = fc.option(fc.array(trivia, { maxLength: 2 }), { nil: undefined });
const docLevelTrivia = fc.option(
  fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('comment' as const), text: commentText }),
      fc.record({ kind: fc.constant('pi' as const), target: fc.constant('pi'), data: piData }),
    ),
    { maxLength: 2 },
  ),
  { nil: undefined },
);
const extraAttrs = fc.option(attrs, { nil: undefined });

/** Extras every element may carry. */
function withExtras<T>(arb: fc.Arbitrary<T>) {
  return fc.tuple(arb, triviaList, extraAttrs).map(([obj, before, extra]) => ({ ...obj, before, extraAttrs: extra }));
}
/** A leaf's extras: those of every element, and what stands inside it (possibly an empty list). */
function withInner<T>(arb: fc.Arbitrary<T>) {
  return fc.tuple(withExtras(arb), triviaList).map(([obj, inner]) => ({ ...obj, inner }));
}
function withEnd<T>(arb: fc.Arbitrary<T>) {
  return fc.tuple(withExtras(arb), triviaList).map(([obj, end]) => ({ ...obj, end }));
}

const condition: fc.Arbitrary<Condition> = withInner(
  fc.record({ key: key<'Condition'>('c'), name: attr, value: attr, isWildCard: attr }),
);
const target: fc.Arbitrary<Target> = withEnd(
  fc.record({
    key: key<'Target'>('t'),
    id: attr,
    states: fc.array(withEnd(fc.record({ key: key<'TargetState'>('s'), conditions: fc.array(condition, { maxLength: 3 }) })), {
      maxLength: 2,
    }),
  }),
);
const entry: fc.Arbitrary<SettingsEntry> = fc.oneof(
  withInner(fc.record({ kind: fc.constant('setting' as const), key: key<'Entry'>('e'), name: attr, value: attr, type: attr })),
  withInner(
    fc.record({
      kind: fc.constant('asset' as const),
      key: key<'Entry'>('e'),
      name: attr,
      source: attr,
      targetFileName: attr,
      displayName: attr,
      type: attr,
    }),
  ),
);
const settings: fc.Arbitrary<SettingsGroup> = withEnd(
  fc.record({ kind: fc.constant('settings' as const), key: key<'Group'>('g'), path: attr, entries: fc.array(entry, { maxLength: 3 }) }),
);
const application: fc.Arbitrary<Application> = withInner(
  fc.record({ key: key<'Application'>('a'), source: attr, license: attr, provXml: attr, targetPartition: attr }),
);
const applications = withEnd(
  fc.record({ kind: fc.constant('applications' as const), key: key<'Group'>('g'), apps: fc.array(application, { maxLength: 2 }) }),
);
const dataAssets = withEnd(
  fc.record({
    kind: fc.constant('dataAssets' as const),
    key: key<'Group'>('g'),
    type: attr,
    assets: fc.array(withInner(fc.record({ key: key<'DataAsset'>('d'), source: attr })), { maxLength: 2 }),
  }),
);
const staticItem: fc.Arbitrary<StaticItem> = fc.oneof(settings, applications, dataAssets);
const variantItem: fc.Arbitrary<VariantItem> = fc.oneof(settings, applications);

export const arbVariant: fc.Arbitrary<Variant> = withEnd(
  fc.record({
    key: key<'Variant'>('v'),
    name: attr,
    targetRefs: fc.option(
      withEnd(fc.record({ refs: fc.array(withInner(fc.record({ key: key<'TargetRef'>('r'), id: attr })), { maxLength: 2 }) })),
      { nil: undefined },
    ),
    items: fc.array(variantItem, { maxLength: 2 }),
  }),
);
export const arbTarget = target;
export const arbImports: fc.Arbitrary<ImportsSection> = withEnd(
  fc.record({ imports: fc.array(withInner(fc.record({ key: key<'Import'>('i'), source: attr })), { maxLength: 2 }) }),
);
export const arbTargets: fc.Arbitrary<TargetsSection> = withEnd(fc.record({ targets: fc.array(target, { maxLength: 3 }) }));
export const arbStatic: fc.Arbitrary<StaticSection> = withEnd(fc.record({ items: fc.array(staticItem, { maxLength: 3 }) }));

export const arbDocument: fc.Arbitrary<AnswerFile> = withEnd(
  fc.record({
    name: attr,
    description: attr,
    owner: attr,
    ownerType: attr,
    priority: attr,
    imports: fc.option(arbImports, { nil: undefined }),
    targets: fc.option(arbTargets, { nil: undefined }),
    static: fc.option(arbStatic, { nil: undefined }),
    variants: fc.array(arbVariant, { maxLength: 3 }),
    prolog: docLevelTrivia,
    epilog: docLevelTrivia,
  }),
).map((d) => ({ ...d, before: undefined }));

/** One edit: replaces one part of the document by a new object, keeping every other part identical. */
export type Edit = (doc: AnswerFile) => AnswerFile;

function replaceAt<T>(list: readonly T[], at: number, item: T): readonly T[] {
  if (list.length === 0) return [item];
  const copy = list.slice();
  copy[at % list.length] = item;
  return copy;
}

export const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), arbVariant).map(([at, v]): Edit => (d) => ({ ...d, variants: replaceAt(d.variants, at, v) })),
  fc.tuple(fc.nat(), attr).map(([at, n]): Edit => (d) => {
    if (d.variants.length === 0) return d;
    const v = d.variants[at % d.variants.length];
    return { ...d, variants: replaceAt(d.variants, at, { ...v, name: n }) };
  }),
  arbVariant.map((v): Edit => (d) => ({ ...d, variants: [...d.variants, v] })),
  fc.nat().map((at): Edit => (d) => ({ ...d, variants: d.variants.filter((_, i) => i !== at % Math.max(1, d.variants.length)) })),
  fc.tuple(fc.nat(), target).map(([at, t]): Edit => (d) => ({
    ...d,
    targets: { ...(d.targets ?? { targets: [] }), targets: replaceAt(d.targets?.targets ?? [], at, t) },
  })),
  triviaList.map((end): Edit => (d) => (d.targets ? { ...d, targets: { ...d.targets, end } } : d)),
  fc.option(arbStatic, { nil: undefined }).map((s): Edit => (d) => ({ ...d, static: s })),
  fc.option(arbImports, { nil: undefined }).map((s): Edit => (d) => ({ ...d, imports: s })),
  fc.option(arbTargets, { nil: undefined }).map((s): Edit => (d) => ({ ...d, targets: s })),
  fc.tuple(fc.nat(), attr).map(([at, value]): Edit => (d) => {
    // One Setting's value in a Variant's first Settings group: the entry is rewritten, its `inner` kept.
    if (d.variants.length === 0) return d;
    const v = d.variants[at % d.variants.length];
    const g = v.items.find((i): i is SettingsGroup => i.kind === 'settings');
    if (!g || g.entries.length === 0) return d;
    const e = g.entries[at % g.entries.length];
    const entries = replaceAt(g.entries, at, e.kind === 'setting' ? { ...e, value } : { ...e, source: value });
    return { ...d, variants: replaceAt(d.variants, at, { ...v, items: v.items.map((i) => (i === g ? { ...g, entries } : i)) }) };
  }),
  attr.map((owner): Edit => (d) => ({ ...d, owner })),
  triviaList.map((end): Edit => (d) => ({ ...d, end })),
  docLevelTrivia.map((prolog): Edit => (d) => ({ ...d, prolog })),
);
