// Hostile fixtures about bytes: garbage, invalid UTF-8, UTF-16 with and without a byte-order mark, single-byte
// encodings by their declaration, empty files.

import {
  answerFile,
  DECL,
  BOM_UTF16BE,
  BOM_UTF16LE,
  BOM_UTF8,
  concat,
  positionOf,
  randomBytes,
  singleByte,
  utf16,
  utf8,
} from './hostile-bytes.ts';
import { opens, refused, same, type HostileFixture } from './hostile-fixture-types.ts';

const GARBAGE = ['invalid-bytes', 'not-well-formed', 'unsupported-encoding'] as const;

/** An answer file with `bad` bytes standing where `@@` is written in its Description, and where that is. */
function withBytes(bad: readonly number[], description = 'ab@@cd') {
  const text = answerFile({ description });
  const at = text.indexOf('@@');
  return {
    bytes: concat(utf8(text.slice(0, at)), bad, utf8(text.slice(at + 2))),
    at: positionOf(text, '@@'),
  };
}

const utf16Doc = (decl = '<?xml version="1.0" encoding="utf-16"?>') => answerFile({ decl, description: 'wide 日本 😀' });
const wideCheck = opens((doc) => same('Description', doc.description, 'wide 日本 😀'));

export const encodingFixtures: readonly HostileFixture[] = [
  {
    name: 'binary-garbage',
    about: '64 kB of random bytes',
    bytes: () => randomBytes(64 * 1024, 0x5eed),
    expect: refused(GARBAGE),
    nasty: true,
  },
  {
    name: 'png-header',
    about: 'an image: the PNG signature, then random bytes',
    bytes: () => concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], randomBytes(4096, 7)),
    expect: refused(GARBAGE),
  },
  {
    name: 'nul-bytes-in-value',
    about: 'a valid file with NUL bytes in a value',
    bytes: () => withBytes([0, 0, 0]).bytes,
    expect: refused(['not-well-formed', 'invalid-bytes'], { at: withBytes([0]).at }),
  },
  {
    name: 'invalid-utf8',
    about: 'a UTF-8 file with a broken sequence (C3 28) in a value',
    bytes: () => withBytes([0xc3, 0x28]).bytes,
    expect: refused('invalid-bytes', { at: withBytes([]).at, says: /UTF-8/ }),
    nasty: true,
  },
  {
    name: 'latin1-undeclared',
    about: 'é written as one ISO-8859-1 byte (E9) in a file that declares UTF-8',
    bytes: () => withBytes([0xe9]).bytes,
    expect: refused('invalid-bytes', { at: withBytes([]).at, says: /UTF-8/ }),
  },
  {
    name: 'overlong-utf8',
    about: 'an overlong UTF-8 encoding of "/" (C0 AF)',
    bytes: () => withBytes([0xc0, 0xaf]).bytes,
    expect: refused('invalid-bytes', { at: withBytes([]).at }),
  },
  {
    name: 'utf8-encoded-surrogate',
    about: 'a UTF-16 surrogate encoded as UTF-8 (ED A0 80)',
    bytes: () => withBytes([0xed, 0xa0, 0x80]).bytes,
    expect: refused('invalid-bytes', { at: withBytes([]).at }),
  },
  {
    name: 'iso-8859-1-declared',
    about: 'a file declaring ISO-8859-1 with é as one byte',
    bytes: () => singleByte(answerFile({ decl: '<?xml version="1.0" encoding="ISO-8859-1"?>', description: 'café' })),
    expect: opens((doc) => same('Description', doc.description, 'café')),
  },
  {
    name: 'windows-1252-declared',
    about: 'a file declaring windows-1252 with € as one byte (80)',
    bytes: () => singleByte(answerFile({ decl: '<?xml version="1.0" encoding="windows-1252"?>', description: '€ café' }), { '€': 0x80 }),
    expect: opens((doc) => same('Description', doc.description, '€ café')),
  },
  { name: 'utf16le-bom', about: 'UTF-16 LE with a byte-order mark', bytes: () => concat(BOM_UTF16LE, utf16(utf16Doc(), false)), expect: wideCheck },
  { name: 'utf16be-bom', about: 'UTF-16 BE with a byte-order mark', bytes: () => concat(BOM_UTF16BE, utf16(utf16Doc(), true)), expect: wideCheck },
  {
    name: 'utf16le-no-bom',
    about: 'UTF-16 LE without a byte-order mark',
    bytes: () => utf16(utf16Doc(), false),
    expect: refused('unsupported-encoding', { says: /UTF-16/ }),
    nasty: true,
  },
  {
    name: 'utf16be-no-bom',
    about: 'UTF-16 BE without a byte-order mark',
    bytes: () => utf16(utf16Doc(), true),
    expect: refused('unsupported-encoding', { says: /UTF-16/ }),
  },
  {
    name: 'utf8-bom-declared-utf8',
    about: 'UTF-8 with a byte-order mark',
    bytes: () => concat(BOM_UTF8, utf8(utf16Doc(DECL))),
    expect: wideCheck,
  },
  { name: 'empty', about: 'an empty file (0 bytes)', bytes: () => new Uint8Array(0), expect: refused('empty', { says: /empty/ }) },
  { name: 'bom-only', about: 'a file that is only a UTF-8 byte-order mark', bytes: () => Uint8Array.from(BOM_UTF8), expect: refused('empty', { says: /empty/ }), nasty: true },
  { name: 'utf16-bom-only', about: 'a file that is only a UTF-16 LE byte-order mark', bytes: () => Uint8Array.from(BOM_UTF16LE), expect: refused('empty') },
  { name: 'white-space-only', about: 'spaces and line breaks only', bytes: () => utf8(' \n\r\n\t '), expect: refused('empty') },
];
