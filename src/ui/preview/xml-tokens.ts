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
/** What ends a run of a tag's uncolored text: a quote opening a value, or the tag's end. */
const TAG_STOP = /["'>]/g;
const SLASH = 47; // /
const DQ = 34; // "

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

/** Where lexing a line stands: the state at offset `at`, and where the span it is inside (if any) began. */
export interface LexPos {
  readonly state: Lex;
  readonly at: number;
  readonly start: number;
}

/**
 * Tokenizes one line that starts in `state`; returns the state the next line starts in. With `stop` below the
 * line's length it stops once it has read that far (every span starting before `stop` is sent, one still open there
 * up to where it stopped), and returns the state where it stopped instead: the code view colors only the columns in
 * view.
 */
export function lexLine(line: string, state: Lex, sink: TokenSink | null, stop = Infinity): Lex {
  return lexFrom(line, { state, at: 0, start: 0 }, sink, stop).state;
}

/** lexLine from a position within the line (one lexFrom returned), up to `stop`; returns where it stopped. */
export function lexFrom(line: string, from: LexPos, sink: TokenSink | null, stop = Infinity): LexPos {
  const n = line.length;
  const limit = Math.min(n, stop);
  let { state, start } = from;
  let i = from.at;
  while (i < limit) {
    const span = SPANS[state];
    if (span) {
      const end = line.indexOf(span.close, i);
      if (end < 0) {
        sink?.(start, n, span.kind);
        return { state, at: n, start };
      }
      i = end + span.close.length;
      sink?.(start, i, span.kind);
      // A quoted value is inside a tag; the other constructs end in text.
      state = state === Lex.Dq || state === Lex.Sq ? Lex.Tag : Lex.Text;
    } else if (state === Lex.Tag) {
      // Attribute names, = and white space are not colored: on to the next quote or the tag's end.
      TAG_STOP.lastIndex = i;
      const j = TAG_STOP.exec(line)?.index ?? n;
      if (j >= limit) {
        i = limit;
        break;
      }
      const c = line.charCodeAt(j);
      if (c === GT) state = Lex.Text;
      else {
        state = c === DQ ? Lex.Dq : Lex.Sq;
        start = j;
      }
      i = j + 1;
    } else {
      const lt = line.indexOf('<', i);
      if (lt < 0) return { state: Lex.Text, at: n, start };
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
  // A construct opened by the line's last characters (`<!--`, an opening quote) is colored to the end, or to where
  // lexing stopped (the rest is sent by the lexFrom that goes on from here).
  const span = SPANS[state];
  if (span && start < i) sink?.(start, i, span.kind);
  return { state, at: i, start };
}

/** How far apart a long line's checkpoints are (LineStates.startOf). */
export const CHECKPOINT = 4096;

/**
 * The state each line of a text starts in, worked out as far as it has been asked for and forgotten from an edited
 * line on. A keystroke in the preview's text (one ranged edit) costs the lines from the edit to the last line in view.
 */
export class LineStates {
  /** states[k] is the state line k + 1 starts in, for k < known. */
  private states = new Uint8Array(1024);
  private known = 1;
  /** Of each long line lexed from a column: where lexing stood every CHECKPOINT characters, by line number. */
  private checkpoints = new Map<number, LexPos[]>();

  /** The text's lines from the edited one on (1-based) are no longer known. */
  forgetFrom(line: number): void {
    this.known = Math.max(1, Math.min(this.known, line));
    for (const k of this.checkpoints.keys()) if (k >= line) this.checkpoints.delete(k);
  }

  /**
   * Where to start lexing line `line` (whose text is `text`) to have every span from column `column` on: the line's
   * start, or for a long line the last checkpoint at or before the column. A line's checkpoints are found by one
   * pass over it, the first time it is asked for; scrolling along a line of megabytes then lexes a few kilobytes.
   */
  startOf(line: number, text: string, column: number, lineText: (k: number) => string): LexPos {
    const first: LexPos = { state: this.at(line, lineText), at: 0, start: 0 };
    if (column < CHECKPOINT) return first;
    let points = this.checkpoints.get(line);
    if (!points) {
      points = [first];
      for (let p = first; p.at < text.length; ) points.push((p = lexFrom(text, p, null, p.at + CHECKPOINT)));
      this.checkpoints.set(line, points);
      this.learn(line + 1, points[points.length - 1]!.state);
    }
    let lo = 0;
    let hi = points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (points[mid]!.at <= column) lo = mid;
      else hi = mid - 1;
    }
    return points[lo]!;
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
