// A problem's one-click fix; a fix that moves a group asks which variant to move it to, and says which variants
// cannot take it (their group of the same path already sets one of its settings).

import { memo, useState } from 'react';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { Hint } from '../common/Hint.tsx';
import type { Diagnostic } from '../../model/validate/diagnostic.ts';
import type { QuickFix } from '../../model/validate/quick-fix.ts';
import type { GroupKey } from '../../model/ids.ts';
import { planGroupMove } from '../../model/groups.ts';
import { useEditor } from '../../store/editor-store.ts';
import { applyQuickFix, quickFixLabel, useQuickFix } from '../../store/quick-fixes.ts';

// A label naming a long path is cut with an ellipsis (its title shows it whole) so that the message keeps room.
const FIX_SX = { flexShrink: 0, maxWidth: '45%', display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

export const FixButton = memo(function FixButton({ d, testId }: { d: Diagnostic; testId: string }) {
  const fix = useQuickFix(d);
  if (!fix) return null;
  if (fix.kind === 'move-group-to-variant') return <MoveToVariantButton fix={fix} testId={testId} />;
  const label = `Fix: ${quickFixLabel(fix)}`;
  return (
    <Button size="small" variant="outlined" onClick={() => applyQuickFix(fix)} data-testid={testId} title={label} sx={FIX_SX}>
      {label}
    </Button>
  );
});

function MoveToVariantButton({ fix, testId }: { fix: QuickFix; testId: string }) {
  const variants = useEditor((s) => s.doc.variants);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const groupKey = fix.ref.path[0] as GroupKey;
  return (
    <>
      <Hint title={variants.length === 0 ? 'Add a variant first' : ''}>
        <span>
          <Button size="small" variant="outlined" disabled={variants.length === 0} onClick={(e) => setMenu(e.currentTarget)} data-testid={testId}>
            Fix: {quickFixLabel(fix)}…
          </Button>
        </span>
      </Hint>
      {menu && <VariantMenu anchor={menu} groupKey={groupKey} fix={fix} testId={testId} onClose={() => setMenu(null)} />}
    </>
  );
}

function VariantMenu({ anchor, groupKey, fix, testId, onClose }: { anchor: HTMLElement; groupKey: GroupKey; fix: QuickFix; testId: string; onClose: () => void }) {
  const doc = useEditor((s) => s.doc);
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {doc.variants.map((v, i) => {
        const plan = planGroupMove(doc, { kind: 'static' }, groupKey, { kind: 'variant', key: v.key });
        const clashes = plan?.clashes ?? [];
        const secondary =
          clashes.length > 0
            ? `Already sets ${clashes.join(', ')} in its "${plan?.into?.path ?? ''}" group`
            : plan?.into
              ? `Joins its "${plan.into.path ?? ''}" group`
              : undefined;
        return (
          <MenuItem
            key={v.key}
            data-testid={`${testId}-variant-${i}`}
            disabled={!plan || clashes.length > 0}
            onClick={() => {
              onClose();
              applyQuickFix(fix, v.key);
            }}
          >
            <ListItemText primary={v.name || '(unnamed variant)'} secondary={secondary} />
          </MenuItem>
        );
      })}
    </Menu>
  );
}
