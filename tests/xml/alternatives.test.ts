import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alternativeText, parseAlternative } from '../../src/xml/alternatives.ts';
import { commentOut, commentsIn, sectionsFit, takeAlternative, takeRootAlternative } from '../../src/model/alternatives.ts';
import { counterKeys } from '../../src/model/ids.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import type { AnswerFile } from '../../src/model/types.ts';

const FIXTURE = readFileSync(new URL('../../e2e/fixtures/commented-variant.xml', import.meta.url), 'utf8');

function open(text: string): AnswerFile {
  const r = fromXml(text, { keys: counterKeys('f') });
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

describe('parseAlternative', () => {
  it('reads a commented-out Variant after a line of prose, with fresh keys', () => {
    const alt = parseAlternative(' Use for the per-IMSI case\n  <Variant Name="B"><TargetRefs><TargetRef Id="T" /></TargetRefs></Variant>\n  ', 'root', counterKeys('a'));
    expect(alt?.prose).toBe('Use for the per-IMSI case');
    expect(alt?.title).toBe('Use for the per-IMSI case');
    expect(alt?.parts.map((v) => [v.name, v.targetRefs?.refs[0].id])).toEqual([['B', 'T']]);
    expect(alt?.parts[0].key).toMatch(/^a\d+$/);
  });

  it('titles a comment without prose by its first line of markup', () => {
    const alt = parseAlternative('\n<Settings Path="P"><Setting Name="N" Value="1" /></Settings>\n', 'variant', counterKeys());
    expect(alt?.title).toBe('<Settings Path="P"><Setting Name="N" Value="1" /></Settings>');
    expect(alt?.parts).toHaveLength(1);
  });

  it.each([
    ['prose only', ' Fill in the Owner before you build the image. ', 'root'],
    ['markup that is not well-formed', '<Variant Name="B">', 'root'],
    ['a group where only Variants stand', '<Settings Path="P"><Setting Name="N" Value="1" /></Settings>', 'root'],
    ['a Variant inside a Variant', '<Variant Name="B"><TargetRefs><TargetRef Id="T" /></TargetRefs></Variant>', 'variant'],
    ['prose after the markup', '<Variant Name="B"><TargetRefs><TargetRef Id="T" /></TargetRefs></Variant> and then words', 'root'],
    ['an unknown element', '<Settings Path="P"><Bogus /></Settings>', 'static'],
    ['DataAssets in a Variant', '<DataAssets Type="MapData"><DataAsset Source="a" /></DataAssets>', 'variant'],
    ['a Target in Static', '<Target Id="T"><TargetState><Condition Name="MCC" Value="310" /></TargetState></Target>', 'static'],
    ['a second root', '</ImageCustomizations><ImageCustomizations>', 'root'],
  ] as const)('offers nothing for %s', (_what, text, kind) => {
    expect(parseAlternative(text, kind, counterKeys())).toBeUndefined();
  });

  it('reads Targets and Static items where they stand', () => {
    expect(parseAlternative('<Target Id="T"><TargetState><Condition Name="MCC" Value="310" /></TargetState></Target>', 'targets', counterKeys())?.parts[0].id).toBe('T');
    expect(parseAlternative('<DataAssets Type="MapData"><DataAsset Source="a" /></DataAssets>', 'static', counterKeys())?.parts[0].kind).toBe('dataAssets');
  });
});

describe('using and commenting out alternatives in a document', () => {
  it('finds the comments of each container, whatever they hold', () => {
    const doc = open(FIXTURE);
    expect(commentsIn(doc, { kind: 'root' }).map((c) => [c.childKey, c.index, c.text.trim().split('\n')[0]])).toEqual([
      [null, 0, 'Use for the per-IMSI case'],
      [null, 1, 'Fill in the Owner before you build the image.'],
    ]);
    expect(commentsIn(doc, { kind: 'variant', key: doc.variants[0].key })).toHaveLength(1);
    expect(commentsIn(doc, { kind: 'static' })).toEqual([]);
  });

  it('puts the Variant in place of its comment, keeps the prose as a comment and the later comment after it', () => {
    const doc = open(FIXTURE);
    const [found] = commentsIn(doc, { kind: 'root' });
    const alt = parseAlternative(found.text, 'root', counterKeys('n'))!;
    const after = takeAlternative(doc, { kind: 'root' }, found, alt.parts, [{ kind: 'comment', text: ` ${alt.prose} ` }]);
    expect(after.variants.map((v) => v.name)).toEqual(['Fabrikam', 'FabrikamImsi']);
    expect(after.variants[1].before).toEqual([{ kind: 'comment', text: ' Use for the per-IMSI case ' }]);
    expect(after.end).toEqual([{ kind: 'comment', text: ' Fill in the Owner before you build the image. ' }]);
    expect(after.variants[0]).toBe(doc.variants[0]);
    const xml = toXml(after);
    expect(xml).toContain('  <!-- Use for the per-IMSI case -->\n  <Variant Name="FabrikamImsi">');
    expect(xml).not.toContain('<!-- Use for the per-IMSI case\n');
  });

  it('puts an optional group in place of its comment inside the Variant', () => {
    const doc = open(FIXTURE);
    const c = { kind: 'variant', key: doc.variants[0].key } as const;
    const [found] = commentsIn(doc, c);
    const alt = parseAlternative(found.text, 'variant', counterKeys('n'))!;
    const after = takeAlternative(doc, c, found, alt.parts);
    expect(after.variants[0].items.map((i) => (i.kind === 'settings' ? i.path : i.kind))).toEqual([
      'Messaging/PerSimSettings/$(__ICCID)/MMSGroupText',
      'Messaging/PerSimSettings/$(__ICCID)',
    ]);
    expect(after.variants[0].end).toBeUndefined();
  });

  it('leaves the document unchanged for a comment that is not there', () => {
    const doc = open(FIXTURE);
    const alt = parseAlternative('<Variant Name="B"><TargetRefs><TargetRef Id="T" /></TargetRefs></Variant>', 'root', counterKeys())!;
    expect(takeAlternative(doc, { kind: 'root' }, { childKey: null, index: 5 }, alt.parts)).toBe(doc);
    expect(takeAlternative(doc, { kind: 'root' }, { childKey: doc.variants[0].key, index: 0 }, alt.parts)).toBe(doc);
    expect(commentOut(doc, { kind: 'root' }, 'nope', 'x')).toBe(doc);
  });

  it('comments a Variant out in its place, its own comment as a look-alike; using that comment brings it back', () => {
    const doc = open(FIXTURE);
    const v = doc.variants[0];
    const text = alternativeText('root', v)!;
    expect(text.startsWith('\n  <Variant Name="Fabrikam">\n')).toBe(true);
    expect(text.endsWith('\n  </Variant>\n  ')).toBe(true);
    expect(text).toContain('    <!~~ Optional: send long text messages as MMS.\n');
    const commented = commentOut(doc, { kind: 'root' }, v.key, text);
    expect(commented.variants).toEqual([]);
    expect(commented.end?.[0]).toEqual({ kind: 'comment', text });
    const xml = toXml(commented);
    expect(xml).toContain('  <!--\n  <Variant Name="Fabrikam">');
    expect(fromXml(xml).ok).toBe(true);
    const found = commentsIn(commented, { kind: 'root' })[0];
    const alt = parseAlternative(found.text, 'root', counterKeys('b'))!;
    expect(alt.parts[0].name).toBe('Fabrikam');
    expect(alt.parts[0].end).toEqual(v.end);
    const back = takeAlternative(commented, { kind: 'root' }, found, alt.parts);
    expect(toXml(back)).toBe(toXml(doc));
  });

  it('reads a whole commented-out document body (the published per-IMSI / per-device pattern) with inner look-alike comments', () => {
    const body = ` Use for the per-IMSI case
  <!~~ Define the Targets ~~>
  <Targets><Target Id="T"><TargetState><Condition Name="MCC" Value="310" /></TargetState></Target></Targets>
  <Static><Settings Path="Multivariant"><Setting Name="Enable" Value="1" /></Settings></Static>
  <!~~ Specify the Variant ~~>
  <Variant Name="V"><TargetRefs><TargetRef Id="T" /></TargetRefs></Variant>
`;
    const alt = parseAlternative(body, 'root', counterKeys('s'))!;
    expect(alt.title).toBe('Use for the per-IMSI case');
    expect(alt.sections.targets?.before).toEqual([{ kind: 'comment', text: ' Define the Targets ' }]);
    expect(alt.parts[0].before).toEqual([{ kind: 'comment', text: ' Specify the Variant ' }]);
    const doc: AnswerFile = { owner: 'C', ownerType: 'OEM', variants: [], end: [{ kind: 'comment', text: body }] };
    const at = commentsIn(doc, { kind: 'root' })[0];
    const lead = [{ kind: 'comment', text: ' Use for the per-IMSI case ' }] as const;
    const after = takeRootAlternative(doc, at, alt.parts, alt.sections, lead);
    expect(after.end).toBeUndefined();
    expect(after.targets?.before).toEqual([...lead, { kind: 'comment', text: ' Define the Targets ' }]);
    expect(after.static?.items).toHaveLength(1);
    expect(after.variants.map((v) => v.name)).toEqual(['V']);
    // A section the document has already: not offered, and the document is left as it is.
    expect(sectionsFit(after, alt.sections)).toBe(false);
    expect(takeRootAlternative({ ...after, end: doc.end }, at, alt.parts, alt.sections)).toEqual({ ...after, end: doc.end });
  });

  it('comments out a Target before the next one, keeping what stood before it', () => {
    const doc = open(
      FIXTURE.replace(
        '  </Targets>',
        '    <!-- second -->\n    <Target Id="Other"><TargetState><Condition Name="MCC" Value="311" /></TargetState></Target>\n  </Targets>',
      ),
    );
    const [first, second] = doc.targets!.targets;
    const text = alternativeText('targets', first)!;
    const after = commentOut(doc, { kind: 'targets' }, first.key, text);
    expect(after.targets!.targets).toEqual([{ ...second, before: [{ kind: 'comment', text }, { kind: 'comment', text: ' second ' }] }]);
  });

  it('refuses to comment out a part whose XML holds "--" outside a comment (a comment cannot hold one)', () => {
    const doc = open(FIXTURE);
    expect(alternativeText('root', { ...doc.variants[0], name: 'a--b' })).toBeUndefined();
    expect(alternativeText('root', { ...doc.variants[0], end: [{ kind: 'comment', text: ' a -- b ' }] })).toBeUndefined();
    expect(alternativeText('root', doc.variants[0])).toBeDefined();
  });
});
