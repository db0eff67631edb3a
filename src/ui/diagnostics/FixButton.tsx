// A problem's one-click fix; a fix that moves a group asks which variant to move it to.

import { memo, useState } from 'react';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import type { Diagnostic } from '../../model/validate/diagnostic.ts';
import { quickFixFor } from '../../model/validate/quick-fix.ts';
import { useEditor } from '../../store/editor-store.ts';
import { applyQuickFix, quickFixLabel } from '../../store/quick-fixes.ts';

export const FixButton = memo(function FixButton({ d, testId }: { d: Diagnostic; testId: string }) {
  const fix = quickFixFor(d);
  const variants = useEditor((s) => s.doc.variants);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  if (!fix) return null;
  if (fix.kind !== 'move-group-to-variant') {
    return (
      <Button size="small" variant="outlined" onClick={() => applyQuickFix(fix)} data-testid={testId} sx={{ flexShrink: 0 }}>
        Fix: {quickFixLabel(fix)}
      </Button>
    );
  }
  return (
    <>
      <Tooltip title={variants.length === 0 ? 'Add a variant first' : ''}>
        <span>
          <Button size="small" variant="outlined" disabled={variants.length === 0} onClick={(e) => setMenu(e.currentTarget)} data-testid={testId}>
            Fix: {quickFixLabel(fix)}…
          </Button>
        </span>
      </Tooltip>
      <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
        {variants.map((v, i) => (
          <MenuItem
            key={v.key}
            data-testid={`${testId}-variant-${i}`}
            onClick={() => {
              setMenu(null);
              applyQuickFix(fix, v.key);
            }}
          >
            {v.name || '(unnamed variant)'}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
});
