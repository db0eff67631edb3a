// A .NET character class `[...]`: negation, ranges, escapes (\b is a backspace here), \d \w \s \p{..} and
// their negations, class subtraction `[a-z-[aeiou]]`, and the POSIX-looking `[:name:]` .NET skips over.
// Subtractions nest without recursion (a counter of open classes), so a long pattern cannot exhaust the stack.
import { Scanner } from './dotnet-regex-scanner';

/**
 * Scans a class, the cursor just after its `[`. `scanOnly` is the first pass (counting groups): it skips the
 * checks that need the class's meaning (reversed ranges, classes in ranges, unknown \p names), as .NET does.
 */
export function scanCharClass(s: Scanner, scanOnly: boolean): void {
  const start = s.pos - 1;
  // One entry per open subtraction: whether closing it must be followed by the closing `]` of its parent.
  const open: boolean[] = [];
  let inRange = false;
  let firstChar = true;
  let prev = 0;
  if (s.at() === '^') s.pos++;
  for (;;) {
    if (s.left <= 0) s.fail('Unterminated [] set', start);
    const at = s.pos;
    let ch = s.next();
    let code = ch.charCodeAt(0);
    let translated = false;
    if (ch === ']') {
      if (!firstChar) {
        if (open.length === 0) return;
        if (open.pop() && s.left > 0 && s.at() !== ']') {
          s.fail('A subtraction must be the last element in a character class', s.pos);
        }
        inRange = false;
        firstChar = false;
        continue;
      }
    } else if (ch === '\\' && s.left > 0) {
      ch = s.next();
      switch (ch) {
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W':
        case 'p':
        case 'P':
          if (!scanOnly && inRange) s.fail(`Cannot include class \\${ch} in character range`, at);
          if (ch === 'p' || ch === 'P') s.parseProperty(!scanOnly);
          firstChar = false;
          continue;
        case '-':
          // An escaped hyphen is taken as is, even as the end of a pending range.
          firstChar = false;
          continue;
        default:
          s.pos--;
          code = s.scanCharEscape();
          translated = true;
      }
    } else if (ch === '[' && s.at() === ':' && !inRange) {
      // [:name:] is skipped whole (.NET reads it and gives it no meaning); otherwise `[` is a character.
      const save = s.pos;
      s.pos++;
      s.scanCapname();
      if (s.left < 2 || s.next() !== ':' || s.next() !== ']') s.pos = save;
    }

    if (inRange) {
      inRange = false;
      if (!scanOnly) {
        if (ch === '[' && !translated && !firstChar) {
          // [a-[...]]: the range's end opens a subtraction.
          open.push(true);
          firstChar = true;
          if (s.at() === '^') s.pos++;
          continue;
        }
        if (prev > code) s.fail('[x-y] range in reverse order', at);
      }
    } else if (s.left >= 2 && s.at() === '-' && s.at(1) !== ']') {
      prev = code;
      inRange = true;
      s.pos++;
    } else if (s.left >= 1 && ch === '-' && !translated && s.at() === '[' && !firstChar) {
      // -[...]: a subtraction.
      s.pos++;
      open.push(!scanOnly);
      firstChar = true;
      if (s.at() === '^') s.pos++;
      continue;
    }
    firstChar = false;
  }
}
