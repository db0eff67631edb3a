// The code view counts a line break as one character, as CodeMirror does (it splits lines at CR LF, CR and LF), so a
// file that keeps its CR LF line breaks (xml/layout/) is shown with LF: the edits worked out from the pieces then
// have the view's own positions. A piece is converted once: the pieces of unchanged parts are the same strings as in
// the last call, whose converted texts are reused.

const CR = /\r\n?/g;

export class LineBreaks {
  private lastIn: readonly string[] = [];
  private lastOut: readonly string[] = [];

  /** `pieces` with every CR LF and lone CR made LF (the same array when none holds a CR). */
  forView(pieces: readonly string[]): readonly string[] {
    let out: string[] | undefined;
    const { lastIn, lastOut } = this;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      const converted = i < lastIn.length && lastIn[i] === p ? lastOut[i] : p.includes('\r') ? p.replace(CR, '\n') : p;
      if (converted !== p) out ??= pieces.slice(0, i);
      if (out) out.push(converted);
    }
    const result = out ?? pieces;
    this.lastIn = pieces;
    this.lastOut = result;
    return result;
  }
}
