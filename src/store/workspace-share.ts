// Share links into and out of the workspace: a link's document opens as a new document (the others stay),
// and the fragment is cleared so that a reload does not open it twice.

import type { AnswerFile } from '../model/types.ts';
import { checkShareFragment, clearFragment, currentHash, decodeShareFragment, pageAddress, SHARE_LIMIT_BYTES, shareFragment } from '../lib/share-link.ts';
import { mintKey } from './keys.ts';
import { useImportFlow } from './import-flow.ts';
import { workspace } from './workspace.ts';
import { xmlOf, xmlReady } from './xml-pending.ts';

const SOURCE = 'the shared link';

/** Opens the document in the page's `#share=` fragment, if there is one (the parser is loaded only then). */
export async function openSharedFromLocation(): Promise<void> {
  if (typeof window === 'undefined') return;
  const hash = currentHash();
  const decoded = decodeShareFragment(hash);
  if (!decoded) return;
  clearFragment();
  if (!decoded.ok) {
    useImportFlow.getState().refuse(SOURCE, { code: 'not-well-formed', message: decoded.message });
    return;
  }
  const { fromXml } = await import('../xml/parse.ts');
  const result = fromXml(decoded.xml, { keys: mintKey });
  if (!result.ok) {
    useImportFlow.getState().refuse(SOURCE, result.error);
    return;
  }
  workspace.openAsNew(SOURCE, result.doc);
}

export type ShareCheck =
  | { readonly ok: true; readonly link: string; readonly bytes: number }
  | { readonly ok: false; readonly bytes: number; readonly atLeast?: boolean };

/** The share link for `doc`, or how large it would be when it is over the limit. */
export async function shareLinkFor(doc: AnswerFile): Promise<ShareCheck> {
  const fragment = shareFragment(await xmlOf(doc));
  if (fragment.length > SHARE_LIMIT_BYTES) return { ok: false, bytes: fragment.length };
  return { ok: true, link: pageAddress() + fragment, bytes: fragment.length };
}

/**
 * shareLinkFor(doc), deflating in a worker (for the size check that follows every change). A large document is
 * judged from its pieces (toXmlPieces), so its whole text is not joined on the page when its start decides.
 */
export async function checkShareLink(doc: AnswerFile): Promise<ShareCheck> {
  await xmlReady(); // an imported document's XML may still be arriving
  const { toXmlPieces } = await import('../xml/serialize.ts');
  const r = await checkShareFragment(toXmlPieces(doc));
  return r.ok ? { ok: true, link: pageAddress() + r.fragment, bytes: r.bytes } : r;
}

export { SHARE_LIMIT_BYTES };
