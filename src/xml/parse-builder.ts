// Builds the model from parser events, one open element (Frame) at a time. It knows nothing of saxes:
// parse.ts feeds it names, attributes, trivia and positions.
// Trivia placement (format.md decision 4): a node goes into the `pending` list of the innermost open
// element; when a known child is accepted, the pending nodes become its `before`; when a container closes,
// they become its `end`. Outside the root they go to `prolog` / `epilog`.

import type { AnswerFile, Attr, Target, Trivia, Variant } from '../model/types.ts';
import type { KeyGen } from '../model/ids.ts';
import { CAF_NAMESPACE, EL } from './names.ts';
import type { ImportNote } from './parse-types.ts';
import { knownKind, LEAVES, misplacedReason, NO_CHILDREN, NO_TRIVIA, splitAttrs, withKind } from './parse-frames.ts';
import type { Frame, Pos } from './parse-frames.ts';
import { buildKnown } from './parse-model.ts';

export interface OpenTag {
  readonly qname: string;
  readonly local: string;
  readonly uri: string;
  readonly attrs: readonly Attr[];
  readonly pos: Pos;
}

/** Told of each Target and Variant of the document as soon as it is complete, in document order. */
export type PartListener = (kind: 'target' | 'variant', part: Target | Variant) => void;

export class ModelBuilder {
  private readonly stack: Frame[] = [];
  private readonly prolog: Trivia[] = [];
  private readonly epilog: Trivia[] = [];
  private doc: AnswerFile | undefined;
  readonly notes: ImportNote[] = [];
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

  /** The root is checked by the caller (parse.ts) before the first open. */
  open(tag: OpenTag): void {
    const parent = this.stack.at(-1);
    const kind = tag.uri === CAF_NAMESPACE ? knownKind(tag.local) : undefined;
    if (!parent) {
      this.push(EL.root, tag);
      return;
    }
    if (parent.kind === 'trivia' || LEAVES.has(parent.kind)) {
      // Inside an element kept as is, or inside a leaf (which then becomes trivia itself at close).
      this.push('trivia', tag);
      return;
    }
    if (!kind || kind === EL.root) {
      const where = tag.uri === CAF_NAMESPACE ? '' : tag.uri ? ` (namespace ${tag.uri})` : ' (no namespace)';
      this.note(tag.pos, `Unknown element <${tag.qname}>${where} inside <${parent.qname}>: kept as is, not editable.`);
      this.push('trivia', tag);
      return;
    }
    const reason = misplacedReason(parent, kind);
    if (reason) {
      this.note(tag.pos, `Misplaced <${tag.qname}>: ${reason}. Kept as is, not editable.`);
      this.push('trivia', tag);
      return;
    }
    this.push(kind, tag);
  }

  close(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    const parent = this.stack.at(-1);
    if (frame.kind === 'trivia') {
      this.addTrivia(this.elementTrivia(frame));
      return;
    }
    if (LEAVES.has(frame.kind) && frame.pending.length > 0) {
      this.note(frame.pos, `<${frame.qname}> has content the schema does not allow: kept as is, not editable.`);
      this.addTrivia(this.elementTrivia(frame));
      return;
    }
    const isRoot = !parent;
    const { fields, extra } = splitAttrs(frame.kind, frame.attrs, (a) => isRoot && isDefaultNsDecl(a));
    for (const a of extra) this.note(frame.pos, unknownAttrMessage(frame, a));
    const value = buildKnown(frame, frame.kind, fields, extra, this.keys);
    const key = (value as { key?: string }).key;
    if (this.keepPositions) this.positions.set(key ?? `#${isRoot ? 'document' : frame.kind}`, frame.pos);
    if (!parent) {
      this.doc = value as AnswerFile;
      return;
    }
    const withBefore = parent.pending.length > 0 ? { ...value, before: parent.pending } : value;
    parent.pending = NO_TRIVIA;
    if (parent.children === NO_CHILDREN) parent.children = [];
    parent.children.push({ kind: frame.kind, value: withBefore });
    parent.seen = withKind(parent.seen, frame.kind);
    // Accepted in place, these end up in the document as they are (buildKnown takes the root's and Targets' children).
    if (this.onPart) {
      if (frame.kind === EL.target && parent.kind === EL.targets) this.onPart('target', withBefore as Target);
      else if (frame.kind === EL.variant && parent.kind === EL.root) this.onPart('variant', withBefore as Variant);
    }
  }

  /** Comments, PIs, CDATA and non-white-space text. `pos` is used for text notes only. */
  trivia(node: Trivia, pos?: Pos): void {
    const top = this.stack.at(-1);
    if (node.kind === 'text' && pos && top && top.kind !== 'trivia' && !LEAVES.has(top.kind)) {
      this.note(pos, `Text inside <${top.qname}>: kept as is, not editable.`);
    }
    this.addTrivia(node);
  }

  /** The document, once the root has closed. */
  /** Notes in document order (attribute notes are made when their element closes). */
  sortedNotes(): readonly ImportNote[] {
    return [...this.notes].sort((a, b) => a.line - b.line || a.column - b.column);
  }

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

  private push(kind: Frame['kind'], tag: OpenTag): void {
    this.stack.push({ kind, qname: tag.qname, attrs: tag.attrs, pos: tag.pos, pending: NO_TRIVIA, children: NO_CHILDREN, seen: 0 });
  }

  private elementTrivia(frame: Frame): Trivia {
    return { kind: 'element', name: frame.qname, attrs: frame.attrs, children: frame.pending === NO_TRIVIA ? [] : frame.pending };
  }

  private note(pos: Pos, message: string): void {
    this.notes.push({ message, line: pos.line, column: pos.column });
  }
}

/** `xmlns="<format namespace>"` on the root: written by the serializer itself, so not an extra attribute. */
function isDefaultNsDecl(a: Attr): boolean {
  return a.name === 'xmlns' && a.value === CAF_NAMESPACE;
}

function unknownAttrMessage(frame: Frame, a: Attr): string {
  if (frame.kind === EL.dataAsset && a.name === 'Type') {
    return `<DataAsset> has a Type attribute; the schema puts Type on <DataAssets>. Kept as is.`;
  }
  if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
    return `Namespace declaration ${a.name}="${a.value}" on <${frame.qname}>: kept as is.`;
  }
  return `Unknown attribute ${a.name} on <${frame.qname}>: kept as is, not editable.`;
}
