// Commented-out alternatives, the XML side (docs/format.md §11.5; the model's edits: src/model/alternatives.ts). A comment's text is
// an alternative when, after an optional line of prose, it is markup that parses cleanly as one or more children
// of the container it stands in; a child is commented out as its own XML, indented as it stood.

import type { AltChildren, AltContainer, RootSections } from '../model/alternatives.ts';
import type { KeyGen } from '../model/ids.ts';
import type { AnswerFile, Trivia } from '../model/types.ts';
import { asKey } from '../model/ids.ts';
import { CAF_NAMESPACE } from './names.ts';
import { fromXml } from './parse.ts';
import { toXmlUncached } from './serialize.ts';

export type AltKind = AltContainer['kind'];

/** A comment read as an alternative: the parts it holds, and the prose before the markup (kept as a comment). */
export interface Alternative<K extends AltKind = AltKind> {
  readonly parts: readonly AltChildren[K][];
  /** The text before the first `<`, trimmed; '' when the comment starts with markup. */
  readonly prose: string;
  /** What the list shows: the prose's first line, or the first part's start tag. */
  readonly title: string;
  /** At the root: the Imports, Targets and Static sections it holds besides Variants (the published templates
   *  comment out a whole document body, one per case). */
  readonly sections: RootSections;
}

const ROOT_OPEN = `<ImageCustomizations xmlns="${CAF_NAMESPACE}" Owner="x" OwnerType="OEM">`;
const ROOT_CLOSE = '</ImageCustomizations>';
const VARIANT_OPEN = '<Variant Name="x"><TargetRefs><TargetRef Id="x"/></TargetRefs>';

/** The markup a container's children are parsed in, around the comment's markup. */
function wrap(kind: AltKind, markup: string): string {
  switch (kind) {
    case 'root':
      return ROOT_OPEN + markup + ROOT_CLOSE;
    case 'targets':
      return `${ROOT_OPEN}<Targets>${markup}</Targets>${ROOT_CLOSE}`;
    case 'static':
      return `${ROOT_OPEN}<Static>${markup}</Static>${ROOT_CLOSE}`;
    case 'variant':
      return `${ROOT_OPEN}${VARIANT_OPEN}${markup}</Variant>${ROOT_CLOSE}`;
  }
}

/** The wrapper's children and what stood after them, or undefined when the wrapper holds anything else. */
function childrenOf(kind: AltKind, doc: AnswerFile): { parts: readonly object[]; end: readonly Trivia[] | undefined; sections?: RootSections } | undefined {
  const sections = [doc.imports, doc.targets, doc.static].filter((s) => s !== undefined).length;
  switch (kind) {
    case 'root': {
      const found: RootSections = { imports: doc.imports, targets: doc.targets, static: doc.static };
      return sections + doc.variants.length === 0 ? undefined : { parts: doc.variants, end: doc.end, sections: found };
    }
    case 'targets':
      return sections === 1 && doc.targets && doc.variants.length === 0 && !doc.end ? { parts: doc.targets.targets, end: doc.targets.end } : undefined;
    case 'static':
      return sections === 1 && doc.static && doc.variants.length === 0 && !doc.end ? { parts: doc.static.items, end: doc.static.end } : undefined;
    case 'variant': {
      const v = doc.variants[0];
      return sections === 0 && doc.variants.length === 1 && !doc.end && !v.before ? { parts: v.items, end: v.end } : undefined;
    }
  }
}

/** Whether a value holds, at any depth, a trivia node other than a comment or PI (text, CDATA, unknown element). */
function holdsStray(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsStray);
  if (value === null || typeof value !== 'object') return false;
  const kind = (value as { kind?: unknown }).kind;
  if (kind === 'text' || kind === 'cdata' || kind === 'element') return true;
  return Object.values(value).some(holdsStray);
}

function firstLine(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
}

// A comment cannot hold a comment: inside one, an inner comment's markers are written as look-alikes of the same
// length, as the repair of the published samples does (docs/format.md §11.4), and read back as markers.
const INNER_OPEN = '<!~~';
const INNER_CLOSE = '~~>';

/**
 * The comment `text` read as children of a container of `kind`, with keys from `keys`; undefined when it is prose,
 * does not parse, or holds anything that is not a child valid there. Never throws (fromXml does not).
 */
export function parseAlternative<K extends AltKind>(text: string, kind: K, keys: KeyGen): Alternative<K> | undefined {
  const start = text.indexOf('<');
  if (start < 0) return undefined;
  const markup = text.slice(start).replaceAll(INNER_OPEN, '<!--').replaceAll(INNER_CLOSE, '-->');
  const result = fromXml(wrap(kind, markup), { keys, positions: false });
  if (!result.ok) return undefined;
  const found = childrenOf(kind, result.doc);
  const sections = found?.sections ?? {};
  if (!found || (found.parts.length === 0 && !found.sections) || holdsStray([found.parts, found.end ?? [], sections])) return undefined;
  const prose = text.slice(0, start).trim();
  return { parts: found.parts as readonly AltChildren[K][], prose, title: firstLine(prose) || firstLine(markup), sections };
}

/** A document holding `part` alone, at its place, without what stood before it (that stays in the document). */
function wrapperDoc(kind: AltKind, part: object): AnswerFile {
  const bare = { ...part, before: undefined };
  switch (kind) {
    case 'root':
      return { variants: [bare as AltChildren['root']] };
    case 'targets':
      return { targets: { targets: [bare as AltChildren['targets']] }, variants: [] };
    case 'static':
      return { static: { items: [bare as AltChildren['static']] }, variants: [] };
    case 'variant': {
      const refs = { refs: [{ key: asKey<'TargetRef'>('r'), id: 'x' }] };
      return { variants: [{ key: asKey<'Variant'>('w'), name: 'x', targetRefs: refs, items: [bare as AltChildren['variant']] }] };
    }
  }
}

/** The lines of the wrapper's XML just before and just after the part; the part's indentation. */
const FRAME: Readonly<Record<AltKind, { readonly open: (line: string) => boolean; readonly close: string; readonly indent: string }>> = {
  root: { open: (l) => l.startsWith('<ImageCustomizations'), close: ROOT_CLOSE, indent: '  ' },
  targets: { open: (l) => l === '  <Targets>', close: '  </Targets>', indent: '    ' },
  static: { open: (l) => l === '  <Static>', close: '  </Static>', indent: '    ' },
  variant: { open: (l) => l === '    </TargetRefs>', close: '  </Variant>', indent: '    ' },
};

/**
 * The text of a comment that holds `part` (a child of a container of `kind`) as XML, indented as the part stands,
 * its own comments as look-alikes, so that `parseAlternative` reads it back. Undefined when the XML cannot stand
 * in a comment: it holds `--` elsewhere (in a value, or inside a comment's text) or ends with `-`.
 */
export function alternativeText(kind: AltKind, part: AltChildren[AltKind]): string | undefined {
  const xml = toXmlUncached(wrapperDoc(kind, part));
  const lines = xml.split('\n');
  const frame = FRAME[kind];
  const first = lines.findIndex(frame.open) + 1;
  const last = lines.lastIndexOf(frame.close);
  if (first < 1 || last <= first) return undefined;
  const body = lines.slice(first, last).join('\n').replaceAll('<!--', INNER_OPEN).replaceAll('-->', INNER_CLOSE);
  if (body.includes('--') || body.endsWith('-')) return undefined;
  return `\n${body}\n${frame.indent}`;
}
