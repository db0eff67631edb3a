// Content written exactly as it was read: what stands inside a leaf (`inner`) and inside an unknown element kept as
// trivia. xmlbuilder2's pretty printer indents any element holding more than text, which would add white space
// inside it: inside a leaf the imaging tool refuses that ("The element cannot contain white space. Content model
// is empty."; checked with the tool's own loader: `<Setting ...><!-- c --></Setting>` and `<?pi x?>` are
// accepted, and so is `<!--a--><?p q?>`; a space, a line break, `<!--c-->` followed by a line break, text, an
// empty CDATA section or a child element are refused; the same for Condition and TargetRef, whose schema type is
// the same empty one as Import, Asset, Application and DataAsset), and an unknown element's content model is not
// ours to know.
//
// So the builder gives such an element a single text child, a mark, which the writer prints inline
// (`<Setting Name="a">MARK</Setting>`), and keeps the content's text, written here, in BuildNotes.raw; once the
// writer is done, `written` puts each text in place of its mark, in document order (the order the builder met
// them). The mark is U+FFFF, not an XML character, so never in a file a parser accepted; should a model string
// hold it anyway, the output holds more marks than texts, and the text is written again with another mark
// (the mark never shows in the text, which is therefore the same whichever mark was used).

import type { Attr, Trivia } from '../model/types.ts';
import { assertNever } from '../model/types.ts';
import { escapeWhitespaceRefs } from './serialize-fix.ts';
import type { fragment } from 'xmlbuilder2';

/** An element or fragment under construction (xmlbuilder2). */
export type XMLBuilder = ReturnType<typeof fragment>;

/** A noncharacter, never in a file a parser accepted. */
const RAW_MARK = '\uffff';

/** Per-build notes: `fix` is set when the text needs the whitespace pass (see serialize-fix.ts). */
export interface BuildNotes {
  fix: boolean;
  /** Texts to put in place of the marks, in order. */
  readonly raw: string[];
  /** The mark of this build. */
  readonly mark: string;
}

/** The text `write` makes with fresh notes, whitespace-fixed and with the raw texts in place of their marks. */
export function written(write: (notes: BuildNotes) => string): string {
  // Ends: a text of length L holds fewer than L distinct marks `\uffff<n>\uffff`, so one of the first L is not in it.
  for (let n = 0; ; n++) {
    const notes: BuildNotes = { fix: false, raw: [], mark: n === 0 ? RAW_MARK : `${RAW_MARK}${n}${RAW_MARK}` };
    const out = write(notes);
    const text = finish(out, notes);
    if (text !== undefined) return text;
    if (n > out.length) throw new Error('the serializer lost the marks of content written as read');
  }
}

/** The text with the raw texts in place of their marks; undefined when the model itself held the mark. */
function finish(text: string, notes: BuildNotes): string | undefined {
  const fixed = notes.fix ? escapeWhitespaceRefs(text) : text;
  const { raw } = notes;
  if (raw.length === 0) return fixed;
  const parts = fixed.split(notes.mark);
  if (parts.length !== raw.length + 1) return undefined;
  let out = parts[0];
  for (let i = 0; i < raw.length; i++) out += raw[i] + parts[i + 1];
  return out;
}

/** The XML of `list`, exactly as the nodes are, with no white space added. */
export function rawTrivia(list: readonly Trivia[]): string {
  let out = '';
  for (const t of list) out += rawNode(t);
  return out;
}

function rawNode(t: Trivia): string {
  switch (t.kind) {
    case 'comment':
      return `<!--${t.text}-->`;
    case 'pi':
      return t.data === '' ? `<?${t.target}?>` : `<?${t.target} ${t.data}?>`;
    case 'text':
      return escapeText(t.text);
    case 'cdata':
      // A CDATA section cannot hold `]]>`: split it between `]]` and `>`. An empty one is written too (as read).
      return cdataSections(t.text)
        .map((part) => `<![CDATA[${part}]]>`)
        .join('');
    case 'element': {
      const start = `<${t.name}${rawAttrs(t.attrs)}`;
      return t.children.length === 0 ? `${start} />` : `${start}>${rawTrivia(t.children)}</${t.name}>`;
    }
    default:
      return assertNever(t);
  }
}

export function cdataSections(text: string): string[] {
  const parts = text.split(']]>');
  if (parts.length === 1) return parts;
  return parts.map((p, i) => (i > 0 ? '>' : '') + p + (i < parts.length - 1 ? ']]' : ''));
}

// Escaped as xmlbuilder2 and the whitespace pass escape them elsewhere, so that a node reads the same either way.
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
};

function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ATTR_SPECIALS = /[&<>"\t\n\r]/g;

/** An attribute value as the writer and the whitespace pass write it (without the quotes). */
export function escapeAttrValue(value: string): string {
  return ATTR_SPECIAL.test(value) ? value.replace(ATTR_SPECIALS, (c) => ATTR_ESCAPES[c]) : value;
}

function rawAttrs(attrs: readonly Attr[]): string {
  let out = '';
  for (const a of attrs) out += ` ${a.name}="${escapeAttrValue(a.value)}"`;
  return out;
}
