// Hostile fixtures about size: the file size limit, nesting depth, attribute count, name length, huge values.

import { MAX_ATTRIBUTES, MAX_DEPTH, MAX_IMPORT_BYTES, MAX_NAME_CHARS, MAX_VALUE_CHARS } from '../../src/xml/import-limits.ts';
import { answerFile, paddedTo, utf8 } from './hostile-bytes.ts';
import { opens, refused, same, type HostileFixture } from './hostile-fixture-types.ts';

/** Root (level 1) plus `levels - 1` nested unknown elements on line 3; the element at `levels` starts at column 5*(levels-2)+1. */
function nested(levels: number): string {
  const n = levels - 1;
  return answerFile({ before: `\n${'<Foo>'.repeat(n)}${'</Foo>'.repeat(n)}` });
}
/** Where the element of level MAX_DEPTH + 1 starts: line 3, its `<Foo>` tag. */
const tooDeepAt = { line: 3, column: [5 * (MAX_DEPTH - 1) + 1, 5 * MAX_DEPTH + 1] as const };

/** An unknown element on line 3 with `count` attributes. */
function attributes(count: number): string {
  const attrs: string[] = [];
  for (let i = 0; i < count; i++) attrs.push(` a${i}=""`);
  return answerFile({ before: `\n<Many${attrs.join('')} />` });
}

const TEN_MB = 10 * 1024 * 1024;

export const limitFixtures: readonly HostileFixture[] = [
  {
    name: 'size-just-under',
    about: `a valid file padded with a comment to exactly ${MAX_IMPORT_BYTES} bytes (the limit)`,
    bytes: () => paddedTo(answerFile(), MAX_IMPORT_BYTES),
    expect: opens((doc) => same('the document name', doc.name, 'Hostile')),
  },
  {
    name: 'size-just-over',
    about: `the same file one byte over the limit (${MAX_IMPORT_BYTES + 1} bytes)`,
    bytes: () => paddedTo(answerFile(), MAX_IMPORT_BYTES + 1),
    expect: refused('too-large', { says: /32 MB/ }),
    nasty: true,
  },
  {
    name: `depth-${MAX_DEPTH}`,
    about: `elements nested exactly ${MAX_DEPTH} levels deep (the root is level 1)`,
    bytes: () => utf8(nested(MAX_DEPTH)),
    expect: opens((doc) => same('unknown elements before Static', doc.static?.before?.length, 1)),
  },
  {
    name: `depth-${MAX_DEPTH + 1}`,
    about: `elements nested ${MAX_DEPTH + 1} levels deep`,
    bytes: () => utf8(nested(MAX_DEPTH + 1)),
    expect: refused('too-deep', { at: tooDeepAt, says: new RegExp(String(MAX_DEPTH)) }),
  },
  {
    name: 'depth-100000',
    about: 'elements nested 100,000 levels deep',
    bytes: () => utf8(nested(100_000)),
    expect: refused('too-deep', { at: tooDeepAt, says: new RegExp(String(MAX_DEPTH)) }),
    nasty: true,
  },
  {
    name: `attributes-${MAX_ATTRIBUTES}`,
    about: `an unknown element with exactly ${MAX_ATTRIBUTES} attributes`,
    bytes: () => utf8(attributes(MAX_ATTRIBUTES)),
    expect: opens((doc) => {
      const el = doc.static?.before?.[0];
      return same('attributes kept', el?.kind === 'element' ? el.attrs.length : -1, MAX_ATTRIBUTES);
    }),
  },
  {
    name: `attributes-${MAX_ATTRIBUTES + 1}`,
    about: `an unknown element with ${MAX_ATTRIBUTES + 1} attributes`,
    bytes: () => utf8(attributes(MAX_ATTRIBUTES + 1)),
    expect: refused('too-many-attributes', { at: { line: 3 }, says: /1,?024/ }),
  },
  {
    name: 'attributes-1000000',
    about: 'an unknown element with 1,000,000 attributes (about 12 MB)',
    bytes: () => utf8(attributes(1_000_000)),
    expect: refused('too-many-attributes', { at: { line: 3 }, says: /1,?024/ }),
    nasty: true,
  },
  {
    name: `name-${MAX_NAME_CHARS}`,
    about: `an unknown element whose name is exactly ${MAX_NAME_CHARS} characters`,
    bytes: () => utf8(answerFile({ before: `\n<${'N'.repeat(MAX_NAME_CHARS)} />` })),
    expect: opens((doc) => {
      const el = doc.static?.before?.[0];
      return same('name length', el?.kind === 'element' ? el.name.length : -1, MAX_NAME_CHARS);
    }),
  },
  {
    name: `element-name-${MAX_NAME_CHARS + 1}`,
    about: `an element name of ${MAX_NAME_CHARS + 1} characters`,
    bytes: () => utf8(answerFile({ before: `\n<${'N'.repeat(MAX_NAME_CHARS + 1)} />` })),
    expect: refused('name-too-long', { at: { line: 3 }, says: /1,?024/ }),
  },
  {
    name: `attribute-name-${MAX_NAME_CHARS + 1}`,
    about: `an attribute name of ${MAX_NAME_CHARS + 1} characters on a Setting`,
    bytes: () => utf8(answerFile({ settingAttrs: ` ${'a'.repeat(MAX_NAME_CHARS + 1)}="1"` })),
    expect: refused('name-too-long', { at: { line: 5 }, says: /1,?024/ }),
  },
  {
    name: `pi-target-${MAX_NAME_CHARS + 1}`,
    about: `a processing instruction whose target is ${MAX_NAME_CHARS + 1} characters`,
    bytes: () => utf8(answerFile({ before: `\n<?${'p'.repeat(MAX_NAME_CHARS + 1)} data?>` })),
    expect: refused('name-too-long', { at: { line: 3 }, says: /1,?024/ }),
  },
  {
    name: 'attribute-value-10mb',
    about: 'a Description of 10 MB (one 10-million-character line)',
    bytes: () => utf8(answerFile({ description: 'x'.repeat(TEN_MB) })),
    expect: refused('value-too-long', { at: { line: 2 }, says: /1,048,576/ }),
    nasty: true,
  },
  {
    name: `attribute-value-${MAX_VALUE_CHARS}`,
    about: `a Description of exactly ${MAX_VALUE_CHARS} characters (the value limit)`,
    bytes: () => utf8(answerFile({ description: 'x'.repeat(MAX_VALUE_CHARS) })),
    expect: opens((doc) => same('Description length', doc.description?.length, MAX_VALUE_CHARS)),
  },
  {
    name: 'comment-10mb',
    about: 'a comment of 10 MB',
    bytes: () => utf8(answerFile({ before: `\n<!--${'c'.repeat(TEN_MB)}-->` })),
    expect: refused('value-too-long', { at: { line: 3 }, says: /1,048,576/ }),
  },
  {
    name: 'unknown-elements-20000',
    about: '20,000 unknown elements in Static (each kept and reported)',
    bytes: () => utf8(answerFile({ before: `\n${'<Unknown a="1" />\n'.repeat(20_000)}` })),
    expect: opens((doc) => same('unknown elements kept', doc.static?.before?.filter((t) => t.kind === 'element').length, 20_000)),
  },
];
