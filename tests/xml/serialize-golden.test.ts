// Golden files for toXml, compared byte for byte. Regenerate with UPDATE_GOLDEN=1 and review the diff;
// founding.xml and every-kind.xml were checked by hand with xmllint against the format's XSD.

import { readFileSync, writeFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/model/types.ts';
import { asKey } from '../../src/model/ids.ts';
import { toXml, toXmlUncached } from '../../src/xml/serialize.ts';
import { escapingDoc, everyKindDoc, foundingDoc, unknownsDoc } from './serialize-samples.ts';

const GOLDEN = new URL('../fixtures/golden/', import.meta.url);

function expectGolden(file: string, doc: AnswerFile): string {
  const xml = toXml(doc);
  expect(toXmlUncached(doc)).toBe(xml);
  const url = new URL(file, GOLDEN);
  // Written only when asked: a missing golden file fails the test rather than being created by it.
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, xml);
  expect(xml).toBe(readFileSync(url, 'utf8'));
  return xml;
}

interface Parsed {
  attrs: Record<string, string>[];
  texts: string[];
  cdata: string[];
  comments: string[];
}

/** What an XML parser reads back: attributes of every element, text, CDATA and comments. */
function parse(xml: string): Parsed {
  const out: Parsed = { attrs: [], texts: [], cdata: [], comments: [] };
  const p = new SaxesParser({ xmlns: false });
  p.on('error', (e) => {
    throw e;
  });
  p.on('opentag', (t) => out.attrs.push({ '': t.name, ...(t.attributes as Record<string, string>) }));
  p.on('text', (t) => {
    if (t.trim() !== '') out.texts.push(t);
  });
  p.on('cdata', (t) => out.cdata.push(t));
  p.on('comment', (t) => out.comments.push(t));
  p.write(xml).close();
  return out;
}

describe('golden files', () => {
  it('writes the founding scenario', () => {
    const xml = expectGolden('founding.xml', foundingDoc);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="')).toBe(true);
    expect(xml).toContain('<Setting Name="SMStoSMTPShortCode" Value="12345" />');
    expect(xml.endsWith('</ImageCustomizations>\n')).toBe(true);
  });

  it('escapes what a parser would otherwise change', () => {
    const xml = expectGolden('escaping.xml', escapingDoc);
    expect(xml).toContain('Name="&amp; &lt; &gt; &quot; \'"');
    expect(xml).toContain('Description="tab&#x9;lf&#xA;cr&#xD;crlf&#xD;&#xA;end"');
    expect(xml).toContain('Owner="日本語 😀"');
    expect(xml).not.toMatch(/&#x[0-9A-F]{3,};/); // non-ASCII stays UTF-8
    const parsed = parse(xml);
    const root = parsed.attrs[0];
    expect(root.Name).toBe(escapingDoc.name);
    expect(root.Description).toBe(escapingDoc.description);
    expect(root.Owner).toBe(escapingDoc.owner);
    const setting = parsed.attrs.find((a) => a[''] === 'Setting');
    expect(setting?.Value).toBe('a]]>b\t"x"');
    expect(parsed.texts.map((t) => t.trim())).toEqual(['text & < > ]]> "q" \'a\' 日本\r\nline']);
    expect(parsed.cdata.join('')).toBe('raw <&> ]]> done');
    expect(parsed.comments).toEqual([' コメント & <tag> ']);
  });

  it('writes every element kind with comments and PIs everywhere', () => {
    const xml = expectGolden('every-kind.xml', everyKindDoc);
    const order = ['<Imports>', '<Targets>', '<Static>', '<Variant Name="Operator">', '<Variant Name="Roaming">'];
    const at = order.map((s) => xml.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('keeps unknown elements and attributes in place', () => {
    const xml = expectGolden('unknowns.xml', unknownsDoc);
    expect(xml).toContain('<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" ');
    expect(xml).toContain('Owner="Contoso" OwnerType="OEM" xmlns:x="urn:example:x" x:Rev="2">');
    expect(xml).toContain('<x:Meta xmlns:y="urn:example:y" x:Kind="note">');
    expect(xml).toContain('<y:Inner>text</y:Inner>');
    expect(xml).toContain('<Plain a="1" /><!-- inside unknown --><![CDATA[<raw>]]>\n    </x:Meta>');
    expect(xml).toContain('<TargetRef Id="A"><!-- why A --><?x-tool ref?></TargetRef>');
    expect(parse(xml).attrs.length).toBeGreaterThan(0);
  });
});

describe('attributes', () => {
  it('omits undefined attributes and writes empty ones', () => {
    const doc: AnswerFile = {
      name: '',
      owner: '',
      ownerType: undefined,
      priority: '1',
      variants: [],
      static: {
        items: [
          {
            kind: 'settings',
            key: asKey('g'),
            path: '',
            entries: [
              { kind: 'setting', key: asKey('e1'), name: 'A', value: '' },
              { kind: 'setting', key: asKey('e2'), name: 'B' },
              { kind: 'setting', key: asKey('e3'), value: 'x', type: '' },
            ],
          },
        ],
      },
    };
    const xml = expectGolden('absent-vs-empty.xml', doc);
    expect(xml).toContain(`xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="" Owner="" Priority="1">`);
    expect(xml).toContain('<Settings Path="">');
    expect(xml).toContain('<Setting Name="A" Value="" />');
    expect(xml).toContain('<Setting Name="B" />');
    expect(xml).toContain('<Setting Value="x" Type="" />');
  });

  it('self-closes childless elements and writes text-only elements inline', () => {
    const xml = toXml({ owner: 'o', imports: { imports: [] }, variants: [], end: [{ kind: 'text', text: 'hi' }] });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Owner="o">\n' +
        '  <Imports />\n' +
        '  hi\n' +
        '</ImageCustomizations>\n',
    );
    expect(toXml({ variants: [] })).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" />\n',
    );
  });
});
