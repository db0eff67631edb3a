// fromXml: answer-file text -> model. Never throws; every refusal is a value with a position.
// saxes streams the events (fast, positions, comments and PIs, namespaces) and ModelBuilder builds the
// model directly. Decisions:
// - Between known elements, white-space-only text is dropped (the serializer re-indents); other text is kept,
//   trimmed of XML white space at both ends, as a `text` trivia node, so a re-indented export imports to the same
//   model. Inside a leaf (its `inner`) and inside an element kept as trivia, text is kept exactly as written,
//   white space included, and written back so: the imaging tool refuses white space inside a leaf, and an
//   unknown element's content is not ours to re-indent.
// - A DOCTYPE is refused outright: entities are never declared, expanded or fetched.
// - A byte order mark is skipped. The XML declaration is not kept (the serializer always writes one).
// - When the text is not well-formed and has a known documentation defect (repair.ts) whose repair imports,
//   the error carries the repair; the editor shows it and imports only if the user accepts.

import type { SaxesTagNS } from 'saxes';
import type { Attr } from '../model/types.ts';
import { counterKeys } from '../model/ids.ts';
import type { KeyGen } from '../model/ids.ts';
import { formatBytes, MAX_ATTRIBUTES, MAX_IMPORT_BYTES, MAX_NAME_CHARS, MAX_VALUE_CHARS, utf8Length } from './import-limits.ts';
import { ModelBuilder, type PartListener } from './parse-builder.ts';
import { FastSaxesParser } from './saxes-fast.ts';
import { NO_ATTRS, type Pos } from './parse-frames.ts';
import { describeSyntaxError, errorAt, FORMAT_CODES, Refusal, rootProblem } from './parse-errors.ts';
import { checkAttributeCount, checkDepth, checkName, checkValue } from './parse-limits.ts';
import type { ParseResult } from './parse-types.ts';
import { proposeRepair } from './repair.ts';

export interface ParseOptions {
  /** Key source for the model's entities; default a fresh counter (k1, k2, ...). */
  readonly keys?: KeyGen;
  /** Largest accepted input in UTF-8 bytes; default MAX_IMPORT_BYTES. */
  readonly maxBytes?: number;
  /** Called as the text is parsed, in chunks: characters parsed so far and in all (for a progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Whether the result's `positions` are filled (default true); a caller that needs none saves the work. */
  readonly positions?: boolean;
  /**
   * Told of each Target and Variant as soon as it is parsed (the import worker sends them on meanwhile). A parse
   * that then fails, or is retried after a repair, has told of parts that no result holds: only an ok result counts.
   */
  readonly onPart?: PartListener;
}

/** Characters fed to the parser at a time when progress is reported. */
const PROGRESS_CHUNK = 256 * 1024;

const XML_WS = /^[ \t\r\n]*$/;

export function fromXml(text: string, options: ParseOptions = {}): ParseResult {
  try {
    const first = parseOnce(text, options);
    if (first.ok || first.error.code !== 'not-well-formed') return first;
    const repair = proposeRepair(text);
    if (!repair) return first;
    const again = parseOnce(repair.text, options);
    if (again.ok) return { ok: false, error: { ...first.error, repair } };
    // Repaired syntax revealing another format (e.g. a WCD file with white space before <?xml>): say that.
    if (FORMAT_CODES.has(again.error.code)) return again;
    return first;
  } catch (e) {
    // A bug, not bad input; still never throw at the caller (the editor's document must stay untouched).
    return { ok: false, error: { code: 'not-well-formed', message: `The file could not be read: ${String(e)}` } };
  }
}

function parseOnce(input: string, options: ParseOptions): ParseResult {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  // A UTF-16 code unit is at most 3 UTF-8 bytes: only a text near the limit needs counting.
  if (input.length > maxBytes || (input.length * 3 > maxBytes && utf8Length(input) > maxBytes)) {
    return {
      ok: false,
      error: { code: 'too-large', message: `The file is larger than ${formatBytes(maxBytes)}, the largest file CAF Studio imports.` },
    };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (XML_WS.test(text)) {
    return { ok: false, error: { code: 'empty', message: 'The file is empty: an answer file needs an <ImageCustomizations> element.' } };
  }

  const builder = new ModelBuilder(options.keys ?? counterKeys(), options.positions ?? true, options.onPart);
  const parser = new FastSaxesParser();
  // Positions are kept as numbers (line 1-based, column 0-based as saxes counts): every element moves them, and
  // a Pos object is made only when one is reported.
  // End of the last markup event: where the following text starts (saxes reports text at its end).
  let markLine = 1;
  let markColumn = 0;
  let tagLine = 1;
  let tagColumn = 1;
  let textLine = 1;
  let textColumn = 0;
  /** The open tag's attributes as saxes reports them, in source order (NO_ATTRS until the first). */
  let attrs: Attr[] = NO_ATTRS;
  /** The name of the start tag being read (for the attribute-count refusal). */
  let tagName = '';
  let rootSeen = false;
  /**
   * The element saxes closed last. On a mismatched end tag saxes first closes the innermost open element
   * (emitting closetag) and then reports the error, so this names the end tag that was expected.
   */
  let lastClosed = '';
  let textBuf = '';

  const markHere = (): void => {
    markLine = parser.line;
    markColumn = parser.column;
  };
  const markEnd = (): Pos => ({ line: markLine, column: markColumn });
  const here = (): Pos => ({ line: parser.line, column: parser.column });
  const flushText = (): void => {
    if (textBuf === '') return;
    const raw = textBuf;
    textBuf = '';
    if (builder.keepsAllText()) {
      builder.trivia({ kind: 'text', text: raw });
      return;
    }
    if (XML_WS.test(raw)) return;
    builder.trivia({ kind: 'text', text: raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '') }, skipWs({ line: textLine, column: textColumn }, raw));
  };

  parser.on('text', (t) => {
    if (textBuf === '') {
      textLine = markLine;
      textColumn = markColumn;
    }
    textBuf += t;
    if (textBuf.length > MAX_VALUE_CHARS) checkValue(text, 'text', textBuf.length, textLine, Math.max(1, textColumn + 1));
  });
  parser.on('xmldecl', markHere);
  parser.on('doctype', () => {
    const pos = findNonWs(text, markEnd()) ?? here();
    throw new Refusal(
      errorAt('doctype', text, pos.line, pos.column, 'the file has a DOCTYPE declaration. Answer files have none, and CAF Studio does not process DTDs or entities.'),
    );
  });
  parser.on('processinginstruction', (pi) => {
    checkName(text, 'processing-instruction target', pi.target, parser.line, Math.max(1, parser.column));
    checkValue(text, 'processing instruction', pi.body.length, parser.line, Math.max(1, parser.column), pi.target);
    flushText();
    builder.trivia({ kind: 'pi', target: pi.target, data: pi.body });
    markHere();
  });
  parser.on('comment', (c) => {
    checkValue(text, 'comment', c.length, parser.line, Math.max(1, parser.column));
    flushText();
    builder.trivia({ kind: 'comment', text: c });
    markHere();
  });
  parser.on('cdata', (c) => {
    checkValue(text, 'CDATA section', c.length, parser.line, Math.max(1, parser.column));
    flushText();
    // An empty CDATA section holds nothing and xmlbuilder2 cannot write it: not kept, except where content is
    // written as read (the imaging tool refuses even an empty CDATA section inside a leaf).
    if (c !== '' || builder.keepsAllText()) builder.trivia({ kind: 'cdata', text: c });
    markHere();
  });
  parser.on('opentagstart', (tag) => {
    flushText();
    tagLine = parser.line;
    tagColumn = Math.max(1, parser.column - tag.name.length - 1);
    tagName = tag.name;
    checkName(text, 'element', tag.name, tagLine, tagColumn);
    checkDepth(text, builder.depth + 1, tag.name, tagLine, tagColumn);
  });
  // Collected as saxes reads them: its `tag.attributes` is a null-prototype object, slow to enumerate.
  parser.on('attribute', (a) => {
    if (attrs === NO_ATTRS) attrs = [];
    attrs.push(a);
    if (attrs.length > MAX_ATTRIBUTES) checkAttributeCount(text, attrs.length, tagName, parser.line, Math.max(1, parser.column));
    if (a.name.length > MAX_NAME_CHARS) checkName(text, 'attribute', a.name, parser.line, Math.max(1, parser.column));
    if (a.value.length > MAX_VALUE_CHARS) checkValue(text, 'attribute value', a.value.length, parser.line, Math.max(1, parser.column), a.name);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (!rootSeen) {
      rootSeen = true;
      const problem = rootProblem(tag.local, tag.uri);
      if (problem) throw new Refusal(errorAt(problem.code, text, tagLine, tagColumn, problem.what));
    }
    builder.open(tag.name, tag.local, tag.uri, attrs, tagLine, tagColumn);
    attrs = NO_ATTRS;
    markHere();
  });
  parser.on('closetag', (tag) => {
    lastClosed = tag.name;
    flushText();
    builder.close();
    markHere();
  });
  parser.on('error', (err) => {
    const expected = /unexpected close tag/i.test(err.message) ? lastClosed : undefined;
    const raw = expected ? `an end tag does not match: <${expected}> is still open, so </${expected}> was expected here` : err.message;
    throw new Refusal(syntaxError(text, raw, here(), markEnd()));
  });

  try {
    if (options.onProgress) {
      // saxes carries a split surrogate pair or CR LF over to the next write, so any chunk boundary is safe.
      for (let at = 0; at < text.length; at += PROGRESS_CHUNK) {
        parser.write(text.slice(at, at + PROGRESS_CHUNK));
        options.onProgress(Math.min(text.length, at + PROGRESS_CHUNK), text.length);
      }
      parser.close();
    } else parser.write(text).close();
    flushText();
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.error };
    throw e;
  }
  const doc = builder.result();
  if (!doc) {
    return { ok: false, error: { code: 'not-well-formed', message: 'The file has no root element.' } };
  }
  return { ok: true, doc, report: builder.sortedNotes(), positions: builder.positions };
}

/** Position of the first non-white-space character of `raw`, which starts at `start` (0-based column). */
function skipWs(start: Pos, raw: string): Pos {
  let { line, column } = start;
  for (const ch of raw) {
    if (ch === '\n') {
      line++;
      column = 0;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') column++;
    else break;
  }
  return { line, column: column + 1 };
}

/**
 * A well-formedness error. saxes reports text outside the root where the text ends; point at the offending
 * character instead (e.g. the no-break space after the XML declaration).
 */
function syntaxError(text: string, raw: string, at: Pos, markEnd: Pos) {
  if (/outside of root node/.test(raw)) {
    const pos = findNonWs(text, markEnd);
    if (pos) return errorAt('not-well-formed', text, pos.line, pos.column, describeSyntaxError(raw, pos.char));
  }
  return errorAt('not-well-formed', text, at.line, Math.max(1, at.column), describeSyntaxError(raw, undefined));
}

/** First character after `from` (line, 0-based column in code points) that is not XML white space. */
function findNonWs(text: string, from: Pos): (Pos & { char: string }) | null {
  let line = 1;
  let column = 0;
  for (const ch of text) {
    const past = line > from.line || (line === from.line && column >= from.column);
    if (past && ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\n') return { line, column: column + 1, char: ch };
    if (ch === '\n') {
      line++;
      column = 0;
    } else column++;
  }
  return null;
}
