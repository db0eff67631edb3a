// The first of .NET's two passes: find every capturing group before parsing, so that a backreference may name a
// group defined later in the pattern (`\1(a)` compiles). Numbered groups take 1, 2, ... in order; `(?<5>..)`
// takes 5; named groups then take the lowest free numbers, in order of first appearance. With the n option
// (ExplicitCapture) a plain `(...)` captures nothing; the condition of `(?(...)yes|no)` never captures.
import { scanCharClass } from './dotnet-regex-class';
import { scanBackslash } from './dotnet-regex-group';
import { Scanner, isWordChar, scanOptions } from './dotnet-regex-scanner';

export interface Captures {
  /** Every group number, 0 (the whole match) included. */
  readonly slots: ReadonlySet<number>;
  /** Every group name. */
  readonly names: ReadonlySet<string>;
}

export function countCaptures(pattern: string): Captures {
  const s = new Scanner(pattern);
  const slots = new Set<number>([0]);
  const names: string[] = [];
  const nameSet = new Set<string>();
  let autocap = 1;
  let ignoreNextParen = false;
  while (s.left > 0) {
    const ch = s.next();
    switch (ch) {
      case '\\':
        if (s.left > 0) scanBackslash(s, null);
        break;
      case '#':
        if (s.x) {
          s.pos--;
          s.scanBlank();
        }
        break;
      case '[':
        scanCharClass(s, true);
        break;
      case ')':
        if (!s.optionsStackEmpty) s.popOptions();
        break;
      case '(':
        if (s.at() === '?' && s.at(1) === '#') {
          s.pos--;
          s.scanBlank();
        } else {
          s.pushOptions();
          if (s.at() === '?') {
            s.pos++;
            if (s.left > 1 && (s.at() === '<' || s.at() === "'")) {
              // (?<name>...) / (?'name'...) / (?<5>...)
              s.pos++;
              const c = s.at();
              if (c !== '0' && isWordChar(c)) {
                if (c! >= '1' && c! <= '9') slots.add(s.scanDecimal());
                else {
                  const name = s.scanCapname();
                  if (!nameSet.has(name)) {
                    nameSet.add(name);
                    names.push(name);
                  }
                }
              }
            } else {
              scanOptions(s);
              if (s.at() === ')') {
                // (?imnsx-imnsx): the options hold to the end of the enclosing group
                s.pos++;
                s.popKeepOptions();
              } else if (s.at() === '(') {
                // (?(cond)yes|no): the condition's parentheses do not capture
                ignoreNextParen = true;
                break;
              }
            }
          } else if (!s.n && !ignoreNextParen) {
            slots.add(autocap++);
          }
        }
        ignoreNextParen = false;
        break;
    }
  }
  for (let i = 0; i < names.length; i++) {
    while (slots.has(autocap)) autocap++;
    slots.add(autocap++);
  }
  return { slots, names: nameSet };
}
