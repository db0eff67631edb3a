// The cursor over a .NET regex pattern and the scans both passes share: blanks and comments, decimal numbers,
// group names, character escapes (\x, \u, \c, octal) and \p{Name}. Written from the documented behaviour of
// System.Text.RegularExpressions (default options) and checked against it; see dotnet-regex.ts.
import { isDotnetPropertyName } from './dotnet-regex-names';

/**
 * A pattern .NET refuses: the reason in its parser's words, and where the parser stood. Thrown inside the
 * checker only (caught by dotnetRegexError); not an Error, so throwing it records no stack.
 */
export class DotnetRegexSyntaxError {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}

  get message(): string {
    return `${this.reason} (at offset ${this.offset})`;
  }
}

/** The inline options that change how a pattern parses: n (ExplicitCapture) and x (IgnorePatternWhitespace). */
export const OPT_N = 1;
export const OPT_X = 2;

const INT32_MAX = 2147483647;

// .NET's word characters (\w, group names): letters, non-spacing marks, decimal digits, connector punctuation,
// and the zero-width joiner / non-joiner. One UTF-16 unit at a time: a lone surrogate is no word character.
const WORD = /^[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]$/u;

// The regex answers slowly for a character outside ASCII: each answer is kept (0 unknown, 1 word, 2 not).
const wordCache = new Uint8Array(0x10000);

export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  if (wordCache[code] === 0) wordCache[code] = WORD.test(c) ? 1 : 2;
  return wordCache[code] === 1;
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Whitespace that IgnorePatternWhitespace skips: tab, LF, FF, CR, space (not VT). */
export function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
}

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, e: 27, f: 12, n: 10, r: 13, t: 9, v: 11 };

export class Scanner {
  pos = 0;
  options = 0;
  private readonly optionStack: number[] = [];

  constructor(readonly p: string) {}

  get left(): number {
    return this.p.length - this.pos;
  }

  /** The character `ahead` places right of the cursor, or undefined past the end. */
  at(ahead = 0): string | undefined {
    return this.p[this.pos + ahead];
  }

  next(): string {
    return this.p[this.pos++];
  }

  fail(reason: string, offset = this.pos): never {
    throw new DotnetRegexSyntaxError(reason, offset);
  }

  get x(): boolean {
    return (this.options & OPT_X) !== 0;
  }

  get n(): boolean {
    return (this.options & OPT_N) !== 0;
  }

  pushOptions(): void {
    this.optionStack.push(this.options);
  }

  popOptions(): void {
    const o = this.optionStack.pop();
    if (o !== undefined) this.options = o;
  }

  popKeepOptions(): void {
    this.optionStack.pop();
  }

  get optionsStackEmpty(): boolean {
    return this.optionStack.length === 0;
  }

  /** Skips `(?#...)` comments, and with x also whitespace and `#` comments to the end of the line. */
  scanBlank(): void {
    const p = this.p;
    for (;;) {
      if (this.x) {
        while (this.pos < p.length && isBlank(p[this.pos])) this.pos++;
        if (this.pos >= p.length) return;
        if (p[this.pos] === '#') {
          while (this.pos < p.length && p[this.pos] !== '\n') this.pos++;
          continue;
        }
      }
      if (p[this.pos] === '(' && p[this.pos + 1] === '?' && p[this.pos + 2] === '#') {
        const start = this.pos;
        const close = p.indexOf(')', this.pos);
        if (close < 0) this.fail('Unterminated (?#...) comment', start);
        this.pos = close + 1;
        continue;
      }
      return;
    }
  }

  /** Reads ASCII digits as a number; .NET refuses a number over Int32.MaxValue. */
  scanDecimal(): number {
    let i = 0;
    const start = this.pos;
    while (isDigit(this.at())) {
      const d = this.next().charCodeAt(0) - 48;
      if (i > (INT32_MAX - d) / 10) this.fail('Capture group numbers must be less than or equal to Int32.MaxValue', start);
      i = i * 10 + d;
    }
    return i;
  }

  /** Reads a run of word characters (a group name). */
  scanCapname(): string {
    const start = this.pos;
    while (this.pos < this.p.length && isWordChar(this.p[this.pos])) this.pos++;
    return this.p.slice(start, this.pos);
  }

  /**
   * The escape after a backslash that names one character (\x, \u, \c, octal, \a..\v, or a non-word character),
   * the cursor on the character after the backslash; returns the character's code.
   */
  scanCharEscape(): number {
    const start = this.pos - 1;
    const ch = this.next();
    if (ch >= '0' && ch <= '7') {
      let v = ch.charCodeAt(0) - 48;
      for (let c = 1; c < 3 && isOctal(this.at()); c++) v = v * 8 + this.next().charCodeAt(0) - 48;
      return v & 0xff;
    }
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) return simple;
    if (ch === 'x') return this.scanHex(2, start);
    if (ch === 'u') return this.scanHex(4, start);
    if (ch === 'c') return this.scanControl(start);
    if (isWordChar(ch)) this.fail(`Unrecognized escape sequence \\${ch}`, start);
    return ch.charCodeAt(0);
  }

  private scanHex(count: number, start: number): number {
    if (this.left < count) this.fail('Insufficient hex digits', start);
    let v = 0;
    for (let i = 0; i < count; i++) {
      const d = parseInt(this.next(), 16);
      if (Number.isNaN(d)) this.fail('Insufficient hex digits', start);
      v = v * 16 + d;
    }
    return v;
  }

  private scanControl(start: number): number {
    if (this.left <= 0) this.fail('Missing control character', start);
    let c = this.next().charCodeAt(0);
    if (c >= 97 && c <= 122) c -= 32; // \ca is \cA
    // \c@ .. \c_
    if (c < 64 || c > 95) this.fail('Unrecognized control character', start);
    return c - 64;
  }

  /** The `{Name}` after \p or \P; with `check`, refuses a name .NET does not know. */
  parseProperty(check: boolean): void {
    const start = this.pos - 2;
    if (this.left < 3) this.fail('Incomplete \\p{X} character escape', start);
    if (this.next() !== '{') this.fail('Malformed \\p{X} character escape', start);
    const nameStart = this.pos;
    while (this.pos < this.p.length && (isWordChar(this.p[this.pos]) || this.p[this.pos] === '-')) this.pos++;
    const name = this.p.slice(nameStart, this.pos);
    if (this.left === 0 || this.next() !== '}') this.fail('Incomplete \\p{X} character escape', start);
    if (check && !isDotnetPropertyName(name)) this.fail(`Unknown property '${name}'`, start);
  }
}

/** Reads inline option letters (i m n s x, either case, each after an optional - or +); stops at any other. */
export function scanOptions(s: Scanner): void {
  let off = false;
  for (; s.left > 0; s.pos++) {
    const raw = s.at()!;
    const c = raw >= 'A' && raw <= 'Z' ? raw.toLowerCase() : raw;
    if (c === '-') off = true;
    else if (c === '+') off = false;
    else {
      const o = c === 'n' ? OPT_N : c === 'x' ? OPT_X : c === 'i' || c === 'm' || c === 's' ? 0 : -1;
      if (o < 0) return;
      s.options = off ? s.options & ~o : s.options | o;
    }
  }
}
