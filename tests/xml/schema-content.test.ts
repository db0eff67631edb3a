// Generated documents with no error serialize to XML that satisfies Customization.xsd's content model, as
// written by hand in tests/support/xsd-content-model.ts; and, for the schema's matters, the converse: XML the
// checker refuses comes from a document with an error. The checker itself is held to xmllint's verdicts on
// hand-written files (recorded from xmllint; tests never run it).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toXml } from '../../src/xml/serialize.ts';
import { validate } from '../../src/model/validate/validate.ts';
import { arbSchemaDoc } from '../support/arbitrary-doc.ts';
import { checkContentModel } from '../support/xsd-content-model.ts';
import type { IssueKind } from '../support/xsd-content-model.ts';

const H = '<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Owner="C" OwnerType="OEM"';

/** [name, XML, xmllint's verdict (valid?)] recorded with `xmllint --noout --schema Customization.xsd`. */
const XMLLINT: readonly (readonly [string, string, boolean])[] = [
  ['minimal', `${H}/>`, true],
  ['full', `${H} Name="n" Priority="2"><Imports><Import Source="a"/></Imports><Targets><Target Id="T"><TargetState><Condition Name="MCC" Value="1" IsWildCard="true"/></TargetState></Target></Targets><Static><Settings Path="P"><Setting Name="A" Value="1"/></Settings></Static><Variant><TargetRefs><TargetRef Id="T"/></TargetRefs><Settings Path="P"><Setting Name="A"/></Settings></Variant></ImageCustomizations>`, true],
  ['foo_static', `${H}><Static><Foo/></Static></ImageCustomizations>`, false],
  ['otherns_root', `${H}><x:Foo xmlns:x="urn:x"/></ImageCustomizations>`, false],
  ['text_static', `${H}><Static>hi</Static></ImageCustomizations>`, false],
  ['nbsp_static', `${H}><Static>\u00a0</Static></ImageCustomizations>`, false],
  ['text_root', `${H}>hi<![CDATA[there]]><Static><Settings Path="P"><Setting Name="A" Value="1"/></Settings></Static></ImageCustomizations>`, true],
  ['extra_attr', `${H} Extra="1"/>`, false],
  ['ns_attr', `${H} xmlns:f="urn:f" f:x="1"/>`, false],
  ['xsi_sl', `${H} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="a b"/>`, true],
  ['xsi_nil', `${H} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="false"/>`, false],
  ['ws_leaf', `${H}><Static><Settings Path="P"><Setting Name="A"> </Setting></Settings></Static></ImageCustomizations>`, false],
  ['comment_leaf', `${H}><Static><Settings Path="P"><Setting Name="A"><!--c--><?p d?></Setting></Settings></Static></ImageCustomizations>`, true],
  ['elem_leaf', `${H}><Imports><Import Source="a"><Foo/></Import></Imports></ImageCustomizations>`, false],
  ['empty_settings', `${H}><Static><Settings Path="P"/></Static></ImageCustomizations>`, false],
  ['asset_only', `${H}><Static><Settings Path="P"><Asset Name="A" Source="s"/></Settings></Static></ImageCustomizations>`, true],
  ['second_static', `${H}><Static><Settings Path="P"><Setting Name="A" Value="1"/></Settings></Static><Static><Settings Path="P"><Setting Name="A" Value="1"/></Settings></Static></ImageCustomizations>`, false],
  ['static_after_variant', `${H}><Variant><TargetRefs><TargetRef Id="T"/></TargetRefs><Settings Path="P"><Setting Name="A"/></Settings></Variant><Static><Settings Path="P"><Setting Name="A" Value="1"/></Settings></Static></ImageCustomizations>`, false],
  ['targetrefs_late', `${H}><Variant><Settings Path="P"><Setting Name="A"/></Settings><TargetRefs><TargetRef Id="T"/></TargetRefs></Variant></ImageCustomizations>`, false],
  ['no_targetrefs', `${H}><Variant/></ImageCustomizations>`, false],
  ['two_targetrefs', `${H}><Variant><TargetRefs><TargetRef Id="T"/><TargetRef Id="U"/></TargetRefs></Variant></ImageCustomizations>`, false],
  ['dataassets_variant', `${H}><Variant><TargetRefs><TargetRef Id="T"/></TargetRefs><DataAssets Type="MapData"/></Variant></ImageCustomizations>`, false],
  ['bad_ownertype', `<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Owner="C" OwnerType="oem"/>`, false],
  ['no_owner', `<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" OwnerType="OEM"/>`, false],
  ['bad_setting_type', `${H}><Static><Settings Path="P"><Setting Name="A" Type="dword"/></Settings></Static></ImageCustomizations>`, false],
  ['bad_dataassets_type', `${H}><Static><DataAssets Type="Maps"/></Static></ImageCustomizations>`, false],
  ['priority_zero', `${H} Priority="0"/>`, false],
  ['no_app_license', `${H}><Static><Applications><Application Source="a" ProvXML="p"/></Applications></Static></ImageCustomizations>`, false],
  ['wrong_root_ns', `<ImageCustomizations Owner="C" OwnerType="OEM"/>`, false],
];

/**
 * Where xmllint and the imaging tool's reader (.NET) differ, the checker follows the tool:
 * [name, XML, xmllint's verdict, the tool's verdict (as its validating reader decides, recorded with the tool's logic)].
 */
const TOOL_NOT_XMLLINT: readonly (readonly [string, string, boolean, boolean])[] = [
  ['cdata_ws_static', `${H}><Static><![CDATA[ ]]></Static></ImageCustomizations>`, false, true],
  ['xml_lang', `${H} xml:lang="en"/>`, false, true],
  ['priority_plus', `${H} Priority="+1"/>`, true, false],
  ['priority_big', `${H} Priority="4294967296"/>`, true, false],
  ['wildcard_True', `${H}><Targets><Target Id="T"><TargetState><Condition Name="MCC" IsWildCard="True"/></TargetState></Target></Targets></ImageCustomizations>`, true, false],
];

describe('the content-model checker', () => {
  it.each(XMLLINT)('%s: agrees with xmllint', (_name, xml, valid) => {
    expect(checkContentModel(xml).length === 0).toBe(valid);
  });

  it.each(TOOL_NOT_XMLLINT)('%s: follows the tool where xmllint differs', (_name, xml, xmllint, tool) => {
    expect(xmllint).not.toBe(tool);
    expect(checkContentModel(xml).length === 0).toBe(tool);
  });

  it('names the rule family of each issue', () => {
    const kinds = (xml: string) => checkContentModel(xml).map((i) => i.kind);
    expect(kinds(`${H}><Static>hi</Static></ImageCustomizations>`)).toEqual(['text']);
    expect(kinds(`${H}><Static><Settings Path="P"/></Static></ImageCustomizations>`)).toEqual(['occurs']);
    expect(kinds(`${H} Extra="1"/>`)).toEqual(['attribute']);
    expect(kinds(`${H}><Static><Settings Path="P"><Setting Name="A"> </Setting></Settings></Static></ImageCustomizations>`)).toEqual(['leaf']);
  });
});

/**
 * For each issue kind the checker finds, the codes of which validate must report one. 'value' (Priority as the
 * tool reads it, IsWildCard) and 'required' belong to rules of other areas (issue 17's values and leaves work):
 * not asserted here until those land. 'syntax' (e.g. a prefix no xmlns declares) needs some error.
 */
const CODES_FOR: Partial<Record<IssueKind, readonly string[]>> = {
  syntax: [],
  element: ['schema-misplaced-element', 'schema-unknown-element', 'variant-many-targetrefs', 'variant-no-targetref'],
  occurs: ['group-empty', 'variant-no-targetref'],
  text: ['schema-text'],
  leaf: ['schema-leaf-content'],
  attribute: ['schema-unknown-attribute', 'schema-unknown-element'],
  enum: ['owner-type-invalid', 'setting-type-invalid', 'asset-type-invalid', 'data-assets-type-invalid'],
  value: ['priority-invalid', 'condition-wildcard-invalid'],
  required: [
    'owner-empty', 'owner-type-invalid', 'target-id-missing', 'condition-name-empty', 'targetref-id-empty', 'group-path-empty',
    'setting-name-empty', 'path-empty', 'data-assets-type-invalid',
  ],
};

describe('validate and the schema agree', () => {
  it('a generated document without errors serializes to XML that satisfies the content model, and the converse', () => {
    let clean = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbSchemaDoc, (doc) => {
        const errors = validate(doc, { strict: false }).filter((d) => d.severity === 'error');
        const issues = checkContentModel(toXml(doc)).filter((i) => CODES_FOR[i.kind] !== undefined);
        const codes = errors.map((d) => d.code as string);
        if (errors.length === 0) {
          clean++;
          expect(issues).toEqual([]);
        }
        for (const issue of issues) {
          const want = CODES_FOR[issue.kind]!;
          if (want.length === 0) expect(codes, issue.message).not.toEqual([]);
          // A known name kept as trivia where its place is allowed (a generated <Variant/> among the Variants) is
          // reported as misplaced; the checker reads it as that element and finds what is wrong inside it.
          else expect(codes.some((c) => want.includes(c) || c === 'schema-misplaced-element'), `${issue.kind}: ${issue.message} -> ${codes.join(', ')}`).toBe(true);
        }
        if (issues.length > 0) refused++;
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: both sides occur (about 1 in 15 generated documents is clean: the generator
    // sprinkles trouble, and the tool's rules find much of it; 5 is far below any likely count).
    expect(clean).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(20);
  });
});
