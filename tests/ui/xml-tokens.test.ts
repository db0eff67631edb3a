// The preview's syntax colors come from a line-at-a-time tokenizer (lexLine) and the state each line starts in
// (LineStates): the colors of a line must not depend on how the text around it was split or edited.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lex, LineStates, lexLine, type TokenKind } from '../../src/ui/preview/xml-tokens.ts';

/** The colored spans of one line as [text, kind] pairs. */
function spans(line: string, state: Lex = Lex.Text): { spans: [string, TokenKind][]; next: Lex } {
  const out: [string, TokenKind][] = [];
  const next = lexLine(line, state, (a, b, kind) => out.push([line.slice(a, b), kind]));
  return { spans: out, next };
}

/** Each character's kind ('.' when uncolored), lexing `lines` one after another. */
function kinds(lines: readonly string[]): string {
  let state: Lex = Lex.Text;
  return lines
    .map((line) => {
      const k = Array.from(line, () => '.');
      state = lexLine(line, state, (a, b, kind) => {
        for (let i = a; i < b; i++) k[i] = kind[0];
      });
      return k.join('');
    })
    .join('\n');
}

describe('lexLine', () => {
  it('colors tag names and quoted values, and nothing else, on a serializer line', () => {
    expect(spans('    <Setting Name="AllowSMStoSMTPAddress" Value="1" />')).toEqual({
      spans: [['Setting', 'tag'], ['"AllowSMStoSMTPAddress"', 'value'], ['"1"', 'value']],
      next: Lex.Text,
    });
    expect(spans('  </Settings>').spans).toEqual([['Settings', 'tag']]);
    expect(spans("<Target Id='a &amp; b'>text &lt; more</Target>").spans).toEqual([
      ['Target', 'tag'],
      ["'a &amp; b'", 'value'],
      ['Target', 'tag'],
    ]);
    expect(spans('<ImageCustomizations xmlns="http://x" Name="n">').spans.map(([, k]) => k)).toEqual(['tag', 'value', 'value']);
  });

  it('colors the declaration, comments and CDATA whole', () => {
    expect(spans('<?xml version="1.0" encoding="utf-8"?>').spans).toEqual([['<?xml version="1.0" encoding="utf-8"?>', 'pi']]);
    expect(spans('  <!-- a "quoted" <Tag> -->  <X/>').spans).toEqual([
      ['<!-- a "quoted" <Tag> -->', 'comment'],
      ['X', 'tag'],
    ]);
    expect(spans('<V><![CDATA[<not a tag> "x"]]></V>').spans).toEqual([
      ['V', 'tag'],
      ['<![CDATA[<not a tag> "x"]]>', 'cdata'],
      ['V', 'tag'],
    ]);
  });

  it('carries a comment, a CDATA section, a tag and a quoted value over to the next line', () => {
    expect(spans('<!-- first').next).toBe(Lex.Comment);
    expect(spans('still --> <A>', Lex.Comment).spans).toEqual([['still -->', 'comment'], ['A', 'tag']]);
    expect(spans('<A><![CDATA[x').next).toBe(Lex.Cdata);
    expect(spans('<Setting Name="N"').next).toBe(Lex.Tag);
    expect(spans('  Value="1" />', Lex.Tag).spans).toEqual([['"1"', 'value']]);
    expect(spans('<S Value="line one').next).toBe(Lex.Dq);
    expect(spans('line two" Name=\'x\'/>', Lex.Dq)).toEqual({ spans: [['line two"', 'value'], ["'x'", 'value']], next: Lex.Text });
    expect(spans("a'", Lex.Sq).spans).toEqual([["a'", 'value']]);
  });

  it('stops reading a long line at `stop`, having sent every span that starts before it', () => {
    const line = `<A B="${'x'.repeat(50_000)}" C="1"/><D/>`;
    const seen: [number, number, TokenKind][] = [];
    lexLine(line, Lex.Text, (a, b, kind) => seen.push([a, b, kind]), 100);
    expect(seen).toEqual([
      [1, 2, 'tag'],
      [5, 50_007, 'value'],
    ]);
    // Read whole, the same line ends in text with every span.
    expect(spans(line).spans.map(([, k]) => k)).toEqual(['tag', 'value', 'value', 'tag']);
  });

  it('leaves a stray < as text', () => {
    expect(spans('a < b <').spans).toEqual([]);
    expect(spans('a < b <').next).toBe(Lex.Text);
  });

  it('gives each character the same color however the text is split into lines between its parts', () => {
    // Parts that end where a token may end (a name is followed by a space), so a line break between two of them
    // changes no token; stray `<` included.
    const part = fc.constantFrom('<A ', '<Bb ', '</A>', '/>', '>', ' Name="', "='", '"', "'", 'x', ' ', '<!-- ', '-->', '<![CDATA[', ']]>', '<?pi', '?>', '&amp;', '< ');
    fc.assert(
      fc.property(fc.array(fc.tuple(part, fc.boolean()), { maxLength: 40 }), (parts) => {
        // The same text with a newline after some parts, lexed a line at a time, colors every character as the
        // whole text lexed as one line does.
        const lines = [''];
        for (const [p, breakAfter] of parts) {
          lines[lines.length - 1] += p;
          if (breakAfter) lines.push('');
        }
        expect(kinds(lines).replace(/\n/g, '')).toBe(kinds([lines.join('')]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('LineStates', () => {
  const lineOf = (lines: readonly string[]) => (k: number) => lines[k - 1];

  it('works states out only as far as asked, and again from an edited line on', () => {
    const lines = ['<A>', '<!-- one', 'two', '-->', '<B Name="x', 'y">', '</A>'];
    const states = new LineStates();
    expect(states.at(1, lineOf(lines))).toBe(Lex.Text);
    expect(states.knownLines).toBe(1);
    expect(states.at(3, lineOf(lines))).toBe(Lex.Comment);
    expect(states.knownLines).toBe(3);
    expect(states.at(6, lineOf(lines))).toBe(Lex.Dq);
    expect(states.at(7, lineOf(lines))).toBe(Lex.Text);
    // Line 2 closes its comment now: the lines after it start in text.
    const edited = [...lines];
    edited[1] = '<!-- one -->';
    states.forgetFrom(2);
    expect(states.knownLines).toBe(2);
    expect(states.at(3, lineOf(edited))).toBe(Lex.Text);
  });

  it('agrees with a fresh start after any sequence of line edits', () => {
    const line = fc.constantFrom('<A>', '</A>', '<!-- c', 'c -->', '<B Name="x', 'y" />', 'text', '<![CDATA[', ']]>', '<S V="1"/>');
    const edit = fc.record({ at: fc.nat(), text: line, insert: fc.boolean() });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(edit, { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 5 }), (start, edits, asks) => {
        let lines = [...start];
        const states = new LineStates();
        const check = () => {
          const fresh = new LineStates();
          for (const a of asks) {
            const k = (a % lines.length) + 1;
            expect(states.at(k, lineOf(lines))).toBe(fresh.at(k, lineOf(lines)));
          }
          expect(states.at(lines.length, lineOf(lines))).toBe(fresh.at(lines.length, lineOf(lines)));
        };
        check();
        for (const e of edits) {
          const i = e.at % lines.length;
          lines = e.insert ? [...lines.slice(0, i), e.text, ...lines.slice(i)] : lines.map((l, j) => (j === i ? e.text : l));
          states.forgetFrom(i + 1);
          check();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('grows past its first capacity', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? '<!-- open' : 'close -->'));
    const states = new LineStates();
    expect(states.at(5000, lineOf(lines))).toBe(Lex.Comment);
    expect(states.at(4999, lineOf(lines))).toBe(Lex.Text);
  });
});
