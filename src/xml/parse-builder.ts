// Builds the model from parser events, one open element (Frame) at a time. It knows nothing of saxes:
// parse.ts feeds it names, attributes, trivia and positions.
// Trivia placement (docs/format.md §11.3): a node goes into the `pending` list of the innermost open
// element; when a known child is accepted, the pending nodes become its `before`; when a container closes,
// they become its `end`. Outside the root they go to `prolog` / `epilog`.

import type { AnswerFile, Attr, Target, Trivia, Variant } from '../model/types.ts';
import type { KeyGen } from '../model/ids.ts';
import { CAF_NAMESPACE, EL } from './names.ts';
import type { ImportNote } from './parse-types.ts';
import { NoteList, type NoteKind } from './parse-notes.ts';
import { clip } from './parse-limits.ts';

/** Longest namespace URI quoted in a note (a hostile file's may be megabytes). */
const URI_MAX = 200;
import { knownKind, LEAVES, misplacedReason, NO_CHILDREN, NO_KINDS, NO_TRIVIA, plainAttrs, withKind } from './parse-frames.ts';
import type { Frame, Pos } from './parse-frames.ts';
import { buildKnown } from './parse-model.ts';

/** Told of each Target and Variant of the document as soon as it is complete, in document order. */
export type PartListener = (kind: 'target' | 'variant', part: Target | Variant) => void;

export class ModelBuilder {
  private readonly stack: Frame[] = [];
  private readonly prolog: Trivia[] = [];
  private readonly epilog: Trivia[] = [];
  private doc: AnswerFile | undefined;
  private readonly notes = new NoteList();
  /**
   * Start-tag position of each keyed entity (by key) and of each section ('#document', '#imports'...); stays
   * empty unless `keepPositions` (the import worker needs none: notes carry their own).
   */
  readonly positions = new Map<string, Pos>();

  constructor(
    private readonly keys: KeyGen,
    private readonly keepPositions = true,
    private readonly onPart?: PartListener,
  ) {}

  /**
   * An element starts: its qualified name as written, local name, namespace URI, attributes in source order
   * (objects with at least `name` and `value`: they are copied before the model keeps them) and the 1-based
   * position of its start tag. Positional arguments: an element is opened tens of thousands of times.
   * The root is checked by the caller (parse.ts) before the first open.
   */
  open(qname: string, local: string, uri: string, attrs: readonly Attr[], line: number, column: number): void {
    const parent = this.stack.at(-1);
    const kind = uri === CAF_NAMESPACE ? knownKind(local) : undefined;
    if (!parent) {
      this.push(EL.root, qname, attrs, line, column);
      return;
    }
    if (parent.kind === 'trivia' || LEAVES.has(parent.kind)) {
      // Inside an element kept as is, or inside a leaf (which then becomes trivia itself at close).
      this.push('trivia', qname, attrs, line, column);
      return;
    }
    if (!kind || kind === EL.root) {
      const where = uri === CAF_NAMESPACE ? '' : uri ? ` (namespace ${clip(uri, URI_MAX)})` : ' (no namespace)';
      this.note('element', line, column, `Unknown element <${qname}>${where} inside <${parent.qname}>: kept as is, not editable.`);
      this.push('trivia', qname, attrs, line, column);
      return;
    }
    const reason = misplacedReason(parent, kind);
    if (reason) {
      this.note('misplaced', line, column, `Misplaced <${qname}>: ${reason}. Kept as is, not editable.`);
      this.push('trivia', qname, attrs, line, column);
      return;
    }
    this.push(kind, qname, attrs, line, column);
  }

  /** How many elements are open. */
  get depth(): number {
    return this.stack.length;
  }

  close(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    const parent = this.stack.at(-1);
    const kind = frame.kind;
    if (kind === 'trivia') {
      this.addTrivia(this.elementTrivia(frame));
      return;
    }
    if (LEAVES.has(kind) && frame.pending.some(refusedInLeaf)) {
      this.note(
        'content',
        frame.line,
        frame.column,
        `<${frame.qname}> holds white space, text or elements, which the schema does not allow there (the imaging tool refuses the file): kept inside it.`,
      );
    }
    const value = buildKnown(frame, kind, this.keys);
    const { key, extraAttrs } = value as { key?: string; extraAttrs?: readonly Attr[] };
    if (extraAttrs) for (const a of extraAttrs) this.note('attribute', frame.line, frame.column, unknownAttrMessage(frame, a));
    if (this.keepPositions) this.positions.set(key ?? `#${parent ? kind : 'document'}`, { line: frame.line, column: frame.column });
    if (!parent) {
      this.doc = value as AnswerFile;
      return;
    }
    const withBefore = parent.pending.length > 0 ? { ...value, before: parent.pending } : value;
    parent.pending = NO_TRIVIA;
    if (parent.children === NO_CHILDREN) {
      parent.children = [];
      parent.childKinds = [];
    }
    parent.children.push(withBefore);
    parent.childKinds.push(kind);
    parent.seen = withKind(parent.seen, kind);
    // Accepted in place, these end up in the document as they are (buildKnown takes the root's and Targets' children).
    if (this.onPart) {
      if (kind === EL.target && parent.kind === EL.targets) this.onPart('target', withBefore as Target);
      else if (kind === EL.variant && parent.kind === EL.root) this.onPart('variant', withBefore as Variant);
    }
  }

  /**
   * Whether text inside the innermost open element is kept exactly as written (white space included): inside a leaf
   * (its `inner`) and inside an element kept as trivia, both written back as they were read.
   */
  keepsAllText(): boolean {
    const top = this.stack.at(-1);
    return top !== undefined && (top.kind === 'trivia' || LEAVES.has(top.kind));
  }

  /**
   * Comments, PIs, CDATA and text (white-space-only text only where keepsAllText). `pos` is used for text notes
   * only.
   */
  trivia(node: Trivia, pos?: Pos): void {
    const top = this.stack.at(-1);
    if (node.kind === 'text' && pos && top && top.kind !== 'trivia' && !LEAVES.has(top.kind)) {
      this.note('text', pos.line, pos.column, `Text inside <${top.qname}>: kept as is, not editable.`);
    }
    this.addTrivia(node);
  }

  /**
   * Notes in document order (attribute notes are made when their element closes), the first MAX_REPORTED_NOTES one
   * by one and then a line that counts the rest (parse-notes.ts).
   */
  sortedNotes(): readonly ImportNote[] {
    return this.notes.report();
  }

  /** The document, once the root has closed. */
  result(): AnswerFile | undefined {
    if (!this.doc) return undefined;
    const doc: Record<string, unknown> = { ...this.doc };
    if (this.prolog.length > 0) doc.prolog = this.prolog;
    if (this.epilog.length > 0) doc.epilog = this.epilog;
    return doc as unknown as AnswerFile;
  }

  private addTrivia(node: Trivia): void {
    const top = this.stack.at(-1);
    if (top) {
      if (top.pending === NO_TRIVIA) top.pending = [];
      top.pending.push(node);
    } else if (this.doc) this.epilog.push(node);
    else this.prolog.push(node);
  }

  private push(kind: Frame['kind'], qname: string, attrs: readonly Attr[], line: number, column: number): void {
    this.stack.push({ kind, qname, attrs, line, column, pending: NO_TRIVIA, children: NO_CHILDREN, childKinds: NO_KINDS, seen: 0 });
  }

  private elementTrivia(frame: Frame): Trivia {
    return { kind: 'element', name: frame.qname, attrs: plainAttrs(frame.attrs), children: frame.pending === NO_TRIVIA ? [] : frame.pending };
  }

  private note(kind: NoteKind, line: number, column: number, message: string): void {
    this.notes.add(kind, line, column, message);
  }
}

/**
 * What the imaging tool refuses inside an empty-content element (checked with the tool's own loader): white space
 * ("The element cannot contain white space. Content model is empty."), text or CDATA, even an empty CDATA section
 * ("cannot contain text"), and child elements. Comments and processing instructions are accepted.
 */
function refusedInLeaf(t: Trivia): boolean {
  return t.kind !== 'comment' && t.kind !== 'pi';
}

function unknownAttrMessage(frame: Frame, a: Attr): string {
  if (frame.kind === EL.dataAsset && a.name === 'Type') {
    return `<DataAsset> has a Type attribute; the schema puts Type on <DataAssets>. Kept as is.`;
  }
  if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
    return `Namespace declaration ${a.name}="${clip(a.value, URI_MAX)}" on <${frame.qname}>: kept as is.`;
  }
  return `Unknown attribute ${a.name} on <${frame.qname}>: kept as is, not editable.`;
}
