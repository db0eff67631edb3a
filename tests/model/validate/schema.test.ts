// The schema's content model checked on the model (schema.ts): reasons, what the schema allows, where each
// finding points, namespaces, the attributes the tool's reader accepts, text and leaf content, and the cache.
// Verdicts recorded with the imaging tool's logic and xmllint (see schema-rules.ts for where they differ).

import { describe, expect, it } from 'vitest';
import type { AnswerFile, Attr, Trivia, Variant } from '../../../src/model/types.ts';
import { fromXml } from '../../../src/xml/parse.ts';
import { createValidator, partChecks, validate } from '../../../src/model/validate/validate.ts';
import { schemaOfVariant, schemaScopes } from '../../../src/model/validate/schema.ts';
import { fieldId } from '../../../src/model/refs.ts';
import { cleanDoc, group, setting, variant, withStatic } from './fixtures.ts';

const el = (name: string, attrs: readonly Attr[] = []): Trivia => ({ kind: 'element', name, attrs, children: [] });
const text = (t: string): Trivia => ({ kind: 'text', text: t });
const cdata = (t: string): Trivia => ({ kind: 'cdata', text: t });
const CAF = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const schema = (doc: AnswerFile) =>
  validate(doc, { strict: false })
    .filter((d) => d.code.startsWith('schema-'))
    .map((d) => ({ code: d.code, at: fieldId(d.ref), message: d.message, severity: d.severity }));

/** The clean document with Static's `end` set. */
function staticEnd(...end: Trivia[]): AnswerFile {
  const d = cleanDoc();
  return { ...d, static: { ...d.static!, end } };
}

/** The clean document whose first Variant's first Setting has `extra`. */
function variantSetting(extra: object, root: Partial<AnswerFile> = {}): AnswerFile {
  return cleanDoc({ variants: [variant('V1', ['T1'], group('Messaging/PerSimSettings/$(__ICCID)', setting('AllowSMStoSMTPAddress', 'True', extra)))], ...root });
}

describe('misplaced and unknown elements', () => {
  it('a second <Static> at the root, with the reason and what the root may hold, on the document', () => {
    const [d, ...rest] = schema(cleanDoc({ end: [el('Static')] }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'schema-misplaced-element', at: 'document/', severity: 'error' });
    expect(d.message).toContain('a second <Static>; the schema allows one');
    expect(d.message).toContain('at most one <Imports>, one <Targets> and one <Static>, in that order, then any number of <Variant>');
  });

  it('<Static> after a Variant when the document has no Static; <Targets> after <Static>', () => {
    const noStatic = cleanDoc({ static: undefined, end: [el('Static')] });
    expect(schema(noStatic)[0].message).toContain('<Static> must come before every <Variant>');
    const d = cleanDoc({ targets: undefined });
    const late = { ...d, variants: [{ ...d.variants[0], before: [el('Targets')] }] };
    const [found] = schema(late);
    expect(found.message).toContain('<Targets> must come before <Static>');
    // What stands before a Variant among the root's children points at that Variant.
    expect(found.at).toBe(`variant:${d.variants[0].key}/`);
  });

  it('<TargetRefs> after a Variant\'s items, <DataAssets> in a Variant, on the Variant', () => {
    const v: Variant = { ...variant('V2', undefined, group('Messaging/PerSimSettings/$(__ICCID)', setting('RcsEnabled', '1'))), end: [el('TargetRefs'), el('DataAssets')] };
    const found = schema(cleanDoc({ variants: [v] }));
    expect(found.map((d) => d.code)).toEqual(['schema-misplaced-element', 'schema-misplaced-element']);
    expect(found[0].message).toContain('<TargetRefs> must come first in a <Variant>');
    expect(found[0].message).toContain('<Variant Name="V2">');
    expect(found[1].message).toContain('<DataAssets> is allowed only in <Static>');
    expect(found.every((d) => d.at === `variant:${v.key}/`)).toBe(true);
  });

  it('unknown elements: another name, another namespace, no namespace; the root\'s name elsewhere is misplaced', () => {
    const g = group('Contoso/X', setting('A', '1'));
    const doc = withStatic({ ...g, before: [el('Foo'), el('f:Foo', [{ name: 'xmlns:f', value: 'urn:f' }]), el('Foo', [{ name: 'xmlns', value: '' }])], end: [el('ImageCustomizations')] });
    const found = schema(doc);
    expect(found.map((d) => d.code)).toEqual(['schema-unknown-element', 'schema-unknown-element', 'schema-unknown-element', 'schema-misplaced-element']);
    expect(found[0].message).toMatch(/^Unknown element <Foo> in <Static>: .*<Static> may hold only <Settings>, <Applications> and <DataAssets> elements/);
    expect(found[1].message).toContain('(namespace urn:f)');
    expect(found[2].message).toContain('(no namespace)');
    expect(found[3].message).toContain('<ImageCustomizations> is the root element');
    expect(found[0].at).toBe(`static/${g.key}/`); // `before` of the group: the group
    expect(found[3].at).toBe(`static/${g.key}/`); // `end` of the group: the group
  });

  it('resolves prefixes with the declarations the model keeps (root extraAttrs, the element\'s own)', () => {
    const declared = cleanDoc({ extraAttrs: [{ name: 'xmlns:c', value: CAF }], end: [el('c:Static')] });
    expect(schema(declared).map((d) => d.code)).toEqual(['schema-misplaced-element']);
    const own = cleanDoc({ end: [el('c:Static', [{ name: 'xmlns:c', value: CAF }])] });
    expect(schema(own).map((d) => d.code)).toEqual(['schema-misplaced-element']);
    const other = cleanDoc({ end: [el('c:Static', [{ name: 'xmlns:c', value: 'urn:c' }])] });
    expect(schema(other).map((d) => d.code)).toEqual(['schema-unknown-element']);
    const undeclared = cleanDoc({ end: [el('c:Static')] });
    expect(schema(undeclared)[0].message).toContain('its prefix c is not declared');
  });
});

describe('text', () => {
  it('refuses text and CDATA that is not XML white space in element-only content', () => {
    const found = schema(staticEnd(text('hello'), cdata('x'), text('\u00a0')));
    expect(found.map((d) => d.code)).toEqual(['schema-text', 'schema-text', 'schema-text']);
    expect(found[0].message).toMatch(/^Text "hello" in <Static>: <Static> may hold only .* and no text/);
    expect(found[2].message).toContain('U+00A0');
    expect(found[0].at).toBe('static/');
  });

  it('accepts XML white space (space, tab, CR, LF) as text or CDATA, and any text in the mixed root', () => {
    expect(schema(staticEnd(text(' \t\r\n'), cdata(' '), cdata('')))).toEqual([]);
    expect(schema(cleanDoc({ end: [text('note'), cdata('x')] }))).toEqual([]);
  });
});

describe('attributes', () => {
  it('refuses undeclared attributes, with what the element declares', () => {
    const [d] = schema(variantSetting({ extraAttrs: [{ name: 'Extra', value: '1' }] }));
    expect(d.code).toBe('schema-unknown-attribute');
    expect(d.message).toContain('Attribute Extra on <Setting Name="AllowSMStoSMTPAddress"> in <Settings Path="Messaging/PerSimSettings/$(__ICCID)"> of Variant "V1"');
    expect(d.message).toContain('the schema declares Name, Value and Type on <Setting>');
    expect(d.at).toMatch(/^variant:f\d+\/f\d+\/f\d+\/$/);
  });

  it('namespace declarations are not attributes; xsi:(noNamespace)schemaLocation, xml:lang/base/space are accepted', () => {
    const ok = variantSetting(
      {
        extraAttrs: [
          { name: 'xmlns:f', value: 'urn:f' },
          { name: 'xsi:schemaLocation', value: 'a b' },
          { name: 'xsi:noNamespaceSchemaLocation', value: 'x.xsd' },
          { name: 'xml:lang', value: 'en' },
          { name: 'xml:base', value: 'http://x/' },
          { name: 'xml:space', value: 'preserve' },
        ],
      },
      { extraAttrs: [{ name: 'xmlns:xsi', value: XSI }] },
    );
    expect(schema(ok)).toEqual([]);
  });

  it('refuses xsi:nil, xsi:type, other xsi: and xml: names, a bad xml:space, and attributes in any other namespace', () => {
    const bad = variantSetting(
      {
        extraAttrs: [
          { name: 'xmlns:q', value: XSI },
          { name: 'q:nil', value: 'false' },
          { name: 'q:type', value: 'T' },
          { name: 'q:foo', value: '1' },
          { name: 'xml:id', value: 'a' },
          { name: 'xml:space', value: 'bogus' },
          { name: 'xmlns:c', value: CAF },
          { name: 'c:Name', value: 'x' },
          { name: 'u:x', value: '1' },
        ],
      },
    );
    const found = schema(bad);
    expect(found.map((d) => d.message.slice(d.message.indexOf('"V1": ') + 6).split('; the schema declares')[0])).toEqual([
      'the tool refuses xsi:nil (no element of the schema is nillable)',
      "the tool refuses xsi:type (the schema's types are anonymous)",
      'the only xsi: attributes the tool accepts are xsi:schemaLocation and xsi:noNamespaceSchemaLocation',
      'the only xml: attributes the tool accepts are xml:lang, xml:space and xml:base',
      'xml:space must be "preserve" or "default"',
      `it is in namespace ${CAF}, and the schema declares no attribute in a namespace`,
      'its prefix u is not declared (no xmlns:u in scope)',
    ]);
  });

  it('checks the sections\' and the root\'s attributes, pointing at them', () => {
    const d = cleanDoc({ extraAttrs: [{ name: 'Extra', value: '1' }] });
    const doc: AnswerFile = { ...d, targets: { ...d.targets!, extraAttrs: [{ name: 'Id', value: 'x' }] }, imports: { imports: [], extraAttrs: [{ name: 'A', value: '' }] } };
    expect(schema(doc).map((x) => x.at)).toEqual(['document/', 'imports/', 'document/targets']);
  });
});

describe('leaf content', () => {
  it('refuses white space, text, CDATA and elements inside a leaf, in one finding per leaf; comments and PIs are fine', () => {
    const [d, ...rest] = schema(variantSetting({ inner: [{ kind: 'comment', text: 'c' }, text(' '), el('Foo'), cdata('')] }));
    expect(rest).toEqual([]);
    expect(d.code).toBe('schema-leaf-content');
    expect(d.message).toContain('holds white space, an element <Foo> and a CDATA section');
    expect(schema(variantSetting({ inner: [{ kind: 'comment', text: 'c' }, { kind: 'pi', target: 'p', data: '' }] }))).toEqual([]);
  });
});

describe('from imported text', () => {
  const H = `<ImageCustomizations xmlns="${CAF}" Owner="Contoso" OwnerType="OEM">`;
  const codesOf = (xml: string) => {
    const r = fromXml(xml);
    if (!r.ok) throw new Error(r.error.message);
    return validate(r.doc, { strict: false }).filter((d) => d.code.startsWith('schema-')).map((d) => d.code);
  };

  it('reports what the parser kept in place', () => {
    const V = '<Variant><TargetRefs><TargetRef Id="T"/></TargetRefs><Settings Path="A"><Setting Name="B"/></Settings></Variant>';
    expect(codesOf(`${H}<Static/><Static/></ImageCustomizations>`)).toEqual(['schema-misplaced-element']);
    expect(codesOf(`${H}${V}<Static/></ImageCustomizations>`)).toEqual(['schema-misplaced-element']);
    expect(codesOf(`${H}<Static>hi<Foo/></Static></ImageCustomizations>`)).toEqual(['schema-text', 'schema-unknown-element']);
    expect(codesOf(`${H}<Static Extra="1"/></ImageCustomizations>`)).toEqual(['schema-unknown-attribute']);
    expect(codesOf(`${H}text<!--c--><Static xmlns:f="urn:f"/></ImageCustomizations>`)).toEqual([]);
  });
});

describe('the cache', () => {
  it('a part with nothing to report costs one walk and returns the shared empty list', () => {
    const v = cleanDoc().variants[0];
    const scopes = schemaScopes(cleanDoc());
    expect(schemaOfVariant(v, scopes)).toBe(schemaOfVariant({ ...v }, scopes));
    expect(schemaOfVariant(v, scopes)).toEqual([]);
  });

  it('follows the root\'s namespace declarations into the cached parts', () => {
    const cached = createValidator();
    const withDecl = variantSetting({ extraAttrs: [{ name: 'xsi:schemaLocation', value: 'a b' }] }, { extraAttrs: [{ name: 'xmlns:xsi', value: XSI }] });
    expect(cached(withDecl, { strict: false }).filter((d) => d.code === 'schema-unknown-attribute')).toEqual([]);
    const without = { ...withDecl, extraAttrs: undefined };
    expect(cached(without, { strict: false })).toEqual(validate(without, { strict: false }));
    expect(cached(without, { strict: false }).filter((d) => d.code === 'schema-unknown-attribute')).toHaveLength(1);
    expect(cached(withDecl, { strict: false })).toEqual(validate(withDecl, { strict: false }));
  });

  it('an edit of one Variant re-checks that part alone, with the root\'s Variant `before` findings kept right', () => {
    const cached = createValidator();
    let doc = cleanDoc({ variants: Array.from({ length: 50 }, (_, i) => variant(`V${i}`, ['T1'], group('Messaging/PerSimSettings/$(__ICCID)', setting('RcsEnabled', '1')))) });
    cached(doc, { strict: false });
    const before = partChecks.count;
    doc = { ...doc, variants: doc.variants.map((v, i) => (i === 7 ? { ...v, before: [el('Static')], end: [text('x')] } : v)) };
    const out = cached(doc, { strict: false });
    expect(partChecks.count - before).toBe(1);
    expect(out).toEqual(validate(doc, { strict: false }));
    expect(out.filter((d) => d.code.startsWith('schema-')).map((d) => d.code)).toEqual(['schema-misplaced-element', 'schema-text']);
  });
});
