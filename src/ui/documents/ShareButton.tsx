// "Copy link": the document, compressed, in the link's fragment (never sent to a server). The size is checked
// a moment after the document stops changing, when the page is idle, deflating in a worker; a document too large
// for a link disables the button and says so.

import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import LinkIcon from '@mui/icons-material/Link';
import { useEditor } from '../../store/editor-store.ts';
import { checkShareLink, SHARE_LIMIT_BYTES, shareLinkFor, type ShareCheck } from '../../store/workspace-share.ts';
import { copyText } from '../../lib/clipboard.ts';
import { workspace } from '../../store/workspace.ts';

const kB = (n: number) => Math.ceil(n / 1024);

export function ShareButton() {
  const doc = useEditor((s) => s.doc);
  const [check, setCheck] = useState<{ doc: unknown; result: ShareCheck } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let idle: number | undefined;
    const t = setTimeout(() => {
      const run = () => {
        if (cancelled) return;
        void checkShareLink(doc).then((result) => {
          if (!cancelled) setCheck({ doc, result });
        });
      };
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 2000 });
      else run();
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(t);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [doc]);
  const result = check?.result;
  const tooLarge = result !== undefined && !result.ok;
  const size = tooLarge ? `${result.atLeast ? 'over ' : ''}${kB(result.bytes)} kB > ${kB(SHARE_LIMIT_BYTES)} kB` : '';
  const title = tooLarge
    ? `Too large for a link (${size}). Download the file instead.`
    : 'Copy a link that opens a copy of this document (the document travels in the link, not through a server)';
  async function copy() {
    const fresh = check?.doc === doc && result ? result : shareLinkFor(doc);
    if (!fresh.ok) return setCheck({ doc, result: fresh });
    try {
      await copyText(fresh.link);
      workspace.notify('Link copied: opening it imports a copy of this document');
    } catch (e) {
      workspace.notify(`The link could not be copied: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return (
    <Tooltip title={title}>
      <span>
        <Button startIcon={<LinkIcon />} disabled={tooLarge} onClick={() => void copy()} data-testid="copy-link" data-state={tooLarge ? 'too-large' : 'ok'}>
          {tooLarge ? `Too large for a link (${size})` : 'Copy link'}
        </Button>
      </span>
    </Tooltip>
  );
}
