// The constructs that start with `(?` and with a backslash, in .NET's dialect: non-capturing, lookaround,
// atomic, named / numbered / balancing groups, conditionals, inline options; anchors, classes, \p{..},
// backreferences (\1, \k<name>, \k'name', \<name>) and character escapes.
import type { Captures } from './dotnet-regex-captures';
import { Scanner, isDigit, isWordChar, scanOptions } from './dotnet-regex-scanner';

/** What an open group is, as far as its syntax goes. */
export type GroupKind = 'plain' | 'testgroup' | 'testref';

export interface ParseState {
  readonly s: Scanner;
  readonly caps: Captures;
  /** After `(?(`: the condition's own parentheses are a plain group. */
  ignoreNextParen: boolean;
}

const UNRECOGNIZED = 'Unrecognized grouping construct';
const BAD_NAME = 'Invalid group name: Group names must begin with a word character';

/** Reads what follows a `(`: the group it opens, or null for an options-only `(?imnsx-imnsx)`. */
export function scanGroupOpen(st: ParseState, current: GroupKind): GroupKind | null {
  const { s, caps } = st;
  const start = s.pos - 1;
  if (s.at() !== '?' || s.at(1) === ')') {
    st.ignoreNextParen = false;
    return 'plain';
  }
  s.pos++;
  if (s.left === 0) s.fail(UNRECOGNIZED, start);
  let close = '>';
  const ch = s.next();
  switch (ch) {
    case ':':
    case '=':
    case '!':
    case '>':
      return 'plain';
    case "'":
    case '<': {
      if (ch === "'") close = "'";
      if (s.left === 0) s.fail(UNRECOGNIZED, start);
      const c = s.next();
      if (c === '=' || c === '!') {
        // (?<= and (?<! are lookbehinds; (?'= and (?'! are nothing
        if (close === "'") s.fail(UNRECOGNIZED, start);
        return 'plain';
      }
      s.pos--;
      return scanNamedGroup(s, caps, start, close);
    }
    case '(':
      return scanCondition(st, start);
    default: {
      s.pos--;
      // Options cannot stand directly inside a conditional: (?(c)(?i)a) is refused.
      if (current !== 'testgroup') scanOptions(s);
      if (s.left === 0) s.fail(UNRECOGNIZED, start);
      const c = s.next();
      if (c === ')') return null;
      if (c !== ':') s.fail(UNRECOGNIZED, start);
      return 'plain';
    }
  }
}

// (?<name>..), (?<5>..), (?<name-other>..), (?<-other>..), the same with quotes; the cursor on the name.
function scanNamedGroup(s: Scanner, caps: Captures, start: number, close: string): GroupKind {
  const c = s.at()!;
  let known = false;
  let proceed = false;
  if (isDigit(c)) {
    const num = s.scanDecimal();
    known = caps.slots.has(num);
    if (s.left > 0 && s.at() !== close && s.at() !== '-') s.fail(BAD_NAME, s.pos);
    if (num === 0) s.fail('Capture number cannot be zero', start);
  } else if (isWordChar(c)) {
    known = caps.names.has(s.scanCapname());
    if (s.left > 0 && s.at() !== close && s.at() !== '-') s.fail(BAD_NAME, s.pos);
  } else if (c === '-') {
    proceed = true;
  } else {
    s.fail(BAD_NAME, s.pos);
  }
  let balancing = false;
  if ((known || proceed) && s.left > 1 && s.at() === '-') {
    s.pos++;
    const d = s.at()!;
    const at = s.pos;
    if (isDigit(d)) {
      const num = s.scanDecimal();
      if (!caps.slots.has(num)) s.fail(`Reference to undefined group number ${num}`, at);
    } else if (isWordChar(d)) {
      const name = s.scanCapname();
      if (!caps.names.has(name)) s.fail(`Reference to undefined group name ${name}`, at);
    } else {
      s.fail(BAD_NAME, at);
    }
    if (s.left > 0 && s.at() !== close) s.fail(BAD_NAME, s.pos);
    balancing = true;
  }
  if ((known || balancing) && s.left > 0 && s.next() === close) return 'plain';
  s.fail(UNRECOGNIZED, start);
}

// (?(1)yes|no), (?(name)yes|no), or (?(expression)yes|no); the cursor after `(?(`.
function scanCondition(st: ParseState, start: number): GroupKind {
  const { s, caps } = st;
  const parenPos = s.pos;
  const c = s.at();
  if (isDigit(c)) {
    const num = s.scanDecimal();
    if (s.left > 0 && s.next() === ')') {
      if (caps.slots.has(num)) return 'testref';
      s.fail(`(?(${num}) ) reference to undefined group`, start);
    }
    s.fail(`(?(${num}) ) malformed`, start);
  } else if (isWordChar(c)) {
    const name = s.scanCapname();
    if (caps.names.has(name) && s.left > 0 && s.next() === ')') return 'testref';
  }
  // An expression: its parentheses are scanned as a group that does not capture.
  s.pos = parenPos - 1;
  st.ignoreNextParen = true;
  if (s.left >= 3 && s.at(1) === '?') {
    const c2 = s.at(2);
    if (c2 === '#') s.fail('Alternation conditions cannot be comments', start);
    if (c2 === "'" || (s.left >= 4 && c2 === '<' && s.at(3) !== '!' && s.at(3) !== '=')) {
      s.fail('Alternation conditions do not capture and cannot be named', start);
    }
  }
  return 'testgroup';
}

/**
 * A backslash construct, the cursor after the backslash. Without `caps` (the first pass, which has not counted
 * the groups yet) references are read but not resolved, and \p is not read.
 */
export function scanBackslash(s: Scanner, caps: Captures | null): void {
  const start = s.pos - 1;
  if (s.left === 0) s.fail('Illegal \\ at end of pattern', start);
  const ch = s.at()!;
  if ('bBAGZzwWsSdD'.includes(ch)) {
    s.pos++;
    return;
  }
  if (ch === 'p' || ch === 'P') {
    s.pos++;
    if (caps) s.parseProperty(true);
    return;
  }
  let angled = false;
  let close = '>';
  let c = ch;
  if (c === 'k') {
    if (s.left >= 2) {
      s.pos++;
      c = s.next();
      angled = c === '<' || c === "'";
      if (c === "'") close = "'";
    }
    if (!angled || s.left <= 0) s.fail('Malformed \\k<...> named back reference', start);
    c = s.at()!;
  } else if ((c === '<' || c === "'") && s.left > 1) {
    // \<name> and \'name': the old spelling of \k<name>
    angled = true;
    if (c === "'") close = "'";
    s.pos++;
    c = s.at()!;
  }
  if (angled && isDigit(c)) {
    const num = s.scanDecimal();
    if (s.left > 0 && s.next() === close) {
      if (!caps || caps.slots.has(num)) return;
      s.fail(`Reference to undefined group number ${num}`, start);
    }
  } else if (!angled && c >= '1' && c <= '9') {
    // \1..\9 are backreferences; a longer number is one if such a group exists, else octal (or refused)
    const num = s.scanDecimal();
    if (!caps || caps.slots.has(num)) return;
    if (num <= 9) s.fail(`Reference to undefined group number ${num}`, start);
  } else if (angled && isWordChar(c)) {
    const name = s.scanCapname();
    if (s.left > 0 && s.next() === close) {
      if (!caps || caps.names.has(name)) return;
      s.fail(`Reference to undefined group name ${name}`, start);
    }
  }
  // Not a reference: one character.
  s.pos = start + 1;
  s.scanCharEscape();
}
