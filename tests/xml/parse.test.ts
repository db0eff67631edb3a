import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromXml } from '../../src/xml/parse.ts';
import { counterKeys } from '../../src/model/ids.ts';
import type { ParseResult } from '../../src/xml/parse-types.ts';
import type { AnswerFile, SettingsGroup } from '../../src/model/types.ts';
import { MAX_IMPORT_BYTES } from '../../src/xml/import-limits.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const wrap = (body: string, rootAttrs = 'OwnerType="OEM"') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="${NS}" ${rootAttrs}>\n${body}\n</ImageCustomizations>\n`;

function ok(r: ParseResult): { doc: AnswerFile; report: readonly { message: string; line: number; column: number }[] } {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r;
}
function refused(r: ParseResult) {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
const group = (g: unknown) => g as SettingsGroup;

describe('fromXml: the model', () => {
  it('reads every section of a full answer file, in order, with deterministic keys', () => {
    const { doc, report } = ok(fromXml(fixture('full-answer-file.xml')));
    expect(report).toEqual([]);
    expect(doc).toMatchObject({
      name: 'FixtureRoot',
      owner: 'Fabrikam',
      ownerType: 'OEM',
      imports: { imports: [{ source: 'C:\\Fixtures\\Import1.xml' }, { source: 'C:\\Fixtures\\Import2.xml' }] },
    });
    expect(doc.priority).toBeUndefined();
    expect('priority' in doc).toBe(false); // absent attributes are absent, not undefined-valued
    expect(doc.targets?.targets.map((t) => t.id)).toEqual(['Operator_A', 'Operator_B', 'Any_UI']);
    expect(doc.targets?.targets[0].states).toHaveLength(2);
    expect(doc.targets?.targets[1].states[0].conditions[1]).toEqual({ key: expect.any(String), name: 'mnc', isWildCard: 'true' });
    expect(doc.static?.items.map((i) => i.kind)).toEqual(['dataAssets', 'applications', 'settings', 'settings', 'settings']);
    expect(group(doc.static?.items[3]).path).toBe('Photos/LensApps/$(LensAppGuid)');
    expect(group(doc.static?.items[3]).entries[0]).toMatchObject({ value: 'Lens & Co <beta> "quoted"' });
    expect(group(doc.static?.items[3]).entries[1]).toMatchObject({ name: 'IccidToRegionOverride/$(PREFIX)', type: 'string' });
    expect(group(doc.static?.items[4]).entries[0]).toMatchObject({
      kind: 'asset', name: 'Ringtones', targetFileName: 'Tone.wma', displayName: 'Tone', type: 'OEM',
    });
    expect(doc.variants.map((v) => v.name)).toEqual(['Operator A', 'Operator B', 'Commented out']);
    expect(doc.variants[0].targetRefs?.refs.map((r) => r.id)).toEqual(['Operator_A']);
    expect(doc.variants[0].items.map((i) => i.kind)).toEqual(['settings', 'settings', 'applications']);
    const keys = JSON.stringify(doc).match(/"key":"k\d+"/g) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps comments and PIs where they stood: prolog, before, end, epilog', () => {
    const { doc } = ok(fromXml(fixture('full-answer-file.xml')));
    expect(doc.prolog).toEqual([
      { kind: 'comment', text: ' Fixture: every section of an answer file, with comments in every place a comment can stand. ' },
      { kind: 'pi', target: 'editor', data: 'hint="kept"' },
    ]);
    expect(doc.epilog).toEqual([{ kind: 'comment', text: ' after the root ' }]);
    expect(doc.imports?.before).toEqual([{ kind: 'comment', text: ' Two imported files; priority comes from their own root element. ' }]);
    expect(doc.imports?.imports[1].before).toEqual([{ kind: 'comment', text: ' between imports ' }]);
    expect(doc.imports?.end).toEqual([{ kind: 'comment', text: ' end of imports ' }]);
    expect(doc.targets?.targets[2].states[0].end).toEqual([{ kind: 'comment', text: ' only a comment here ' }]);
    expect(doc.variants[0].targetRefs?.before).toEqual([{ kind: 'comment', text: ' only one TargetRef per variant ' }]);
    expect(doc.variants[2].end?.[0]).toMatchObject({ kind: 'comment' });
    expect(doc.end).toEqual([{ kind: 'comment', text: ' last word inside the root ' }]);
    // the static block has no comment before it: no empty list either
    expect(doc.static && 'before' in doc.static).toBe(false);
  });

  it('keeps empty template values as empty strings and absent ones as absent', () => {
    const { doc } = ok(fromXml(fixture('empty-template.xml')));
    expect(doc).toMatchObject({ name: '', description: '', owner: '' });
    expect(doc.targets?.targets[0]).toMatchObject({ id: '', states: [{ conditions: [{ name: '', value: '' }, { name: '', value: '' }] }] });
    expect(doc.variants[0]).toMatchObject({ name: '', targetRefs: { refs: [{ id: '' }] }, items: [{ path: '', entries: [{ name: '', value: '' }] }] });
    const { doc: assets } = ok(fromXml(fixture('asset-type-empty.xml')));
    const entries = group(assets.static?.items[0]).entries;
    expect(entries[0]).toMatchObject({ type: '' });
    expect('type' in entries[1]).toBe(false);
  });

  it('keeps a group whose settings are all commented out, with its comments', () => {
    const { doc, report } = ok(fromXml(fixture('commented-settings.xml')));
    expect(report).toEqual([]);
    expect(group(doc.static?.items[0])).toMatchObject({ path: 'Multivariant', entries: [] });
    expect(group(doc.static?.items[0]).end).toHaveLength(2);
    expect(doc.variants[0].items).toEqual([]);
    expect(doc.variants[0].end).toEqual([{ kind: 'comment', text: ' Add settings for this variant here ' }]);
  });

  it('accepts a byte order mark and CRLF line ends', () => {
    const { doc } = ok(fromXml(fixture('bom-crlf.xml')));
    expect(group(doc.static?.items[0]).entries[0]).toMatchObject({ name: 'Enable', value: '1' });
  });

  it('keeps attribute values exactly, including white space and entities', () => {
    const { doc } = ok(fromXml(wrap('<Static><Settings Path=" a&#9;b "><Setting Name="x" Value="  &lt;&#xA;" /></Settings></Static>')));
    expect(group(doc.static?.items[0]).path).toBe(' a\tb ');
    expect(group(doc.static?.items[0]).entries[0]).toMatchObject({ value: '  <\n' });
  });

  it('uses the supplied key generator', () => {
    let n = 0;
    const { doc } = ok(fromXml(wrap('<Variant Name="v"><TargetRefs><TargetRef Id="t" /></TargetRefs></Variant>'), { keys: () => `x${++n}` }));
    expect([doc.variants[0].key, doc.variants[0].targetRefs?.refs[0].key].sort()).toEqual(['x1', 'x2']);
  });

  it('records start-tag positions unless asked not to, with the same document and notes either way', () => {
    const text = wrap('<Variant Name="v">\n<TargetRefs><TargetRef Id="t" /></TargetRefs><Oops /></Variant>');
    const withPos = fromXml(text, { keys: counterKeys('p') });
    const without = fromXml(text, { keys: counterKeys('p'), positions: false });
    if (!without.ok || !withPos.ok) throw new Error('expected ok');
    expect(withPos.positions.get(withPos.doc.variants[0].key)).toEqual({ line: expect.any(Number), column: expect.any(Number) });
    expect(withPos.positions.get('#document')).toBeDefined();
    expect(without.positions.size).toBe(0);
    expect(without.doc).toEqual(withPos.doc);
    expect(without.report).toEqual(withPos.report);
    expect(without.report.length).toBeGreaterThan(0);
  });
});

describe('fromXml: what it keeps without understanding', () => {
  const { doc, report } = ok(fromXml(fixture('unknown-content.xml')));
  const at = (line: number) => report.filter((n) => n.line === line).map((n) => n.message);

  it('keeps namespace declarations and unknown attributes as extraAttrs, in source order', () => {
    expect(doc.extraAttrs).toEqual([
      { name: 'xmlns:f', value: 'urn:fabrikam:extras' },
      { name: 'f:build', value: '42' },
    ]);
    expect(doc.priority).toBe('2');
    expect(group(doc.static?.items[1]).extraAttrs).toEqual([{ name: 'f:origin', value: 'tool' }]);
    expect(group(doc.static?.items[1]).entries[0]).toMatchObject({ name: 'CurrentTheme', extraAttrs: [{ name: 'Unknown', value: 'x' }] });
    expect(at(2).join()).toMatch(/xmlns:f/);
    expect(at(12)).toEqual(['Unknown attribute Unknown on <Setting>: kept as is, not editable.']);
  });

  it('keeps unknown elements, in any namespace, as trivia trees before the next known element', () => {
    expect(doc.static?.before).toEqual([
      {
        kind: 'element',
        name: 'f:Notes',
        attrs: [{ name: 'version', value: '1' }],
        children: [
          { kind: 'text', text: 'keep ' },
          { kind: 'element', name: 'b', attrs: [], children: [{ kind: 'text', text: 'this' }] },
          { kind: 'text', text: ' & that' },
        ],
      },
      { kind: 'element', name: 'RootCert', attrs: [{ name: 'Source', value: 'C:\\certs\\root.cer' }], children: [] },
    ]);
    expect(at(5)[0]).toMatch(/Unknown element <f:Notes> \(namespace urn:fabrikam:extras\)/);
    expect(at(6)[0]).toMatch(/Unknown element <RootCert>/);
  });

  it('keeps a DataAsset with a Type attribute editable, with Type as an extra attribute', () => {
    const da = doc.static?.items[0];
    expect(da).toMatchObject({ kind: 'dataAssets', type: 'MapData', assets: [{ source: 'C:\\maps\\one.map', extraAttrs: [{ name: 'Type', value: 'MapData' }] }] });
    expect(at(9)[0]).toMatch(/the schema puts Type on <DataAssets>/);
  });

  it('keeps a leaf element with text in the model, the text in its inner, and keeps text, CDATA and PIs', () => {
    const g = group(doc.static?.items[1]);
    expect(g.entries).toHaveLength(2);
    expect(g.entries[1]).toEqual({ kind: 'setting', key: g.entries[1].key, name: 'WithContent', value: '1', inner: [{ kind: 'text', text: 'stray text' }] });
    expect(g.end).toEqual([
      { kind: 'text', text: 'Some loose text' },
      { kind: 'cdata', text: 'raw <cdata> & stuff' },
      { kind: 'pi', target: 'tool', data: 'data' },
    ]);
    expect(at(13)).toEqual([
      '<Setting> holds white space, text or elements, which the schema does not allow there (the imaging tool refuses the file): kept inside it.',
    ]);
    expect(at(14)[0]).toMatch(/Text inside <Settings>/);
  });

  it('keeps misplaced known elements as trivia in place and says why', () => {
    const v = doc.variants[0];
    expect(v.targetRefs).toBeUndefined();
    expect(v.items).toHaveLength(1);
    expect(v.end?.map((t) => (t.kind === 'element' ? t.name : t.kind))).toEqual(['TargetRefs', 'DataAssets', 'Settings']);
    expect(at(23)[0]).toMatch(/TargetRefs.*puts it first/);
    expect(at(26)[0]).toMatch(/<DataAssets> is allowed only in <Static>/);
    expect(at(29)[0]).toMatch(/<Settings> \(no namespace\)/);
    expect(doc.targets).toBeUndefined();
    expect(doc.end?.[0]).toMatchObject({ kind: 'element', name: 'Targets' });
    expect(at(31)[0]).toMatch(/<Targets> after <Static>/);
  });

  it('reports notes in document order with 1-based positions', () => {
    const positions = report.map((n) => [n.line, n.column]);
    expect(positions).toEqual([...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(report.find((n) => n.message.includes('RootCert'))).toMatchObject({ line: 6, column: 3 });
  });

  it('keeps a second <Static> and a <Static> after a Variant as trivia', () => {
    const r = ok(fromXml(fixture('two-static.xml')));
    expect(r.doc.static?.items).toHaveLength(1);
    expect(r.doc.variants[0].before?.[0]).toMatchObject({ kind: 'element', name: 'Static' });
    expect(r.doc.end?.[0]).toMatchObject({ kind: 'element', name: 'Static' });
    expect(r.report.map((n) => n.line)).toEqual([16, 30]);
    expect(r.report[0].message).toMatch(/a second <Static>/);
  });

  it('keeps text inside the root as trimmed text trivia', () => {
    const { doc: d, report: rep } = ok(fromXml(wrap('  hello  <Static />')));
    expect(d.static?.before).toEqual([{ kind: 'text', text: 'hello' }]);
    expect(rep[0]).toMatchObject({ line: 3, column: 3 });
  });
});

describe('fromXml: refusals', () => {
  it.each([
    ['refused/wcd.xml', 'wcd-format', /Windows Configuration Designer \(WCD\) customizations\.xml.*not an MCSF answer file/, 3],
    ['refused/oem-package.xml', 'oem-package-format', /Windows Phone 8 OEM customization package/, 2],
    ['refused/no-namespace.xml', 'wrong-namespace', /no namespace/, 2],
    ['refused/doctype-entity.xml', 'doctype', /DOCTYPE/, 2],
    ['refused/mismatched-tag.xml', 'not-well-formed', /not well-formed/, 6],
    ['defects/missing-quote.xml', 'not-well-formed', /unquoted attribute value/, 4],
  ])('%s is refused as %s with its line', (file, code, message, line) => {
    const e = refused(fromXml(fixture(file)));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.line).toBe(line);
    expect(e.column).toBeGreaterThan(0);
    expect(e.message).toMatch(new RegExp(`^Line ${line}, column \\d+: `));
    expect(e.message).toContain(`The line reads: ${e.lineText?.trim().slice(0, 40)}`);
    expect(e.repair).toBeUndefined();
  });

  it('never expands an entity', () => {
    const e = refused(fromXml(fixture('refused/doctype-entity.xml')));
    expect(e.message).not.toContain('boom boom');
  });

  it('refuses any other root', () => {
    const e = refused(fromXml('<?xml version="1.0"?>\n<root/>'));
    expect(e).toMatchObject({ code: 'wrong-root', line: 2, column: 1 });
    expect(e.message).toMatch(/the root element is <root>/);
  });

  it('refuses an empty file, white space only, and a BOM alone', () => {
    for (const t of ['', '  \n\t', '\ufeff']) expect(refused(fromXml(t)).code).toBe('empty');
  });

  it('refuses text that is not XML, with a position', () => {
    const e = refused(fromXml('hello, world'));
    expect(e.code).toBe('not-well-formed');
    expect(e.line).toBe(1);
  });

  it('names the end tag that was expected when end tags do not match', () => {
    const text = [
      '<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Owner="" OwnerType="OEM">',
      '  <Static>',
      '    <Settings Path="Multivariant">',
      '      <Setting Name="Enable" Value="1" />',
      '  </Static>',
      '</ImageCustomizations>',
    ].join('\n');
    const e = refused(fromXml(text));
    expect(e.code).toBe('not-well-formed');
    expect(e.line).toBe(5);
    expect(e.lineText).toBe('  </Static>');
    expect(e.message).toContain('<Settings> is still open, so </Settings> was expected here');
  });

  it('refuses a file over the limit and states the limit', () => {
    const e = refused(fromXml(wrap('<!-- 0123456789 -->'), { maxBytes: 100 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('100 bytes');
    expect(refused(fromXml(' '.repeat(MAX_IMPORT_BYTES + 1))).message).toContain('32 MB');
  });

  it('counts the limit in UTF-8 bytes', () => {
    const text = wrap('<!-- ééé -->');
    const bytes = new TextEncoder().encode(text).length;
    expect(fromXml(text, { maxBytes: bytes }).ok).toBe(true);
    expect(refused(fromXml(text, { maxBytes: bytes - 1 })).code).toBe('too-large');
  });

  it('never throws on hostile or truncated input', () => {
    const full = fixture('full-answer-file.xml');
    for (let cut = 0; cut < full.length; cut += 97) {
      const r = fromXml(full.slice(0, cut));
      expect(typeof r.ok).toBe('boolean');
    }
    for (const t of ['<', '<?xml', '<!--', '<![CDATA[', '&', '<a xmlns:p="">', '<p:a/>', '\u0000', '<ImageCustomizations xmlns="' + NS + '"><x:y/></ImageCustomizations>']) {
      expect(fromXml(t).ok).toBe(false);
    }
  });
});
