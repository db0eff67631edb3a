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

// ---- Schema trouble (tests/xml/schema-content.test.ts) ----
// Documents that are clean apart from what the schema's content model is about, then sprinkled with it:
// known elements where the schema forbids them (with or without a prefix bound to the format's namespace),
// unknown elements (other names, other namespaces, no namespace), text and CDATA, extra attributes (undeclared,
// namespaced, xsi:, xml:), content inside leaves, empty and asset-only Settings groups, bad enumerations and
// Priorities. Not canonical (known names as trivia would read back as known elements): for validation only.

const CAF_NS_URI = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const XSI_URI = 'http://www.w3.org/2001/XMLSchema-instance';

const el = (name: string, attrs: readonly Attr[] = [], children: readonly Trivia[] = []): Trivia => ({ kind: 'element', name, attrs, children });

/** Trivia that may stand among known children: harmless (comments, PIs, white space) or a schema error. */
const TROUBLE_TRIVIA: readonly Trivia[] = [
  { kind: 'comment', text: 'note' },
  { kind: 'pi', target: 'pi', data: 'x' },
  { kind: 'text', text: ' \n\t' },
  { kind: 'cdata', text: ' ' },
  { kind: 'text', text: 'hello' },
  { kind: 'text', text: '\u00a0' },
  { kind: 'cdata', text: 'x' },
  el('Foo'),
  el('f:Foo', [{ name: 'xmlns:f', value: 'urn:f' }]),
  el('Foo', [{ name: 'xmlns', value: '' }]),
  el('Static'),
  el('Variant'),
  el('Targets'),
  el('TargetRefs', [], [el('TargetRef', [{ name: 'Id', value: 'T1' }])]),
  el('DataAssets', [{ name: 'Type', value: 'MapData' }]),
  el('Settings', [{ name: 'Path', value: 'A' }], [el('Setting', [{ name: 'Name', value: 'B' }])]),
  el('Setting', [{ name: 'Name', value: 'B' }]),
  el('ImageCustomizations'),
  el('c:Static', [{ name: 'xmlns:c', value: CAF_NS_URI }]),
  el('Static', [{ name: 'xmlns', value: 'urn:other' }]),
];

/** Attributes a known element may carry besides its own: accepted by the tool or not. */
const TROUBLE_ATTRS: readonly (readonly Attr[])[] = [
  [{ name: 'Extra', value: '1' }],
  [{ name: 'xmlns:f', value: 'urn:f' }],
  [{ name: 'xmlns:f', value: 'urn:f' }, { name: 'f:x', value: '1' }],
  [{ name: 'xmlns:c', value: CAF_NS_URI }, { name: 'c:Name', value: '1' }],
  [{ name: 'xml:lang', value: 'en' }],
  [{ name: 'xml:space', value: 'preserve' }],
  [{ name: 'xml:space', value: 'bogus' }],
  [{ name: 'xml:id', value: 'a' }],
  [{ name: 'xmlns:xsi', value: XSI_URI }, { name: 'xsi:schemaLocation', value: 'a b' }],
  [{ name: 'xmlns:q', value: XSI_URI }, { name: 'q:noNamespaceSchemaLocation', value: 'a.xsd' }],
  [{ name: 'xmlns:xsi', value: XSI_URI }, { name: 'xsi:nil', value: 'false' }],
  [{ name: 'xmlns:xsi', value: XSI_URI }, { name: 'xsi:type', value: 'T' }],
];

/** What may stand inside a leaf: comments and PIs are allowed, the rest is not. */
const TROUBLE_INNER: readonly (readonly Trivia[])[] = [
  [{ kind: 'comment', text: 'c' }],
  [{ kind: 'pi', target: 'pi', data: '' }],
  [{ kind: 'text', text: ' ' }],
  [{ kind: 'text', text: 'x' }],
  [{ kind: 'comment', text: 'c' }, { kind: 'cdata', text: ' ' }],
  [el('Foo')],
];

/** A small deterministic generator (mulberry32): one fast-check integer drives where the trouble goes. */
function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Loose = Record<string, unknown>;

/** Adds trouble to `obj` (a known element) with small probabilities: before, end (containers), attributes, inner (leaves). */
function trouble(obj: Loose, rnd: () => number, role: 'root' | 'container' | 'leaf', rate: number): Loose {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const out: Loose = { ...obj };
  if (role !== 'root' && rnd() < rate) out.before = [pick(TROUBLE_TRIVIA)];
  if (role !== 'leaf' && rnd() < rate) out.end = [pick(TROUBLE_TRIVIA)];
  if (rnd() < rate) {
    const attrs = pick(TROUBLE_ATTRS);
    const own = new Set(((out.extraAttrs as readonly Attr[] | undefined) ?? []).map((a) => a.name));
    out.extraAttrs = [...((out.extraAttrs as readonly Attr[] | undefined) ?? []), ...attrs.filter((a) => !own.has(a.name))];
  }
  if (role === 'leaf' && rnd() < rate) out.inner = pick(TROUBLE_INNER);
  return out;
}

/** `doc` with trouble sprinkled over every known element, driven by `seed`. */
export function withSchemaTrouble(doc: AnswerFile, seed: number, rate = 0.06): AnswerFile {
  const rnd = prng(seed);
  const t = <T>(obj: T, role: 'root' | 'container' | 'leaf'): T => trouble(obj as Loose, rnd, role, rate) as T;
  const items = <T extends StaticItem>(list: readonly T[]): T[] =>
    list.map((item) => {
      if (item.kind === 'settings') return t({ ...item, entries: item.entries.map((e) => t(e, 'leaf')) }, 'container');
      if (item.kind === 'applications') return t({ ...item, apps: item.apps.map((a) => t(a, 'leaf')) }, 'container');
      return t({ ...item, assets: item.assets.map((a) => t(a, 'leaf')) }, 'container');
    });
  return t<AnswerFile>(
    {
      ...doc,
      ...(doc.imports ? { imports: t({ ...doc.imports, imports: doc.imports.imports.map((i) => t(i, 'leaf')) }, 'container') } : {}),
      ...(doc.targets
        ? {
            targets: t(
              {
                ...doc.targets,
                targets: doc.targets.targets.map((x) =>
                  t({ ...x, states: x.states.map((s) => t({ ...s, conditions: s.conditions.map((c) => t(c, 'leaf')) }, 'container')) }, 'container'),
                ),
              },
              'container',
            ),
          }
        : {}),
      ...(doc.static ? { static: t({ ...doc.static, items: items(doc.static.items) }, 'container') } : {}),
      variants: doc.variants.map((v) =>
        t(
          {
            ...v,
            ...(v.targetRefs ? { targetRefs: t({ ...v.targetRefs, refs: v.targetRefs.refs.map((r) => t(r, 'leaf')) }, 'container') } : {}),
            items: items(v.items),
          },
          'container',
        ),
      ),
    },
    'root',
  );
}

const sKey = <K extends string>() => asKey<K>(`s${++counter}`);
const cleanSetting = (name: string, value: string, type?: string): SettingsEntry => ({ kind: 'setting', key: sKey(), name, value, ...(type !== undefined ? { type } : {}) });
const cleanGroup = (path: string, entries: readonly SettingsEntry[]): SettingsGroup => ({ kind: 'settings', key: sKey(), path, entries });
const cleanApps = (): VariantItem => ({
  kind: 'applications',
  key: sKey(),
  apps: [{ key: sKey(), source: 'C:\\Apps\\App.appx', license: 'C:\\Apps\\License.xml', provXml: 'C:\\Apps\\MPAP_App_01.provxml' }],
});

/** A Static item: valid, or wrong in a way the schema cares about (empty group, bad Type enumeration). */
const schemaStaticItem: fc.Arbitrary<StaticItem> = fc.oneof(
  fc.constantFrom(undefined, 'integer', 'dword').map((type) => cleanGroup('Contoso/X', [cleanSetting('A', '1', type)])),
  fc.constant(null).map(() => cleanGroup('Contoso/Empty', [])),
  fc.constantFrom(undefined, 'OEM', 'MobileOperator', 'oem').map((type) =>
    cleanGroup('EventSounds', [{ kind: 'asset', key: sKey(), name: 'Ringtones', source: 'C:\\R\\a.wma', ...(type !== undefined ? { type } : {}) }]),
  ),
  fc.constant(null).map(() => cleanApps() as StaticItem),
  fc.constantFrom('MapData', 'Maps').map((type): StaticItem => ({ kind: 'dataAssets', key: sKey(), type, assets: [{ key: sKey(), source: 'C:\\Maps' }] })),
);

/** A document clean but for what the schema's content model is about (see withSchemaTrouble). */
export const arbSchemaDoc: fc.Arbitrary<AnswerFile> = fc
  .record({
    ownerType: fc.constantFrom('OEM', 'MobileOperator', 'Bad'),
    priority: fc.constantFrom(undefined, '1', '0', '+1', '4294967296', ' 7 '),
    hasStatic: fc.boolean(),
    staticItems: fc.array(schemaStaticItem, { maxLength: 3 }),
    variants: fc.array(fc.record({ refs: fc.constantFrom(0, 1, 1, 1, 2), apps: fc.boolean() }), { maxLength: 2 }),
    seed: fc.integer(),
    rate: fc.constantFrom(0, 0.03, 0.1),
  })
  .map(({ ownerType, priority, hasStatic, staticItems, variants, seed, rate }) => {
    const target = (id: string): Target => ({
      key: sKey(),
      id,
      states: [{ key: sKey(), conditions: [{ key: sKey(), name: 'MCC', value: '310' }, { key: sKey(), name: 'MNC', value: '260' }] }],
    });
    const doc: AnswerFile = {
      owner: 'Contoso',
      ownerType,
      ...(priority !== undefined ? { priority } : {}),
      imports: { imports: [{ key: sKey(), source: 'C:\\caf\\base.xml' }] },
      targets: { targets: [target('T1')] },
      ...(hasStatic || variants.length > 0
        ? { static: { items: [cleanGroup('Multivariant', [cleanSetting('Enable', '1')]), ...staticItems] } }
        : {}),
      variants: variants.map(({ refs, apps }, i) => ({
        key: sKey(),
        name: `V${i}`,
        ...(refs > 0 ? { targetRefs: { refs: Array.from({ length: refs }, () => ({ key: sKey(), id: 'T1' })) } } : {}),
        items: [cleanGroup('Messaging/PerSimSettings/$(__ICCID)', [cleanSetting('AllowSMStoSMTPAddress', 'True')]), ...(apps && i === 0 ? [cleanApps()] : [])],
      })),
    };
    return withSchemaTrouble(doc, seed, rate);
  });
