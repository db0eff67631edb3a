// A fast-check arbitrary for AnswerFile documents, trivia included, in the canonical form an import
// produces: fromXml(toXml(doc)) must give the same document back (modulo keys, see strip-keys.ts).
// Canonical means what the parser can tell apart:
// - text trivia is non-empty and never follows another text node (adjacent text would read back as one node);
//   between known elements it has no XML white space at either end (it is trimmed there), while inside a leaf's
//   `inner` and an unknown element it is kept as written, white space (even white space alone) included;
// - CDATA never holds `]]>` (the serializer would split it in two), and is never empty between known elements
//   (xmlbuilder2 cannot write an empty one; inside a leaf or an unknown element it is written as read);
// - a leaf's `inner` is absent or non-empty (an empty element reads back without one);
// - comments hold no `--` and do not end with `-`; PI data holds no `?>` and starts with no white space;
//   comments, PIs and CDATA hold no CR;
// - unknown elements have names the format does not define, and extra attributes are never `xmlns`
//   nor a known attribute of their element (either would change what the element means);
// - only comments and PIs stand outside the root, and the root has no `before`.

import fc from 'fast-check';
import type {
  AnswerFile,
  Application,
  Attr,
  Condition,
  DataAsset,
  ImportsSection,
  SettingsEntry,
  SettingsGroup,
  StaticItem,
  StaticSection,
  Target,
  TargetRef,
  TargetRefs,
  TargetsSection,
  TargetState,
  Trivia,
  Variant,
  VariantItem,
} from '../../src/model/types.ts';
import { asKey } from '../../src/model/ids.ts';

let counter = 0;
/** Keys are not compared; a unique one per entity keeps the documents realistic. */
const key = <K extends string>() => fc.constant(null).map(() => asKey<K>(`g${++counter}`));

const char = fc.constantFrom('a', 'Z', '0', ' ', '&', '<', '>', '"', "'", '\t', '\n', '\r', ']', '日', '😀', '-', '$', '(', '\u00a0', '=');
const str = fc.string({ unit: char, maxLength: 10 });
/** An attribute value: absent, empty or any text (values are kept exactly). */
const attrValue = fc.option(str, { nil: undefined });

const XML_WS_ENDS = /^[ \t\r\n]+|[ \t\r\n]+$/g;
const textNode = str
  .map((s) => s.replace(XML_WS_ENDS, ''))
  .filter((s) => s !== '')
  .map((text): Trivia => ({ kind: 'text', text }));
// A parser turns CR into LF everywhere, and comments, PIs and CDATA cannot hold a character reference,
// so a CR there never reads back: an import never produces one.
const noCr = str.map((s) => s.replace(/\r/g, ''));
const commentNode = noCr.map((s): Trivia => ({ kind: 'comment', text: s.replace(/-+/g, '-').replace(/-$/, '~') }));
const piNode = fc
  .tuple(fc.constantFrom('pi', 'x-y', 'tool.v2'), noCr)
  .map(([target, s]): Trivia => ({ kind: 'pi', target, data: s.replace(/>/g, ')').replace(/^[ \t\r\n]+/, '') }));
const cdataNode = noCr.filter((s) => s !== '').map((s): Trivia => ({ kind: 'cdata', text: s.replace(/>/g, ')') }));
/** Text and CDATA as kept inside a leaf or an unknown element: exactly as written. */
const innerTextNode = str.filter((s) => s !== '').map((text): Trivia => ({ kind: 'text', text }));
const innerCdataNode = noCr.map((s): Trivia => ({ kind: 'cdata', text: s.replace(/>/g, ')') }));

const triviaName = fc.constantFrom('Foo', 'Unknown_1', 'a.b', 'RootCert', 'Theme');
const triviaAttrName = fc.constantFrom('Extra', 'data-1', 'xml:lang', 'Name', 'Type');

function uniqueAttrs(names: fc.Arbitrary<string>): fc.Arbitrary<readonly Attr[]> {
  return fc.uniqueArray(fc.record({ name: names, value: str }), { selector: (a) => a.name, maxLength: 2 });
}

/** No two text nodes in a row. */
function canonical(list: readonly Trivia[]): readonly Trivia[] {
  return list.filter((t, i) => !(t.kind === 'text' && list[i - 1]?.kind === 'text'));
}

const elementNode = (child: fc.Arbitrary<Trivia>): fc.Arbitrary<Trivia> =>
  fc.record({
    kind: fc.constant('element' as const),
    name: triviaName,
    attrs: uniqueAttrs(triviaAttrName),
    children: fc.array(child, { maxLength: 3 }).map(canonical),
  });

/** A node inside a leaf or an unknown element. */
const innerTrivia: fc.Arbitrary<Trivia> = fc.letrec<{ t: Trivia }>((tie) => ({
  t: fc.oneof({ depthSize: 'small', withCrossShrink: true }, commentNode, piNode, innerTextNode, innerCdataNode, elementNode(tie('t'))),
})).t;

/** A node between known elements. */
const trivia: fc.Arbitrary<Trivia> = fc.oneof(commentNode, piNode, textNode, cdataNode, elementNode(innerTrivia));

/**
 * What stands inside a leaf: mostly nothing, else comments and PIs (which the schema allows), or anything else
 * (white space, text, CDATA, elements: kept for the validator to report).
 */
const innerList = fc.option(
  fc.oneof(
    fc.array(fc.oneof(commentNode, piNode), { minLength: 1, maxLength: 2 }),
    fc.array(innerTrivia, { minLength: 1, maxLength: 3 }).map(canonical),
  ),
  { nil: undefined, freq: 3 },
);

const triviaList = fc.option(fc.array(trivia, { maxLength: 3 }).map(canonical), { nil: undefined });
const docLevel = fc.option(fc.array(fc.oneof(commentNode, piNode), { maxLength: 2 }), { nil: undefined });
/** Extra attributes: never `xmlns`, never one of the known names (Name, Value, Type, Id, Path, Source, ...). */
const extraAttrs = fc.option(uniqueAttrs(fc.constantFrom('Extra', 'data-1', 'xml:lang', 'xmlns:f', 'f:x')), {
  nil: undefined,
});

function withExtras<T extends object>(arb: fc.Arbitrary<T>) {
  return fc.tuple(arb, triviaList, extraAttrs).map(([obj, before, extra]) => {
    // `f:x` needs its prefix declared on the same element
    // (and a prefix cannot be bound to an empty namespace name)
    const decl = (a: Attr): Attr => (a.name === 'xmlns:f' ? { name: a.name, value: 'urn:f' } : a);
    const fixed = extra?.some((a) => a.name === 'f:x') && !extra.some((a) => a.name === 'xmlns:f')
      ? [...extra, { name: 'xmlns:f', value: 'urn:f' }]
      : extra?.map(decl);
    return { ...obj, before, extraAttrs: fixed };
  });
}
/** A leaf's extras: those of every element, and what stands inside it. */
function withInner<T extends object>(arb: fc.Arbitrary<T>) {
  return fc.tuple(withExtras(arb), innerList).map(([obj, inner]) => ({ ...obj, inner }));
}
function withEnd<T extends object>(arb: fc.Arbitrary<T>) {
  return fc.tuple(withExtras(arb), triviaList).map(([obj, end]) => ({ ...obj, end }));
}
const list = <T>(arb: fc.Arbitrary<T>, maxLength = 2) => fc.array(arb, { maxLength });

const condition: fc.Arbitrary<Condition> = withInner(
  fc.record({ key: key<'Condition'>(), name: attrValue, value: attrValue, isWildCard: attrValue }),
);
const state: fc.Arbitrary<TargetState> = withEnd(fc.record({ key: key<'TargetState'>(), conditions: list(condition, 3) }));
export const arbTarget: fc.Arbitrary<Target> = withEnd(fc.record({ key: key<'Target'>(), id: attrValue, states: list(state) }));

const entry: fc.Arbitrary<SettingsEntry> = fc.oneof(
  withInner(fc.record({ kind: fc.constant('setting' as const), key: key<'Entry'>(), name: attrValue, value: attrValue, type: attrValue })),
  withInner(
    fc.record({
      kind: fc.constant('asset' as const),
      key: key<'Entry'>(),
      name: attrValue,
      source: attrValue,
      targetFileName: attrValue,
      displayName: attrValue,
      type: attrValue,
    }),
  ),
);
const settings: fc.Arbitrary<SettingsGroup> = withEnd(
  fc.record({ kind: fc.constant('settings' as const), key: key<'Group'>(), path: attrValue, entries: list(entry, 3) }),
);
const application: fc.Arbitrary<Application> = withInner(
  fc.record({ key: key<'Application'>(), source: attrValue, license: attrValue, provXml: attrValue, targetPartition: attrValue }),
);
const applications = withEnd(fc.record({ kind: fc.constant('applications' as const), key: key<'Group'>(), apps: list(application) }));
const dataAsset: fc.Arbitrary<DataAsset> = withInner(fc.record({ key: key<'DataAsset'>(), source: attrValue }));
const dataAssets = withEnd(
  fc.record({ kind: fc.constant('dataAssets' as const), key: key<'Group'>(), type: attrValue, assets: list(dataAsset) }),
);
const staticItem: fc.Arbitrary<StaticItem> = fc.oneof(settings, applications, dataAssets);
const variantItem: fc.Arbitrary<VariantItem> = fc.oneof(settings, applications);

const targetRef: fc.Arbitrary<TargetRef> = withInner(fc.record({ key: key<'TargetRef'>(), id: attrValue }));
const refsArb: fc.Arbitrary<readonly TargetRef[]> = list(targetRef);
const targetRefs: fc.Arbitrary<TargetRefs> = withEnd(fc.record({ refs: refsArb }));
export const arbVariant: fc.Arbitrary<Variant> = withEnd(
  fc.record({
    key: key<'Variant'>(),
    name: attrValue,
    targetRefs: fc.option(targetRefs, { nil: undefined }),
    items: list(variantItem),
  }),
);
const imports: fc.Arbitrary<ImportsSection> = withEnd(
  fc.record({ imports: list(withInner(fc.record({ key: key<'Import'>(), source: attrValue }))) }),
);
const targets: fc.Arbitrary<TargetsSection> = withEnd(fc.record({ targets: list(arbTarget, 3) }));
const stat: fc.Arbitrary<StaticSection> = withEnd(fc.record({ items: list(staticItem, 3) }));

/** A whole document in canonical (import) form. */
export const arbAnswerFile: fc.Arbitrary<AnswerFile> = withEnd(
  fc.record({
    name: attrValue,
    description: attrValue,
    owner: attrValue,
    ownerType: attrValue,
    priority: attrValue,
    imports: fc.option(imports, { nil: undefined }),
    targets: fc.option(targets, { nil: undefined }),
    static: fc.option(stat, { nil: undefined }),
    variants: list(arbVariant, 3),
    prolog: docLevel,
    epilog: docLevel,
  }),
).map((d): AnswerFile => ({ ...d, before: undefined }));
