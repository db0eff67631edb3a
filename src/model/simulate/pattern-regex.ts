// A `pattern:` body (a .NET regular expression, docs/format.md §3.3) as a JavaScript RegExp that matches the same
// strings, for the simulator. Only bodies .NET compiles (dotnet-regex.ts) are translated, construct by construct,
// into the `u` dialect, where every escape is explicit: `.` is any character but a line feed, `$` also matches
// before a final line feed, \d \w \s are .NET's Unicode classes, \A \z \Z are anchors. Constructs with no exact
// JavaScript form (atomic groups, conditionals, balancing groups, class subtraction, inline options other than a
// leading (?i), \G, numbered backreferences next to named groups) are refused with the reason: the condition then
// "may match" (assumption pattern-dialect). Never throws.

import { dotnetRegexError } from '../dotnet-regex.ts';

export type PatternRegex =
  | { readonly ok: true; readonly whole: RegExp; readonly partial: RegExp }
  | { readonly ok: false; readonly reason: string };

class Refused {
  constructor(readonly reason: string) {}
}

const SYNTAX = new Set(['\\', '^', '$', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);
const W = '\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}';
const S = '\\f\\n\\r\\t\\v\\x85\\p{Z}';
const CATEGORY = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One character as a literal of the `u` dialect (inside or outside a class). */
function literal(c: string, inClass: boolean): string {
  if (SYNTAX.has(c) || (inClass && c === '-')) return `\\${c}`;
  const code = c.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? `\\u{${code.toString(16)}}` : c;
}

function codeUnit(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

class Translator {
  pos = 0;
  flags = '';
  readonly names = new Set<string>();
  numbered = false;
  constructor(readonly p: string) {}

  at(offset = 0): string | undefined {
    return this.p[this.pos + offset];
  }

  run(): string {
    let out = '';
    if (this.p.startsWith('(?i)')) {
      this.flags = 'i';
      this.pos = 4;
    }
    while (this.pos < this.p.length) out += this.atom();
    if (this.numbered && this.names.size > 0) throw new Refused('numbered backreferences next to named groups are numbered otherwise in .NET');
    return out;
  }

  atom(): string {
    const c = this.p[this.pos++];
    switch (c) {
      case '\\':
        return this.escape(false);
      case '[':
        return this.charClass();
      case '(':
        return this.group();
      case '.':
        return '[^\\n]';
      case '$':
        return '(?=\\n?$)';
      case '{':
        return this.brace();
      case '}':
      case ']':
      case '/':
        return `\\${c}`;
      default:
        return c; // ^ ) | * + ? and literals
    }
  }

  /** `{n}`, `{n,}`, `{n,m}` are quantifiers, copied; any other `{` is a literal in .NET. */
  brace(): string {
    const m = /^\{\d+(,\d*)?\}/.exec(this.p.slice(this.pos - 1, this.pos + 40));
    if (!m) return '\\{';
    this.pos += m[0].length - 1;
    return m[0];
  }

  escape(inClass: boolean): string {
    const c = this.p[this.pos++];
    if (c === undefined) throw new Refused('a trailing backslash');
    switch (c) {
      case 'd': return '\\p{Nd}';
      case 'D': return '\\P{Nd}';
      case 'w': return inClass ? W : `[${W}]`;
      case 's': return inClass ? S : `[${S}]`;
      case 'W':
      case 'S':
        if (inClass) throw new Refused(`\\${c} inside a character class`);
        return `[^${c === 'W' ? W : S}]`;
      case 'b': return inClass ? '\\x08' : '\\b';
      case 'B': return '\\B';
      case 'A': return '^';
      case 'z': return '$';
      case 'Z': return '(?=\\n?$)';
      case 'G': throw new Refused('\\G');
      case 'n': return '\\n';
      case 't': return '\\t';
      case 'r': return '\\r';
      case 'f': return '\\f';
      case 'v': return '\\v';
      case 'a': return '\\x07';
      case 'e': return '\\x1b';
      case 'x': return this.hex(2);
      case 'u': return this.hex(4);
      case 'c': {
        const l = this.p[this.pos++] ?? '';
        return codeUnit(l.toUpperCase().charCodeAt(0) ^ 64);
      }
      case 'p':
      case 'P': {
        const m = /^\{([^}]*)\}/.exec(this.p.slice(this.pos));
        if (!m || !CATEGORY.test(m[1])) throw new Refused(`the Unicode block or class \\${c}{${m?.[1] ?? ''}}`);
        this.pos += m[0].length;
        return `\\${c}{${m[1]}}`;
      }
      case 'k': {
        const m = /^(?:<([^>]*)>|'([^']*)')/.exec(this.p.slice(this.pos));
        const name = m ? (m[1] ?? m[2]) : undefined;
        if (!m || name === undefined || !NAME.test(name)) throw new Refused('a numbered or malformed \\k backreference');
        this.pos += m[0].length;
        return `\\k<${name}>`;
      }
      default:
        break;
    }
    if (c >= '0' && c <= '9') {
      if (inClass || c === '0') return this.octal(c);
      if (/[0-9]/.test(this.at() ?? '')) throw new Refused('a backreference of two or more digits');
      this.numbered = true;
      return `\\${c}`;
    }
    return literal(c, inClass);
  }

  hex(n: number): string {
    const digits = this.p.slice(this.pos, this.pos + n);
    this.pos += n;
    return codeUnit(parseInt(digits, 16));
  }

  /** `\0` and digits inside a class: up to three octal digits in .NET. */
  octal(first: string): string {
    let digits = first;
    while (digits.length < 3 && /[0-7]/.test(this.at() ?? '')) digits += this.p[this.pos++];
    if (!/^[0-7]+$/.test(digits)) throw new Refused('an escaped digit inside a character class');
    return codeUnit(parseInt(digits, 8) & 0xff);
  }

  charClass(): string {
    let out = '[';
    if (this.at() === '^') {
      out += '^';
      this.pos++;
    }
    let first = true;
    for (;;) {
      const c = this.p[this.pos++];
      if (c === undefined) throw new Refused('an unterminated character class');
      if (c === ']' && !first) return `${out}]`;
      first = false;
      if (c === '\\') out += this.escape(true);
      else if (c === '-' && this.at() === '[') throw new Refused('character class subtraction');
      else if (c === '-') out += '-';
      else out += literal(c, true);
    }
  }

  group(): string {
    if (this.at() !== '?') return '(';
    const rest = this.p.slice(this.pos + 1, this.pos + 3);
    if (rest[0] === ':' || rest[0] === '=' || rest[0] === '!') {
      this.pos += 2;
      return `(?${rest[0]}`;
    }
    if (rest === '<=' || rest === '<!') {
      this.pos += 3;
      return `(?${rest}`;
    }
    if (rest[0] === '#') {
      const end = this.p.indexOf(')', this.pos);
      this.pos = end < 0 ? this.p.length : end + 1;
      return '';
    }
    if (rest[0] === '<' || rest[0] === "'") {
      const close = rest[0] === '<' ? '>' : "'";
      const end = this.p.indexOf(close, this.pos + 2);
      const name = end < 0 ? '' : this.p.slice(this.pos + 2, end);
      if (!NAME.test(name)) throw new Refused(`the group (?${rest[0]}${name}${close}) (numbered or balancing)`);
      if (this.names.has(name)) throw new Refused(`the group name "${name}" used twice`);
      this.names.add(name);
      this.pos = end + 1;
      return `(?<${name}>`;
    }
    if (rest[0] === '>') throw new Refused('an atomic group (?>...)');
    if (rest[0] === '(') throw new Refused('a conditional (?(...)...)');
    throw new Refused('an inline option other than a leading (?i)');
  }
}

const CACHE_MAX = 500;
const cache = new Map<string, PatternRegex>();

/** The body as whole-value and partial-value RegExps, or why it cannot be evaluated. Cached by body. */
export function patternRegex(body: string): PatternRegex {
  const hit = cache.get(body);
  if (hit) return hit;
  const result = translate(body);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(body, result);
  return result;
}

function translate(body: string): PatternRegex {
  const invalid = dotnetRegexError(body);
  if (invalid !== undefined) return { ok: false, reason: `not a valid .NET regular expression (${invalid})` };
  try {
    const t = new Translator(body);
    const src = t.run();
    const flags = `u${t.flags}`;
    return { ok: true, whole: new RegExp(`^(?:${src})$`, flags), partial: new RegExp(src, flags) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: `the simulator cannot evaluate ${e.reason}` };
    return { ok: false, reason: 'the simulator cannot evaluate this .NET construct' };
  }
}
