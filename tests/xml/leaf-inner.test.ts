// What stands inside an empty-content element (Import, Condition, TargetRef, Setting, Asset, Application,
// DataAsset): kept in its `inner`, the element staying in the model, and written back inside it exactly, with no
// white space added. The imaging tool accepts comments and PIs there and refuses white space, text, CDATA (even
// empty) and elements, so those are kept for the validator to report (schema-leaf-content).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswerFile, Setting, SettingsGroup, Trivia } from '../../src/model/types.ts';
import { counterKeys } from '../../src/model/ids.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { DocAssembler, docMessages } from '../../src/xml/parse-transfer.ts';
import { forgetWrittenVariants, fragmentBuilds, resetFragmentBuilds, toXml, toXmlUncached } from '../../src/xml/serialize.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

/** A document in the serializer's own layout, with `cond`, `ref` and `set` inside a Condition, a TargetRef and a Setting. */
function answerFile({ cond = '', ref = '', set = '' }: { cond?: string; ref?: string; set?: string }): string {
  const leaf = (tag: string, inner: string) => (inner === '' ? `${tag} />` : `${tag}>${inner}</${tag.slice(1, tag.indexOf(' '))}>`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<ImageCustomizations xmlns="${NS}" Name="T" Owner="Contoso" OwnerType="OEM">`,
    '  <Targets>',
    '    <Target Id="A">',
    '      <TargetState>',
    `        ${leaf('<Condition Name="MCC" Value="310"', cond)}`,
    '      </TargetState>',
    '    </Target>',
    '  </Targets>',
    '  <Variant Name="V">',
    '    <TargetRefs>',
    `      ${leaf('<TargetRef Id="A"', ref)}`,
    '    </TargetRefs>',
    '    <Settings Path="Phone/ConnectivitySettings">',
    `      ${leaf('<Setting Name="Tethering" Value="1"', set)}`,
    '    </Settings>',
    '  </Variant>',
    '</ImageCustomizations>',
    '',
  ].join('\n');
}

function parsed(text: string) {
  const r = fromXml(text, { keys: counterKeys('l') });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

const settingOf = (doc: AnswerFile) => (doc.variants[0].items[0] as SettingsGroup).entries[0] as Setting;

// The forms checked with the imaging tool's own loader (accepted: comments and PIs only).
const FORMS: readonly { inner: string; nodes: Trivia[]; accepted: boolean }[] = [
  { inner: '<!-- c -->', nodes: [{ kind: 'comment', text: ' c ' }], accepted: true },
  { inner: '<?pi x?>', nodes: [{ kind: 'pi', target: 'pi', data: 'x' }], accepted: true },
  { inner: '<!--a--><?p q?>', nodes: [{ kind: 'comment', text: 'a' }, { kind: 'pi', target: 'p', data: 'q' }], accepted: true },
  { inner: ' ', nodes: [{ kind: 'text', text: ' ' }], accepted: false },
  { inner: '\n', nodes: [{ kind: 'text', text: '\n' }], accepted: false },
  { inner: '<!--c-->\n', nodes: [{ kind: 'comment', text: 'c' }, { kind: 'text', text: '\n' }], accepted: false },
  { inner: ' x &amp; y ', nodes: [{ kind: 'text', text: ' x & y ' }], accepted: false },
  { inner: '<![CDATA[]]>', nodes: [{ kind: 'cdata', text: '' }], accepted: false },
  {
    inner: '<x:e xmlns:x="urn:x" />',
    nodes: [{ kind: 'element', name: 'x:e', attrs: [{ name: 'xmlns:x', value: 'urn:x' }], children: [] }],
    accepted: false,
  },
];

describe('a leaf with content', () => {
  it.each(FORMS)('keeps $inner inside a Condition, a TargetRef and a Setting, each staying in the model', ({ inner, nodes, accepted }) => {
    for (const where of ['cond', 'ref', 'set'] as const) {
      const text = answerFile({ [where]: inner });
      const { doc, report } = parsed(text);
      const cond = doc.targets!.targets[0].states[0].conditions[0];
      const ref = doc.variants[0].targetRefs!.refs[0];
      const set = settingOf(doc);
      expect(cond).toMatchObject({ name: 'MCC', value: '310' });
      expect(ref).toMatchObject({ id: 'A' });
      expect(set).toMatchObject({ kind: 'setting', name: 'Tethering', value: '1' });
      const leaf = { cond, ref, set }[where];
      expect(leaf.inner).toEqual(nodes);
      for (const other of [cond, ref, set].filter((l) => l !== leaf)) expect(other.inner).toBeUndefined();
      // A note only for what the tool refuses.
      expect(report.map((n) => n.message)).toEqual(accepted ? [] : [expect.stringMatching(/which the schema does not allow there \(the imaging tool refuses the file\)/)]);
      // Written back byte for byte: nothing added inside the element.
      expect(toXml(doc)).toBe(text);
      expect(toXmlUncached(doc)).toBe(text);
    }
  });

  it('keeps all seven leaf kinds, with comments and PIs, and writes the file back unchanged', () => {
    const text = readFileSync(new URL('../fixtures/import/leaf-content.xml', import.meta.url), 'utf8');
    const { doc, report } = parsed(text);
    expect(doc.imports?.imports[0]).toMatchObject({ source: 'C:\\caf\\common.xml', inner: [{ kind: 'comment', text: ' shared settings ' }] });
    expect(doc.targets?.targets[0].states[0].conditions[1].inner).toEqual([
      { kind: 'comment', text: ' a ' },
      { kind: 'pi', target: 'b', data: 'c' },
      { kind: 'comment', text: ' d ' },
    ]);
    const [settings, apps, data] = doc.static!.items;
    expect(settings).toMatchObject({ entries: [{ inner: [{ kind: 'comment' }] }, { kind: 'asset', name: 'Ringtone', inner: [{ kind: 'comment', text: ' asset ' }] }] });
    expect(apps).toMatchObject({ apps: [{ source: 'C:\\caf\\app.xap', inner: [{ kind: 'pi', target: 'tool', data: 'app' }] }] });
    expect(data).toMatchObject({ assets: [{ source: 'C:\\caf\\maps', inner: [{ kind: 'comment', text: ' maps ' }] }] });
    // Only the Setting holding a line break is reported.
    expect(report).toEqual([{ line: 31, column: 7, message: expect.stringMatching(/^<Setting> holds white space/) }]);
    expect(toXml(doc)).toBe(text);
  });

  it('writes a leaf without inner, or with an empty one, self-closing', () => {
    const { doc } = parsed(answerFile({}));
    const bare = settingOf(doc);
    expect(bare.inner).toBeUndefined();
    const g = doc.variants[0].items[0] as SettingsGroup;
    const empty: AnswerFile = { ...doc, variants: [{ ...doc.variants[0], items: [{ ...g, entries: [{ ...bare, inner: [] }] }] }] };
    expect(toXml(empty)).toContain('<Setting Name="Tethering" Value="1" />');
    expect(toXmlUncached(empty)).toBe(toXml(empty));
  });

  it('keeps the comment of an edited Setting, written alone or with its Variant', () => {
    const { doc } = parsed(answerFile({ set: '<!-- c -->' }));
    const v = doc.variants[0];
    const g = v.items[0] as SettingsGroup;
    const edit = (value: string): AnswerFile => ({
      ...doc,
      variants: [{ ...v, items: [{ ...g, entries: [{ ...settingOf(doc), value }] }] }],
    });
    forgetWrittenVariants();
    toXml(doc); // the Variant written in one pass, its key now seen
    const first = edit('2');
    expect(settingOf(first).inner).toEqual([{ kind: 'comment', text: ' c ' }]);
    resetFragmentBuilds();
    const xml = toXml(first); // joined around its Settings, the edited Setting rendered alone
    expect(fragmentBuilds.entry).toBe(1);
    expect(xml).toContain('<Setting Name="Tethering" Value="2"><!-- c --></Setting>');
    expect(xml).toBe(toXmlUncached(first));
    expect(xml).toBe(answerFile({ set: '<!-- c -->' }).replace('Value="1"', 'Value="2"'));
  });

  it('writes the same text when a model string holds the mark the writer uses (U+FFFF)', () => {
    const { doc } = parsed(answerFile({ set: '<!-- c -->', ref: '<?p x?>' }));
    const v = doc.variants[0];
    const g = v.items[0] as SettingsGroup;
    const refs = { ...v.targetRefs!, refs: [{ ...v.targetRefs!.refs[0], inner: [{ kind: 'pi', target: 'p', data: '\uffff' } as const] }] };
    const entries = [{ ...settingOf(doc), value: '\uffff1\uffff' }];
    const odd: AnswerFile = { ...doc, name: 'a\uffffb', variants: [{ ...v, targetRefs: refs, items: [{ ...g, entries }] }] };
    const xml = toXmlUncached(odd);
    expect(xml).toContain('<Setting Name="Tethering" Value="\uffff1\uffff"><!-- c --></Setting>');
    expect(xml).toContain('<TargetRef Id="A"><?p \uffff?></TargetRef>');
    expect(xml).toContain('Name="a\uffffb"');
    expect(toXml(odd)).toBe(xml);
  });

  it('keeps inner through the import worker, primed fragments included', () => {
    const text = answerFile({ cond: '<!-- c -->', ref: '<?pi x?>', set: '\n' });
    const { doc, report } = parsed(text);
    const a = new DocAssembler();
    for (const m of docMessages(doc, report, true)) a.add(structuredClone(m));
    expect(a.primed).toBe(true);
    const page = a.result()!;
    expect(page).toEqual(doc);
    expect(settingOf(page).inner).toEqual([{ kind: 'text', text: '\n' }]);
    resetFragmentBuilds();
    expect(toXml(page)).toBe(text);
    expect(fragmentBuilds.variant + fragmentBuilds.target).toBe(0);
  });
});

describe('an unknown element', () => {
  it('is written back with its content as read, no white space added or taken away', () => {
    const body = [
      '<f:Notes xmlns:f="urn:f" version="1">keep <b>this</b> &amp; that</f:Notes>',
      '<f:Box xmlns:f="urn:f"><!-- c --><f:Empty /><?pi x?></f:Box>',
      '<f:List xmlns:f="urn:f">\n      <f:Item a="1" />\n        <f:Item a="2"><![CDATA[]]></f:Item>\n    </f:List>',
    ];
    const text = answerFile({}).replace('  <Targets>', body.map((b) => `  ${b}\n`).join('') + '  <Targets>');
    const { doc } = parsed(text);
    expect(doc.targets?.before?.[0]).toEqual({
      kind: 'element',
      name: 'f:Notes',
      attrs: [{ name: 'xmlns:f', value: 'urn:f' }, { name: 'version', value: '1' }],
      children: [
        { kind: 'text', text: 'keep ' },
        { kind: 'element', name: 'b', attrs: [], children: [{ kind: 'text', text: 'this' }] },
        { kind: 'text', text: ' & that' },
      ],
    });
    expect(toXml(doc)).toBe(text);
    expect(toXmlUncached(doc)).toBe(text);
  });

  it('made in the editor without white space is written on one line', () => {
    const doc: AnswerFile = {
      variants: [],
      end: [
        {
          kind: 'element',
          name: 'x:Meta',
          attrs: [{ name: 'x:a', value: '<"\t\r\n&>' }],
          children: [{ kind: 'comment', text: 'c' }, { kind: 'element', name: 'x:In', attrs: [], children: [{ kind: 'text', text: 'a\rb' }] }],
        },
      ],
    };
    expect(toXml(doc)).toContain('  <x:Meta x:a="&lt;&quot;&#x9;&#xD;&#xA;&amp;&gt;"><!--c--><x:In>a&#xD;b</x:In></x:Meta>\n');
    expect(toXmlUncached(doc)).toBe(toXml(doc));
  });
});
