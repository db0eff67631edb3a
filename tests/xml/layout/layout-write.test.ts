// The layout-preserving writer on hand-written files: an edit touches only what it changed, new parts follow the
// file's own style, and the texts of untouched parts are reused as they are (docs/format.md §11.4).

import { describe, expect, it } from 'vitest';
import type { AnswerFile, Setting, SettingsGroup, Variant } from '../../../src/model/types.ts';
import { asKey } from '../../../src/model/ids.ts';
import { fromXml } from '../../../src/xml/parse.ts';
import { toXml, toXmlPieces } from '../../../src/xml/serialize.ts';
import { layoutText } from '../../../src/xml/layout/layout-text.ts';
import type { Layout } from '../../../src/xml/layout/layout.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

function open(text: string): { doc: AnswerFile; layout: Layout } {
  const r = fromXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return { doc: r.doc, layout: { text, doc: r.doc } };
}

function group(doc: AnswerFile, v = 0): SettingsGroup {
  const g = doc.variants[v].items[0];
  if (g.kind !== 'settings') throw new Error('not a settings group');
  return g;
}

function withEntries(doc: AnswerFile, entries: SettingsGroup['entries'], v = 0): AnswerFile {
  const variant = doc.variants[v];
  const next: Variant = { ...variant, items: [{ ...group(doc, v), entries }, ...variant.items.slice(1)] };
  return { ...doc, variants: doc.variants.map((x, i) => (i === v ? next : x)) };
}

function setValue(doc: AnswerFile, value: string, v = 0): AnswerFile {
  const entries = group(doc, v).entries.map((e, i) => (i === 0 ? { ...(e as Setting), value } : e));
  return withEntries(doc, entries, v);
}

const fresh = (name: string, value: string): Setting => ({ kind: 'setting', key: asKey<'Entry'>(`new-${name}`), name, value });

const SINGLE = [
  `<?xml version='1.0' encoding='utf-8' standalone='yes'?>`,
  `<ImageCustomizations xmlns='${NS}' Name='a&amp;b' Owner='OEM'   OwnerType='OEM'>`,
  `\t<Variant Name='V1'>`,
  `\t\t<TargetRefs><TargetRef Id='T'/></TargetRefs>`,
  ``,
  `\t\t<Settings Path='Messaging'>`,
  `\t\t\t<Setting Value='0'   Name='AllowSMStoSMTPAddress'/>`,
  `\t\t</Settings>`,
  `\t</Variant>`,
  `</ImageCustomizations>`,
  ``,
].join('\r\n');

describe('layout-preserving writer', () => {
  it('changes one value in place: its quotes, the attribute order and the spacing stay', () => {
    const { doc, layout } = open(SINGLE);
    const out = toXml(setValue(doc, '1'), layout);
    expect(out).toBe(SINGLE.replace(`Value='0'`, `Value='1'`));
  });

  it('escapes a new value for the quote it stands in', () => {
    const { doc, layout } = open(SINGLE);
    const out = toXml(setValue(doc, `it's "x" & <y>`), layout);
    expect(out).toContain(`Value='it&apos;s "x" &amp; &lt;y&gt;'   Name='AllowSMStoSMTPAddress'/>`);
  });

  it('keeps the character references of an attribute that did not change', () => {
    const { doc, layout } = open(SINGLE);
    const out = toXml({ ...doc, owner: 'MobileOperator' }, layout);
    expect(out.split('\r\n')[1]).toBe(`<ImageCustomizations xmlns='${NS}' Name='a&amp;b' Owner='MobileOperator'   OwnerType='OEM'>`);
  });

  it('adds a new attribute last, in the file\'s quotes, and drops a removed one with the blanks before it', () => {
    const { doc, layout } = open(SINGLE);
    const s = group(doc).entries[0] as Setting;
    const out = toXml(withEntries(doc, [{ ...s, type: 'integer', value: undefined }]), layout);
    expect(out.split('\r\n')[6]).toBe(`\t\t\t<Setting Name='AllowSMStoSMTPAddress' Type='integer'/>`);
  });

  it('inserts a new setting as one line, indented and ended like its siblings (CRLF stays CRLF)', () => {
    const { doc, layout } = open(SINGLE);
    const out = toXml(withEntries(doc, [...group(doc).entries, fresh('SMStoSMTPShortCode', '1234')]), layout);
    const lines = SINGLE.split('\r\n');
    lines.splice(7, 0, `\t\t\t<Setting Name='SMStoSMTPShortCode' Value='1234'/>`);
    expect(out).toBe(lines.join('\r\n'));
  });

  it('removes a part with its lines and nothing else', () => {
    const text = SINGLE.replace(`\t</Variant>\r\n`, `\t</Variant>\r\n\t<!-- second -->\r\n\t<Variant Name='V2'/>\r\n`);
    const { doc, layout } = open(text);
    expect(toXml({ ...doc, variants: doc.variants.slice(0, 1) }, layout)).toBe(SINGLE);
  });

  it('moves a part with its lines (and the comment before it)', () => {
    const text = SINGLE.replace(`\t</Variant>\r\n`, `\t</Variant>\r\n\t<!-- second -->\r\n\t<Variant Name='V2'/>\r\n`);
    const { doc, layout } = open(text);
    const out = toXml({ ...doc, variants: [doc.variants[1], doc.variants[0]] }, layout);
    const lines = out.split('\r\n');
    expect(lines.slice(2, 4)).toEqual([`\t<!-- second -->`, `\t<Variant Name='V2'/>`]);
    expect([...lines].sort()).toEqual([...text.split('\r\n')].sort());
  });

  it('gives an element that was empty its first child on a line of its own', () => {
    const text = SINGLE.replace(/\t\t<Settings Path='Messaging'>[^]*?<\/Settings>/, `\t\t<Settings Path='Messaging'/>`);
    const { doc, layout } = open(text);
    const out = toXml(withEntries(doc, [fresh('A', '1')]), layout);
    expect(out).toContain(`\t\t<Settings Path='Messaging'>\r\n\t\t\t<Setting Name='A' Value='1'/>\r\n\t\t</Settings>`);
  });

  it('writes a new part in the file\'s style: indentation step, quotes, line break, `/>`', () => {
    const { doc, layout } = open(SINGLE);
    const v: Variant = {
      key: asKey<'Variant'>('nv'),
      name: 'New',
      targetRefs: { refs: [{ key: asKey<'TargetRef'>('nr'), id: 'T' }] },
      items: [{ kind: 'settings', key: asKey<'Group'>('ng'), path: 'P', entries: [fresh('S', '1')] }],
    };
    const out = toXml({ ...doc, variants: [...doc.variants, v] }, layout);
    expect(out).toBe(
      SINGLE.replace(
        `\t</Variant>\r\n`,
        `\t</Variant>\r\n\t<Variant Name='New'>\r\n\t\t<TargetRefs>\r\n\t\t\t<TargetRef Id='T'/>\r\n\t\t</TargetRefs>\r\n\t\t<Settings Path='P'>\r\n\t\t\t<Setting Name='S' Value='1'/>\r\n\t\t</Settings>\r\n\t</Variant>\r\n`,
      ),
    );
  });

  it('names new elements with the prefix the file gives the format', () => {
    const text = `<c:ImageCustomizations xmlns:c="${NS}" Name="x">\n  <c:Variant Name="V1" />\n</c:ImageCustomizations>\n`;
    const { doc, layout } = open(text);
    expect(toXml(doc, layout)).toBe(text);
    const out = toXml({ ...doc, variants: [...doc.variants, { key: asKey<'Variant'>('n'), name: 'V2', items: [] }] }, layout);
    expect(out).toBe(text.replace('  <c:Variant Name="V1" />\n', '  <c:Variant Name="V1" />\n  <c:Variant Name="V2" />\n'));
  });

  it('keeps the text of an unknown element exactly, white space included', () => {
    const text = `<ImageCustomizations xmlns="${NS}">\n  <x:Note xmlns:x="urn:x" xml:space="preserve">  two  spaces\n\tand a tab </x:Note>\n  <Variant Name="V" />\n</ImageCustomizations>`;
    const { doc, layout } = open(text);
    expect(toXml(doc, layout)).toBe(text);
    const out = toXml({ ...doc, variants: [{ ...doc.variants[0], name: 'W' }] }, layout);
    expect(out).toBe(text.replace('Name="V"', 'Name="W"'));
  });

  it('keeps a UTF-8 byte-order mark, and makes the declaration of a re-encoded file say UTF-8', () => {
    const body = `<?xml version="1.0" encoding="windows-1252"?>\n<ImageCustomizations xmlns="${NS}" Name="é" />\n`;
    expect(layoutText({ text: body, encoding: 'utf-8', bom: true })).toBe('\ufeff' + body);
    const text = layoutText({ text: body, encoding: 'windows-1252', bom: false });
    expect(text).toBe(body.replace('windows-1252', 'UTF-8'));
    const { doc, layout } = open(text);
    expect(toXml(doc, layout)).toBe(text);
    const bom = open('\ufeff' + body.replace('windows-1252', 'utf-8'));
    expect(toXml(bom.doc, bom.layout).startsWith('\ufeff<?xml')).toBe(true);
  });

  it('writes a document without a layout in the house style', () => {
    const { doc } = open(SINGLE);
    expect(toXml(doc)).toContain(`<Setting Name="AllowSMStoSMTPAddress" Value="0" />`);
  });

  it('falls back to the house style when the text does not belong to the model', () => {
    const { doc } = open(SINGLE);
    const other = open(SINGLE.replace(`\t</Variant>\r\n`, `\t</Variant>\r\n\t<Variant Name='V2'/>\r\n`));
    expect(toXml(doc, { text: other.layout.text, doc })).toBe(toXml(doc));
  });

  it('reuses the texts of untouched parts: an edit in one Variant leaves the other pieces identical', () => {
    const variants = Array.from({ length: 5 }, (_, i) => `  <Variant Name="V${i}">\n    <Settings Path="P">\n      <Setting Name="S" Value="${i}" />\n    </Settings>\n  </Variant>`);
    const text = `<ImageCustomizations xmlns="${NS}">\n${variants.join('\n')}\n</ImageCustomizations>\n`;
    const { doc, layout } = open(text);
    const before = toXmlPieces(doc, layout);
    const edited = setValue(doc, 'x', 2);
    const after = toXmlPieces(edited, layout);
    expect(after.join('')).toBe(text.replace('Value="2"', 'Value="x"'));
    expect(after.length).toBe(before.length);
    const changed = after.filter((p, i) => p !== before[i]);
    expect(changed).toEqual([expect.stringContaining('Value="x"')]);
  });
});
