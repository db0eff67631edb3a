// Whether .NET's Regex (System.Text.RegularExpressions, default options) compiles a pattern: the imaging tool
// compiles every `pattern:` condition body with it and refuses the file when it throws. A syntax check only,
// written from .NET's documented behaviour and recorded against the tool's own runtime (see the tests).
//
// Like .NET, two passes: the first finds every capturing group (dotnet-regex-captures.ts) so references may
// point forward; the second walks the pattern: literals, quantifiers, groups (dotnet-regex-group.ts), classes
// (dotnet-regex-class.ts) and escapes (dotnet-regex-scanner.ts). Both passes are linear and use no recursion.
import { countCaptures } from './dotnet-regex-captures';
import { scanCharClass } from './dotnet-regex-class';
import { type GroupKind, type ParseState, scanBackslash, scanGroupOpen } from './dotnet-regex-group';
import { DotnetRegexSyntaxError, Scanner } from './dotnet-regex-scanner';

/** Why .NET's `new Regex(pattern)` would throw, or undefined when it compiles. Never throws. */
export function dotnetRegexError(pattern: string): string | undefined {
  try {
    parse(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof DotnetRegexSyntaxError) return e.message;
    // A defect of this checker, not of the pattern: do not refuse what .NET may accept.
    return undefined;
  }
}

// `\ [ ( ) ^ $ . |` end a run of literal characters, and so do the quantifiers `{ * + ?`.
const SPECIAL = new Set(['\\', '[', '(', ')', '^', '$', '.', '|', '{', '*', '+', '?']);
const QUANTIFIER = new Set(['{', '*', '+', '?']);

function isSpecial(c: string): boolean {
  return SPECIAL.has(c);
}

// With x (IgnorePatternWhitespace), whitespace and `#` end a run too.
function isStopperX(c: string): boolean {
  return SPECIAL.has(c) || c === '#' || c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
}

/** Whether a quantifier starts at the cursor: * + ? or {n} {n,} {n,m} (any other `{` is a literal). */
function isTrueQuantifier(s: Scanner): boolean {
  const c = s.at();
  if (c === undefined) return false;
  if (c !== '{') return QUANTIFIER.has(c);
  const p = s.p;
  let i = s.pos + 1;
  const digits = i;
  while (i < p.length && p[i] >= '0' && p[i] <= '9') i++;
  if (i === digits || i >= p.length) return false;
  if (p[i] === '}') return true;
  if (p[i] !== ',') return false;
  i++;
  while (i < p.length && p[i] >= '0' && p[i] <= '9') i++;
  return i < p.length && p[i] === '}';
}

interface Frame {
  readonly kind: GroupKind;
  /** For a conditional: its condition and branches so far. */
  children: number;
}

function parse(pattern: string): void {
  const caps = countCaptures(pattern);
  const s = new Scanner(pattern);
  const st: ParseState = { s, caps, ignoreNextParen: false };
  const groups: Frame[] = [{ kind: 'plain', children: 0 }];
  const opens: number[] = [];
  let isQuantifier = false;
  while (s.left > 0) {
    let wasPrevQuantifier = isQuantifier;
    isQuantifier = false;
    let unit = false;
    s.scanBlank();
    const runStart = s.pos;
    const stops = s.x ? isStopperX : isSpecial;
    while (s.left > 0) {
      const c = s.at()!;
      if (stops(c) && !(c === '{' && !isTrueQuantifier(s))) break;
      s.pos++;
    }
    const runEnd = s.pos;
    s.scanBlank();
    let ch: string;
    if (s.left === 0) ch = 'end';
    else if (isSpecial((ch = s.at()!))) {
      isQuantifier = QUANTIFIER.has(ch);
      s.pos++;
    } else ch = 'literal';
    if (runStart < runEnd) {
      wasPrevQuantifier = false;
      // the run's last character is what a quantifier right after it applies to
      if (isQuantifier) unit = true;
    }
    const at = s.pos - 1;
    switch (ch) {
      case 'end':
        break;
      case 'literal':
        continue;
      case '[':
        scanCharClass(s, false);
        unit = true;
        break;
      case '(': {
        s.pushOptions();
        const kind = scanGroupOpen(st, groups[groups.length - 1].kind);
        if (kind === null) s.popKeepOptions();
        else {
          groups.push({ kind, children: 0 });
          opens.push(at);
        }
        continue;
      }
      case '|': {
        const g = groups[groups.length - 1];
        if (g.kind !== 'plain') g.children++;
        continue;
      }
      case ')': {
        if (groups.length === 1) s.fail("Too many )'s", at);
        const g = groups.pop()!;
        opens.pop();
        if (g.kind !== 'plain' && ++g.children > (g.kind === 'testref' ? 2 : 3)) {
          s.fail('Too many | in (?()|)', at);
        }
        s.popOptions();
        const parent = groups[groups.length - 1];
        if (parent.kind === 'testgroup' && parent.children === 0) {
          // the first group inside (?(...) is its condition: nothing a quantifier could apply to
          parent.children = 1;
          continue;
        }
        unit = true;
        break;
      }
      case '\\':
        scanBackslash(s, caps);
        unit = true;
        break;
      case '^':
      case '$':
      case '.':
        unit = true;
        break;
      default:
        // a quantifier
        if (!unit) s.fail(wasPrevQuantifier ? `Nested quantifier '${ch}'` : 'Quantifier {x,y} following nothing', at);
        s.pos--;
    }
    if (ch === 'end') break;
    s.scanBlank();
    if (s.left === 0 || !(isQuantifier = isTrueQuantifier(s))) continue;
    scanQuantifier(s);
  }
  if (groups.length > 1) s.fail("Not enough )'s", opens[opens.length - 1]);
}

// * + ? {n} {n,} {n,m}, each maybe followed by ? (lazy); the cursor on it, which isTrueQuantifier approved.
function scanQuantifier(s: Scanner): void {
  const start = s.pos;
  if (s.next() === '{') {
    const min = s.scanDecimal();
    let max = min;
    if (s.at() === ',') {
      s.pos++;
      max = s.at() === '}' ? Infinity : s.scanDecimal();
    }
    s.pos++; // the }
    if (min > max) s.fail('Illegal {x,y} with x > y', start);
  }
  s.scanBlank();
  if (s.at() === '?') s.pos++;
}
