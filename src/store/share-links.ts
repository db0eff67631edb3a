// Share links into and out of the workspace: a link's document opens as a new document (the others stay),
// and the fragment is cleared so that a reload does not open it twice. What a link carries is bytes: they are
// opened exactly as a file is (import-flow.ts: decoded, limited, parsed in the worker, refused with a reason).
// The codec (lib/share-link.ts, with fflate) loads when a link is opened or made, not with the first screen.

import type { AnswerFile } from '../model/types.ts';
import type { ImportError } from '../xml/parse-types.ts';
import { clearFragment, currentHash, isShareFragment, pageAddress, SHARE_LIMIT_BYTES } from '../lib/share-fragment.ts';
import { useImportFlow } from './import-flow.ts';
import { xmlOf, xmlReady } from './xml-pending.ts';
import { useEditor } from './editor-store.ts';

export const SHARE_SOURCE = 'the shared link';

/** How long the document must stay unchanged before its share link is checked. */
const SHARE_CHECK_DELAY_MS = 250;

const refuse = (error: ImportError) => useImportFlow.getState().refuse(SHARE_SOURCE, error);

/**
 * Opens the document in the page's `#share=` fragment, if there is one. Never throws: whatever goes wrong is shown
 * in the refusal dialog, and the documents that were open stay as they were.
 */
export async function openSharedFromLocation(): Promise<void> {
  try {
    if (typeof window === 'undefined') return;
    const hash = currentHash();
    if (!isShareFragment(hash)) return;
    clearFragment();
    const { decodeShareFragment } = await import('../lib/share-link.ts');
    const decoded = await decodeShareFragment(hash);
    if (!decoded) return;
    if (!decoded.ok) return refuse(decoded.error);
    await useImportFlow.getState().importFile(SHARE_SOURCE, decoded.file);
  } catch (e) {
    refuse({ code: 'not-well-formed', message: `The link could not be opened: ${e instanceof Error ? e.message : String(e)}` });
  }
}

export type ShareCheck =
  | { readonly ok: true; readonly link: string; readonly bytes: number }
  | { readonly ok: false; readonly bytes: number; readonly atLeast?: boolean };

/** The share link for `doc`, or how large it would be when it is over the limit. */
export async function shareLinkFor(doc: AnswerFile): Promise<ShareCheck> {
  const [{ shareFragment }, xml] = await Promise.all([import('../lib/share-link.ts'), xmlOf(doc)]);
  const fragment = shareFragment(xml);
  if (fragment.length > SHARE_LIMIT_BYTES) return { ok: false, bytes: fragment.length };
  return { ok: true, link: pageAddress() + fragment, bytes: fragment.length };
}

/**
 * shareLinkFor(doc), deflating in a worker (for the size check that follows every change). A large document is
 * judged from its pieces (toXmlPieces), so its whole text is not joined on the page when its start decides.
 */
export async function checkShareLink(doc: AnswerFile): Promise<ShareCheck> {
  await xmlReady(); // an imported document's XML may still be arriving
  const [{ toXmlPieces }, { checkShareFragment }] = await Promise.all([import('../xml/serialize.ts'), import('../lib/share-link.ts')]);
  const r = await checkShareFragment(toXmlPieces(doc));
  return r.ok ? { ok: true, link: pageAddress() + r.fragment, bytes: r.bytes } : r;
}

/**
 * Follows the open document: a moment after it stops changing, when the page is idle, checks its share link
 * (checkShareLink) and hands the result to `show` while that document is still the open one. Returns the stop.
 */
export function followShareCheck(show: (doc: AnswerFile, result: ShareCheck) => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cancelIdle = () => {
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = undefined;
  };
  const schedule = (doc: AnswerFile) => {
    clearTimeout(timer);
    cancelIdle();
    timer = setTimeout(() => {
      const run = () => {
        if (cancelled) return;
        void checkShareLink(doc).then((result) => {
          if (!cancelled && useEditor.getState().doc === doc) show(doc, result);
        });
      };
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 2000 });
      else run();
    }, SHARE_CHECK_DELAY_MS);
  };
  schedule(useEditor.getState().doc);
  const unsubscribe = useEditor.subscribe((s, prev) => {
    if (s.doc !== prev.doc) schedule(s.doc);
  });
  return () => {
    cancelled = true;
    unsubscribe();
    clearTimeout(timer);
    cancelIdle();
  };
}

export { SHARE_LIMIT_BYTES };
