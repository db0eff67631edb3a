// The parser's limits (import-limits.ts): exactly at each limit a file opens, one past it is refused with its
// code, the line and column of the offending tag or name and the limit in the message. Hostile sizes (100,000
// levels, 1,000,000 attributes) are generated here; that they are refused early is measured, not asserted
// (a test never depends on the machine's speed), but the position of the refusal shows where reading stopped.

import { describe, expect, it } from 'vitest';
import { MAX_ATTRIBUTES, MAX_DEPTH, MAX_NAME_CHARS, MAX_VALUE_CHARS } from '../../src/xml/import-limits.ts';
import { fromXml } from '../../src/xml/parse.ts';
import type { ImportError, ParseResult } from '../../src/xml/parse-types.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const ROOT = `<ImageCustomizations xmlns="${NS}">`;

function refusal(r: ParseResult): ImportError {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

/** `levels` levels of elements (the root is level 1), one start tag a line, unknown elements inside Static. */
function nested(levels: number): string {
  const inner = levels - 2;
  return `${ROOT}\n<Static>\n${'<a>\n'.repeat(inner)}${'</a>'.repeat(inner)}</Static></ImageCustomizations>`;
}

/** A start tag `<x` with `count` attributes on line 2 (column of each: 3 + its offset). */
function withAttributes(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(` a${i}="v"`);
  return `${ROOT}\n<x${parts.join('')} /></ImageCustomizations>`;
}

describe('depth limit', () => {
  it(`opens ${MAX_DEPTH} levels and refuses level ${MAX_DEPTH + 1} at its start tag`, () => {
    expect(fromXml(nested(MAX_DEPTH)).ok).toBe(true);
    const e = refusal(fromXml(nested(MAX_DEPTH + 1)));
    expect(e.code).toBe('too-deep');
    // Line 1 the root, line 2 Static (level 2), line k the <a> at level k: level 257 is on line 257.
    expect([e.line, e.column]).toEqual([MAX_DEPTH + 1, 1]);
    expect(e.message).toContain(`nested deeper than ${MAX_DEPTH} levels, the most CAF Studio opens`);
    expect(e.message).toMatch(/^Line 257, column 1: <a>/);
  });

  it('refuses 100,000 levels at level 257, without reading further', () => {
    const levels = 100_000;
    const text = `${ROOT}${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}</ImageCustomizations>`;
    const e = refusal(fromXml(text));
    expect(e.code).toBe('too-deep');
    // The 256th <a> (level 257) starts after the root's start tag and 255 others on line 1.
    expect([e.line, e.column]).toEqual([1, ROOT.length + 255 * 3 + 1]);
  });

  it('counts the root as level 1 whatever stands before it', () => {
    const text = `<?xml version="1.0"?>\n<!-- c -->\n${nested(MAX_DEPTH)}`;
    expect(fromXml(text).ok).toBe(true);
  });
});

describe('attribute-count limit', () => {
  it(`opens ${MAX_ATTRIBUTES} attributes on a tag and refuses the ${MAX_ATTRIBUTES + 1}th where it ends`, () => {
    const ok = fromXml(withAttributes(MAX_ATTRIBUTES));
    expect(ok.ok).toBe(true);
    const text = withAttributes(MAX_ATTRIBUTES + 1);
    const e = refusal(fromXml(text));
    expect(e.code).toBe('too-many-attributes');
    expect(e.line).toBe(2);
    // saxes stands on the closing quote of attribute 1025
    const end = text.split('\n')[1].indexOf(` a${MAX_ATTRIBUTES}="v"`) + ` a${MAX_ATTRIBUTES}="v"`.length;
    expect(e.column).toBe(end);
    expect(e.message).toContain(`the start tag <x> has more than ${MAX_ATTRIBUTES} attributes`);
    expect(e.message).toContain('the most CAF Studio opens on one element');
  });

  it('counts namespace declarations: the root with xmlns and 1023 more opens, with 1024 more is refused', () => {
    const root = (extra: number) => `<ImageCustomizations xmlns="${NS}"${Array.from({ length: extra }, (_, i) => ` a${i}="v"`).join('')} />`;
    expect(fromXml(root(MAX_ATTRIBUTES - 1)).ok).toBe(true);
    expect(refusal(fromXml(root(MAX_ATTRIBUTES))).code).toBe('too-many-attributes');
  });

  it('refuses 1,000,000 attributes at the 1025th', () => {
    const text = withAttributes(1_000_000);
    const e = refusal(fromXml(text));
    expect(e.code).toBe('too-many-attributes');
    expect(e.line).toBe(2);
    expect(e.column).toBeLessThan(12_000);
  });
});

describe('name-length limit', () => {
  const long = (n: number) => 'n'.repeat(n);

  it('element names: 1024 characters open, 1025 are refused at the start tag', () => {
    expect(fromXml(`${ROOT}<${long(MAX_NAME_CHARS)} /></ImageCustomizations>`).ok).toBe(true);
    const e = refusal(fromXml(`${ROOT}\n  <${long(MAX_NAME_CHARS + 1)} /></ImageCustomizations>`));
    expect(e.code).toBe('name-too-long');
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.message).toContain('an element name of 1,025 characters');
    expect(e.message).toContain(`longer than ${MAX_NAME_CHARS} characters, the longest name CAF Studio opens`);
    // the name is quoted by its start only
    expect(e.message.length).toBeLessThan(600);
  });

  it('attribute names: 1024 characters open, 1025 are refused where the attribute ends', () => {
    expect(fromXml(`${ROOT}<x ${long(MAX_NAME_CHARS)}="1" /></ImageCustomizations>`).ok).toBe(true);
    const e = refusal(fromXml(`${ROOT}\n<x ${long(MAX_NAME_CHARS + 1)}="1" /></ImageCustomizations>`));
    expect(e.code).toBe('name-too-long');
    // the closing quote: `<x ` (3), the name, `="1` (3), `"`
    expect([e.line, e.column]).toEqual([2, 3 + MAX_NAME_CHARS + 1 + 3 + 1]);
    expect(e.message).toContain('an attribute name of 1,025 characters');
  });

  it('processing-instruction targets: 1024 characters open, 1025 are refused where the instruction ends', () => {
    expect(fromXml(`<?${long(MAX_NAME_CHARS)} d?>\n${ROOT}</ImageCustomizations>`).ok).toBe(true);
    const e = refusal(fromXml(`<?${long(MAX_NAME_CHARS + 1)} d?>\n${ROOT}</ImageCustomizations>`));
    expect(e.code).toBe('name-too-long');
    expect([e.line, e.column]).toEqual([1, MAX_NAME_CHARS + 1 + 6]);
    expect(e.message).toContain('a processing-instruction target name of 1,025 characters');
  });
});

describe('messages stay short', () => {
  it("cuts a parser message that quotes megabytes (an undefined entity's name)", () => {
    const e = refusal(fromXml(`${ROOT}&${'e'.repeat(1_000_000)};</ImageCustomizations>`));
    expect(e.code).toBe('not-well-formed');
    expect(e.message.length).toBeLessThan(1000);
  });

  it('quotes at most 200 characters of a namespace URI in a note', () => {
    const uri = `urn:${'u'.repeat(100_000)}`;
    const r = fromXml(`${ROOT}<Static><p:x xmlns:p="${uri}" /></Static></ImageCustomizations>`);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report).toHaveLength(1);
    expect(r.report[0].message.length).toBeLessThan(400);
  });
});

describe('value-length limit', () => {
  const long = (n: number) => 'v'.repeat(n);

  it(`opens an attribute value of ${MAX_VALUE_CHARS} characters and refuses one more, naming the attribute`, () => {
    const at = (n: number) => `${ROOT}\n<Static>\n  <Settings Path="P"><Setting Name="N" Value="${long(n)}" /></Settings></Static></ImageCustomizations>`;
    const ok = fromXml(at(MAX_VALUE_CHARS));
    expect(ok.ok).toBe(true);
    const e = refusal(fromXml(at(MAX_VALUE_CHARS + 1)));
    expect(e.code).toBe('value-too-long');
    expect(e.line).toBe(3);
    expect(e.message).toContain('an attribute value (Value) of 1,048,577 characters or more');
    expect(e.message).toContain('the longest CAF Studio opens');
  });

  it('refuses a 10 MB attribute value', () => {
    const e = refusal(fromXml(`${ROOT}<x a="${long(10 * 1024 * 1024)}"/></ImageCustomizations>`));
    expect([e.code, e.line]).toEqual(['value-too-long', 1]);
  });

  it('refuses text, a comment, a CDATA section and a processing instruction past the limit, where they start or end', () => {
    const text = refusal(fromXml(`${ROOT}\n<x>\n${long(MAX_VALUE_CHARS + 1)}</x></ImageCustomizations>`));
    expect([text.code, text.line, text.column]).toEqual(['value-too-long', 2, 4]);
    expect(text.message).toContain('a text of');
    for (const [xml, what] of [
      [`<!--${long(MAX_VALUE_CHARS + 1)}-->`, 'a comment of'],
      [`<![CDATA[${long(MAX_VALUE_CHARS + 1)}]]>`, 'a CDATA section of'],
      [`<?pi ${long(MAX_VALUE_CHARS + 1)}?>`, 'a processing instruction (pi) of'],
    ] as const) {
      const e = refusal(fromXml(`${ROOT}\n<x>${xml}</x></ImageCustomizations>`));
      expect(e.code).toBe('value-too-long');
      expect(e.message).toContain(what);
    }
  });

  it('opens text, a comment and CDATA at the limit', () => {
    for (const inner of [long(MAX_VALUE_CHARS), `<!--${long(MAX_VALUE_CHARS)}-->`, `<![CDATA[${long(MAX_VALUE_CHARS)}]]>`]) {
      expect(fromXml(`${ROOT}<x>${inner}</x></ImageCustomizations>`).ok).toBe(true);
    }
  });
});
