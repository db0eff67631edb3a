// The preview's syntax colors, a line at a time: a small XML tokenizer whose state at the end of one line is where
// the next line starts (inside a comment, a CDATA section, a processing instruction, a tag or a quoted value).
// The code view colors only the lines in view, so a keystroke costs a few lines here instead of an incremental parse
// of the document (xml-colors.ts). Pure: no DOM, no CodeMirror.

/** Where a line starts: in text, or inside one of the constructs that may span lines. */
export const Lex = {
  Text: 0,
  Comment: 1,
  Cdata: 2,
  Pi: 3,
  /** In a start or end tag, after its name (attributes). */
  Tag: 4,
  /** In a tag's attribute value quoted with ". */
  Dq: 5,
  /** In a tag's attribute value quoted with '. */
  Sq: 6,
} as const;
export type Lex = (typeof Lex)[keyof typeof Lex];

/** What a colored span is. */
export type TokenKind = 'tag' | 'value' | 'comment' | 'pi' | 'cdata';

/** Receives each colored span of a line: offsets within the line, `from` < `to`, in order. */
export type TokenSink = (from: number, to: number, kind: TokenKind) => void;

const GT = 62; // >
const SLASH = 47; // /
const DQ = 34; // "
const SQ = 39; // '

/** Name characters (ASCII letters, digits, _ - . : and anything beyond ASCII). */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 58 || c > 127;
}

/** How each construct that may span lines ends, and its color. */
const SPANS: Partial<Record<Lex, { close: string; kind: TokenKind }>> = {
  [Lex.Comment]: { close: '-->', kind: 'comment' },
  [Lex.Cdata]: { close: ']]>', kind: 'cdata' },
  [Lex.Pi]: { close: '?>', kind: 'pi' },
  [Lex.Dq]: { close: '"', kind: 'value' },
  [Lex.Sq]: { close: "'", kind: 'value' },
};

/**
 * Tokenizes one line that starts in `state`; returns the state the next line starts in. With `stop` below the
 * line's length it stops once it has read that far (every span starting before `stop` is sent, the last one possibly
 * to the line's end), and returns the state where it stopped instead: the code view colors only the columns in view.
 */
export function lexLine(line: string, state: Lex, sink: TokenSink | null, stop = Infinity): Lex {
  const n = line.length;
  const limit = Math.min(n, stop);
  let i = 0;
  // Where the current span began: a line that starts inside one continues it from offset 0.
  let start = 0;
  while (i < limit) {
    const span = SPANS[state];
    if (span) {
      const end = line.indexOf(span.close, i);
      if (end < 0) {
        sink?.(start, n, span.kind);
        return state;
      }
      i = end + span.close.length;
      sink?.(start, i, span.kind);
      // A quoted value is inside a tag; the other constructs end in text.
      state = state === Lex.Dq || state === Lex.Sq ? Lex.Tag : Lex.Text;
    } else if (state === Lex.Tag) {
      const c = line.charCodeAt(i);
      if (c === DQ || c === SQ) {
        state = c === DQ ? Lex.Dq : Lex.Sq;
        start = i;
      } else if (c === GT) state = Lex.Text;
      i++;
    } else {
      const lt = line.indexOf('<', i);
      if (lt < 0) return Lex.Text;
      start = lt;
      if (line.startsWith('<!--', lt)) {
        state = Lex.Comment;
        i = lt + 4;
      } else if (line.startsWith('<![CDATA[', lt)) {
        state = Lex.Cdata;
        i = lt + 9;
      } else if (line.startsWith('<?', lt)) {
        state = Lex.Pi;
        i = lt + 2;
      } else {
        let j = lt + 1;
        if (line.charCodeAt(j) === SLASH) j++;
        const name = j;
        while (j < n && isNameChar(line.charCodeAt(j))) j++;
        if (j > name) sink?.(name, j, 'tag');
        i = j;
        // A `<` with no name after it (not well-formed) is left as text.
        state = j > name ? Lex.Tag : Lex.Text;
        if (j === name) i = lt + 1;
      }
    }
  }
  // A construct opened by the line's last characters (`<!--`, an opening quote) is colored to the end.
  const span = SPANS[state];
  if (span && start < n) sink?.(start, n, span.kind);
  return state;
}

/**
 * The state each line of a text starts in, worked out as far as it has been asked for and forgotten from an edited
 * line on. A keystroke in the preview's text (one ranged edit) costs the lines from the edit to the last line in view.
 */
export class LineStates {
  /** states[k] is the state line k + 1 starts in, for k < known. */
  private states = new Uint8Array(1024);
  private known = 1;

  /** The text's lines from the edited one on (1-based) are no longer known. */
  forgetFrom(line: number): void {
    this.known = Math.max(1, Math.min(this.known, line));
  }

  /** The state line `line` (1-based) starts in; `lineText(k)` is the text of line k. */
  at(line: number, lineText: (k: number) => string): Lex {
    if (line > this.known) this.extend(line, lineText);
    return this.states[line - 1] as Lex;
  }

  /** Line `line` (1-based) starts in `state`, as found by lexing the line before it: kept when it is the next unknown one. */
  learn(line: number, state: Lex): void {
    if (line !== this.known + 1) return;
    if (line > this.states.length) this.grow(line);
    this.states[line - 1] = state;
    this.known = line;
  }

  /** How many lines' states are known (for tests). */
  get knownLines(): number {
    return this.known;
  }

  private extend(line: number, lineText: (k: number) => string): void {
    if (line > this.states.length) this.grow(line);
    for (let k = this.known; k < line; k++) this.states[k] = lexLine(lineText(k), this.states[k - 1] as Lex, null);
    this.known = line;
  }

  private grow(line: number): void {
    const grown = new Uint8Array(Math.max(line, this.states.length * 2));
    grown.set(this.states.subarray(0, this.known));
    this.states = grown;
  }
}
