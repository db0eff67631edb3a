// Issue 21: the change list of two documents parsed separately (keys unrelated: elements are paired by meaning),
// for every kind of part and element added, removed, changed and moved, with the sentences a person reads.

import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/model/diff/diff.ts';
import { equalInMeaning } from '../../../src/model/diff/change.ts';
import { parse, texts, xmlOf } from './diff-support.ts';

const BODY = `<Imports><Import Source="C:\\caf\\base.xml"/></Imports>
<Targets>
  <Target Id="ATT_US"><TargetState><Condition Name="MCC" Value="310"/><Condition Name="MNC" Value="410"/></TargetState></Target>
  <Target Id="TMO"><TargetState><Condition Name="MCC" Value="310"/><Condition Name="MNC" Value="260"/></TargetState></Target>
</Targets>
<Static>
  <Settings Path="Multivariant"><Setting Name="Enable" Value="1"/></Settings>
  <Settings Path="EventSounds"><Asset Name="Ringtones" Source="C:\\r.wma"/></Settings>
  <Applications><Application Source="C:\\a.appx" License="C:\\l.xml" ProvXML="C:\\p.xml"/></Applications>
  <DataAssets Type="MapData"><DataAsset Source="C:\\maps"/></DataAssets>
</Static>
<Variant Name="Telcel"><TargetRefs><TargetRef Id="ATT_US"/></TargetRefs>
  <Settings Path="Messaging/PerSimSettings/$(__ICCID)"><Setting Name="AllowSMStoSMTPAddress" Value="1"/></Settings>
  <Applications><Application License="C:\\l2.xml" ProvXML="C:\\p2.xml"/></Applications>
</Variant>
<Variant Name="Movistar"><TargetRefs><TargetRef Id="TMO"/></TargetRefs></Variant>`;

const BEFORE = xmlOf(BODY);

/** The changes from the base document to the base with `edit` made to its text. */
function changesAfter(edit: (xml: string) => string) {
  const after = edit(BEFORE);
  expect(after, 'the edit applies').not.toBe(BEFORE);
  return diffDocuments(parse(BEFORE, 'a'), parse(after, 'b'));
}
const swap = (xml: string, x: string, y: string) => xml.replace(x, '\u0000').replace(y, x).replace('\u0000', y);

const CASES: readonly (readonly [string, (xml: string) => string, readonly string[]])[] = [
  // the document's own attributes
  ['Owner changed', (x) => x.replace('Owner="Contoso"', 'Owner="Fabrikam"'), ['Document, Owner: Contoso → Fabrikam']],
  ['Priority added', (x) => x.replace('OwnerType="OEM"', 'OwnerType="OEM" Priority="2"'), ['Document, Priority: (absent) → 2']],
  ['Name emptied', (x) => x.replace('Owner=', 'Name="" Owner='), ['Document, Name: (absent) → ""']],
  // Imports
  ['Import added', (x) => x.replace('</Imports>', '<Import Source="C:\\caf\\more.xml"/></Imports>'), ['Imports: import C:\\caf\\more.xml added']],
  ['Import removed', (x) => x.replace('<Import Source="C:\\caf\\base.xml"/>', ''), ['Imports: import C:\\caf\\base.xml removed']],
  ['Imports removed', (x) => x.replace('<Imports><Import Source="C:\\caf\\base.xml"/></Imports>', ''), ['Imports: import C:\\caf\\base.xml removed']],
  ['Imports empty and then gone', (x) => x.replace('<Imports><Import Source="C:\\caf\\base.xml"/></Imports>', '<Imports/>'), ['Imports: import C:\\caf\\base.xml removed']],
  // Targets, states, conditions
  ['condition value', (x) => x.replace('Value="410"', 'Value="411"'), ['Target ATT_US, condition MNC: 410 → 411']],
  [
    'wildcard',
    (x) => x.replace('<Condition Name="MNC" Value="410"/>', '<Condition Name="MNC" Value="41*" IsWildCard="true"/>'),
    ['Target ATT_US, condition MNC: 410 → 41*', 'Target ATT_US, condition MNC, IsWildCard: (absent) → true'],
  ],
  ['condition added', (x) => x.replace('Value="410"/>', 'Value="410"/><Condition Name="SPN" Value="AT&amp;T"/>'), ['Target ATT_US: condition SPN added']],
  ['condition removed', (x) => x.replace('<Condition Name="MNC" Value="260"/>', ''), ['Target TMO: condition MNC removed']],
  ['condition moved', (x) => swap(x, '<Condition Name="MCC" Value="310"/><Condition Name="MNC" Value="410"/>', '<Condition Name="MNC" Value="410"/><Condition Name="MCC" Value="310"/>'), ['Target ATT_US: condition MNC moved']],
  ['state added', (x) => x.replace('260"/></TargetState>', '260"/></TargetState><TargetState><Condition Name="MCC" Value="311"/></TargetState>'), ['Target TMO: state 2 added']],
  [
    'state removed',
    (x) => x.replace('<TargetState><Condition Name="MCC" Value="310"/><Condition Name="MNC" Value="260"/></TargetState>', '<TargetState><Condition Name="MCC" Value="311"/></TargetState>'),
    ['Target TMO, condition MCC: 310 → 311', 'Target TMO: condition MNC removed'],
  ],
  ['Target added', (x) => x.replace('</Targets>', '<Target Id="VZW"><TargetState><Condition Name="MCC" Value="311"/></TargetState></Target></Targets>'), ['Target VZW added']],
  ['Target removed', (x) => x.replace(/<Target Id="TMO">.*?<\/Target>/, ''), ['Target TMO removed']],
  ['Target moved', (x) => x.replace(/(<Target Id="ATT_US">.*?<\/Target>)(\s*)(<Target Id="TMO">.*?<\/Target>)/, '$3$2$1'), ['Target TMO moved']],
  // Static
  ['setting value', (x) => x.replace('<Setting Name="Enable" Value="1"/>', '<Setting Name="Enable" Value="0"/>'), ['Static, setting Enable: 1 → 0']],
  ['setting type', (x) => x.replace('Value="1"/></Settings></Static>', 'Value="1"/></Settings></Static>').replace('Name="Enable" Value="1"', 'Name="Enable" Value="1" Type="integer"'), ['Static, setting Enable, Type: (absent) → integer']],
  ['settings group added', (x) => x.replace('<Static>', '<Static><Settings Path="Connectivity"><Setting Name="A" Value="1"/></Settings>'), ['Static: settings group Connectivity added']],
  ['settings group removed', (x) => x.replace('<Settings Path="Multivariant"><Setting Name="Enable" Value="1"/></Settings>', ''), ['Static: settings group Multivariant removed']],
  ['asset source', (x) => x.replace('C:\\r.wma', 'C:\\s.wma'), ['Static, asset Ringtones, Source: C:\\r.wma → C:\\s.wma']],
  ['application partition', (x) => x.replace('ProvXML="C:\\p.xml"', 'ProvXML="C:\\p.xml" TargetPartition="Data"'), ['Static, application C:\\a.appx, TargetPartition: (absent) → Data']],
  ['application license', (x) => x.replace('C:\\l.xml', 'C:\\l9.xml'), ['Static, application C:\\a.appx, License: C:\\l.xml → C:\\l9.xml']],
  ['data asset added', (x) => x.replace('<DataAsset Source="C:\\maps"/>', '<DataAsset Source="C:\\maps"/><DataAsset Source="C:\\maps2"/>'), ['Static: data asset C:\\maps2 added']],
  ['DataAssets block removed', (x) => x.replace('<DataAssets Type="MapData"><DataAsset Source="C:\\maps"/></DataAssets>', ''), ['Static: DataAssets MapData removed']],
  ['Static removed', (x) => x.replace(/<Static>[^]*<\/Static>/, '<Static/>'), ['Static: settings group Multivariant removed', 'Static: settings group EventSounds removed', 'Static: Applications removed', 'Static: DataAssets MapData removed']],
  // Variants
  ['Variant setting added', (x) => x.replace('Value="1"/></Settings>\n  <Applications>', 'Value="1"/><Setting Name="SMStoSMTPShortCode" Value="1234"/></Settings>\n  <Applications>'), ['Variant Telcel: setting SMStoSMTPShortCode added']],
  ['Variant TargetRef', (x) => x.replace('<TargetRef Id="TMO"/>', '<TargetRef Id="VZW"/>'), ['Variant Movistar, TargetRef: TMO → VZW']],
  ['Variant TargetRefs removed', (x) => x.replace('<TargetRefs><TargetRef Id="TMO"/></TargetRefs>', ''), ['Variant Movistar: TargetRef TMO removed']],
  ['Variant application added', (x) => x.replace('ProvXML="C:\\p2.xml"/>', 'ProvXML="C:\\p2.xml"/><Application License="C:\\l3.xml" ProvXML="C:\\p3.xml"/>'), ['Variant Telcel: application (no Source) added']],
  ['Variant added', (x) => x.replace('</ImageCustomizations>', '<Variant Name="AT&amp;T"><TargetRefs><TargetRef Id="ATT_US"/></TargetRefs></Variant></ImageCustomizations>'), ['Variant AT&T added']],
  ['Variant removed', (x) => x.replace(/<Variant Name="Movistar">.*<\/Variant>/, ''), ['Variant Movistar removed']],
  ['Variant moved', (x) => x.replace(/(<Variant Name="Telcel">[^]*?<\/Variant>)(\s*)(<Variant Name="Movistar">.*?<\/Variant>)/, '$3$2$1'), ['Variant Movistar moved']],
  // unknown attributes and kept markup
  ['unknown attribute', (x) => x.replace('<Variant Name="Movistar">', '<Variant Name="Movistar" Region="EU">'), ['Variant Movistar: attribute Region added']],
  ['comment', (x) => x.replace('<Condition Name="MNC" Value="410"/>', '<!-- AT&T --><Condition Name="MNC" Value="410"/>'), ['Target ATT_US: condition MNC comments changed']],
  ['unknown element', (x) => x.replace('</Static>', '<Foo/></Static>'), ['Static: kept markup changed']],
];

describe('diffDocuments: every kind of part and element', () => {
  it.each(CASES)('%s', (_name, edit, want) => {
    expect(texts(changesAfter(edit))).toEqual(want);
  });

  it('gives no change for one document against itself, or parsed twice', () => {
    const a = parse(BEFORE, 'a');
    expect(diffDocuments(a, a)).toEqual([]);
    expect(diffDocuments(a, parse(BEFORE, 'b'))).toEqual([]);
  });

  it('lists changes by part, in the after document’s order, a removed one where it stood', () => {
    const changes = changesAfter((x) =>
      x.replace('Value="260"', 'Value="261"').replace('<Condition Name="MCC" Value="310"/><Condition Name="MNC" Value="410"/>', '<Condition Name="MNC" Value="410"/>').replace('Owner="Contoso"', 'Owner="F"'),
    );
    expect(texts(changes)).toEqual(['Document, Owner: Contoso → F', 'Target ATT_US: condition MCC removed', 'Target TMO, condition MNC: 260 → 261']);
  });
});

describe('what matters to the imaging tool', () => {
  const meaningful = (edit: (xml: string) => string) => changesAfter(edit).map((c) => c.meaningful);

  it('the order of Targets, states, conditions, settings groups and Settings does not; a Variant’s order does', () => {
    expect(meaningful((x) => x.replace(/(<Target Id="ATT_US">.*?<\/Target>)(\s*)(<Target Id="TMO">.*?<\/Target>)/, '$3$2$1'))).toEqual([false]);
    expect(meaningful((x) => x.replace(/(<Settings Path="Multivariant">.*?<\/Settings>)(\s*)(<Settings Path="EventSounds">.*?<\/Settings>)/, '$3$2$1'))).toEqual([false]);
    expect(meaningful((x) => x.replace(/(<Variant Name="Telcel">[^]*?<\/Variant>)(\s*)(<Variant Name="Movistar">.*?<\/Variant>)/, '$3$2$1'))).toEqual([true]);
  });

  it('comments, kept markup, namespace declarations, a Variant’s Name and a change of case in names do not', () => {
    expect(meaningful((x) => x.replace('<Static>', '<Static><!-- note -->'))).toEqual([false]);
    expect(meaningful((x) => x.replace('<Variant Name="Movistar">', '<Variant Name="Movistar" xmlns:f="urn:f">'))).toEqual([false]);
    expect(meaningful((x) => x.replace('Name="Movistar"', 'Name="Movistar MX"'))).toEqual([false]);
    expect(meaningful((x) => x.replace('Owner=', 'Name="n" Description="d" Owner='))).toEqual([false, false]);
    expect(meaningful((x) => x.replace('Name="Enable"', 'Name="enable"').replace('Path="EventSounds"', 'Path="eventsounds"'))).toEqual([false, false]);
    expect(meaningful((x) => x.replace('Value="310"', 'Value="311"'))).toEqual([true]);
  });

  it('equalInMeaning ignores comments, white space, attribute order, quotes and character references', () => {
    const layout = BEFORE.replace(/></g, '>\n\t\t<')
      .replace('<Setting Name="Enable" Value="1"/>', "<Setting  Value='1'   Name='Enable' />")
      .replace('Id="TMO"', 'Id="&#84;MO"')
      .replace('<Static>', '<Static><!-- kept as written -->')
      .replace(/\n/g, '\r\n');
    const changes = diffDocuments(parse(BEFORE, 'a'), parse(layout, 'b'));
    // A comment belongs to the element it stands before.
    expect(texts(changes)).toEqual(['Static: settings group Multivariant comments changed']);
    expect(equalInMeaning(changes)).toBe(true);
    expect(equalInMeaning(changesAfter((x) => x.replace('Value="410"', 'Value="411"')))).toBe(false);
  });
});
