// Whether two lists of kept nodes are the same content (an edit keeps them identical; a document read back from
// storage holds equal copies).

import type { Attr, Trivia } from '../../model/types.ts';

export function sameTrivia(a: readonly Trivia[], b: readonly Trivia[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameNode(a[i], b[i])) return false;
  return true;
}

function sameNode(a: Trivia, b: Trivia): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case 'comment':
    case 'text':
    case 'cdata':
      return b.kind === a.kind && b.text === a.text;
    case 'pi':
      return b.kind === 'pi' && b.target === a.target && b.data === a.data;
    case 'element':
      return b.kind === 'element' && b.name === a.name && sameAttrList(a.attrs, b.attrs) && sameTrivia(a.children, b.children);
  }
}

function sameAttrList(a: readonly Attr[], b: readonly Attr[]): boolean {
  return a.length === b.length && a.every((x, i) => x.name === b[i].name && x.value === b[i].value);
}
