// "Copy link": the document, compressed, in the link's fragment (never sent to a server). The size is checked
// a moment after the document stops changing, when the page is idle, deflating in a worker; a document too large
// for a link disables the button and says so.

import { useCallback, useEffect, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import { Hint } from '../common/Hint.tsx';
import LinkIcon from '@mui/icons-material/Link';
import { useEditor } from '../../store/editor-store.ts';
import { followShareCheck, SHARE_LIMIT_BYTES, shareLinkFor, type ShareCheck } from '../../store/share-links.ts';
import { copyText } from '../../lib/clipboard.ts';
import { workspace } from '../../store/workspace-actions.ts';
import type { AnswerFile } from '../../model/types.ts';

const kB = (n: number) => Math.ceil(n / 1024);

/** Same button: both fit, or both are too large by the same shown size. */
function sameVerdict(a: ShareCheck, b: ShareCheck): boolean {
  if (a.ok || b.ok) return a.ok === b.ok;
  return a.atLeast === b.atLeast && kB(a.bytes) === kB(b.bytes);
}

export function ShareButton() {
  // The last check, for Copy (a link made for the document as it is now is reused), and the verdict shown.
  const latest = useRef<{ doc: AnswerFile; result: ShareCheck } | null>(null);
  const [result, setResult] = useState<ShareCheck | undefined>(undefined);
  const show = useCallback((doc: AnswerFile, next: ShareCheck) => {
    latest.current = { doc, result: next };
    setResult((prev) => (prev && sameVerdict(prev, next) ? prev : next));
  }, []);
  // Follows the document outside React (followShareCheck): a keystroke re-renders nothing here, and only a
  // changed verdict (fits / too large) does.
  useEffect(() => followShareCheck(show), [show]);
  const tooLarge = result !== undefined && !result.ok;
  const size = tooLarge ? `${result.atLeast ? 'over ' : ''}${kB(result.bytes)} kB > ${kB(SHARE_LIMIT_BYTES)} kB` : '';
  const title = tooLarge
    ? `Too large for a link (${size}). Download the file instead.`
    : 'Copy a link that opens a copy of this document (the document travels in the link, not through a server)';
  async function copy() {
    const doc = useEditor.getState().doc;
    const fresh = latest.current?.doc === doc ? latest.current.result : await shareLinkFor(doc);
    if (!fresh.ok) return show(doc, fresh);
    try {
      await copyText(fresh.link);
      workspace.notify('Link copied: opening it imports a copy of this document');
    } catch (e) {
      workspace.notify(`The link could not be copied: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return (
    <Hint title={title}>
      <span>
        <Button startIcon={<LinkIcon />} disabled={tooLarge} onClick={() => void copy()} data-testid="copy-link" data-state={tooLarge ? 'too-large' : 'ok'}>
          {tooLarge ? `Too large for a link (${size})` : 'Copy link'}
        </Button>
      </span>
    </Hint>
  );
}
