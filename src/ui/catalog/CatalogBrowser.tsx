// The searchable settings catalog (697 entries): search by name, path or topic, filter per-SIM / per-device
// and by constraint, pick an entry to add it. Shows at most LIMIT rows so that typing stays fast.

import { useDeferredValue, useMemo, useState } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { CatalogConstraint, CatalogSetting } from '../../model/catalog/types.ts';
import { CONSTRAINTS } from '../../model/catalog/types.ts';
import type { ItemOwner } from '../../model/types.ts';
import { searchCatalog } from '../../model/catalog/lookup.ts';
import { CatalogRow, type Refusal } from './CatalogRow.tsx';
import { FaultBoundary } from '../common/FaultBoundary.tsx';
import { addFromCatalogToStatic } from '../../store/quick-fixes.ts';

const LIMIT = 100;

type Scope = 'all' | 'per-sim' | 'per-device';

interface CatalogBrowserProps {
  readonly owner: ItemOwner;
  /** The catalog path of the group the browser was opened from: offered as a filter, on at first. */
  readonly path?: string;
  readonly onPick: (entry: CatalogSetting) => void;
  readonly onClose: () => void;
}

/** The catalog dialog; a fault inside it shows a notice in its place (the form around it works on). */
export function CatalogBrowser(props: CatalogBrowserProps) {
  return (
    <FaultBoundary area="settings catalog" variant="dialog" onClose={props.onClose}>
      <CatalogDialog {...props} />
    </FaultBoundary>
  );
}

function CatalogDialog({ owner, path, onPick, onClose }: CatalogBrowserProps) {
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<Scope>('all');
  const [constraint, setConstraint] = useState<CatalogConstraint | 'any'>('any');
  const [onlyPath, setOnlyPath] = useState(path !== undefined);
  const deferred = useDeferredValue(query);
  const results = useMemo(() => {
    const found = searchCatalog(deferred, {
      ...(scope === 'all' ? {} : { perSim: scope === 'per-sim' }),
      ...(constraint === 'any' ? {} : { constraint }),
    });
    return onlyPath && path !== undefined ? found.filter((s) => s.path === path) : found;
  }, [deferred, scope, constraint, onlyPath, path]);
  const shown = results.slice(0, LIMIT);
  const where = owner.kind === 'static' ? 'Static' : 'this variant';
  /** An ImageTimeOnly entry cannot go in a Variant (the tool refuses it): it is offered for Static instead. */
  const refusalOf = (s: CatalogSetting): Refusal | undefined =>
    owner.kind === 'variant' && s.constraints.includes('ImageTimeOnly')
      ? {
          reason: 'ImageTimeOnly: goes in Static, not in a variant.',
          instead: 'Add to Static',
          onInstead: () => {
            addFromCatalogToStatic(s);
            onClose();
          },
        }
      : undefined;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="catalog-browser" aria-labelledby="catalog-browser-title">
      <DialogTitle id="catalog-browser-title">Add a setting from the catalog</DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1, height: '70vh' }}>
        <TextField
          autoFocus
          label="Search name, path or topic"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          size="small"
          fullWidth
          slotProps={{ htmlInput: { 'data-testid': 'catalog-search', spellCheck: false } }}
        />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <ToggleButtonGroup size="small" exclusive value={scope} onChange={(_e, v: Scope | null) => v && setScope(v)} aria-label="Scope">
            <ToggleButton value="all" data-testid="catalog-scope-all">All</ToggleButton>
            <ToggleButton value="per-sim" data-testid="catalog-scope-per-sim">Per-SIM</ToggleButton>
            <ToggleButton value="per-device" data-testid="catalog-scope-per-device">Per-device</ToggleButton>
          </ToggleButtonGroup>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={constraint}
            onChange={(_e, v: CatalogConstraint | 'any' | null) => v && setConstraint(v)}
            aria-label="Constraint"
          >
            <ToggleButton value="any">Any constraint</ToggleButton>
            {CONSTRAINTS.map((c) => (
              <ToggleButton key={c} value={c} data-testid={`catalog-constraint-${c}`}>
                {c}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          {path !== undefined && (
            <ToggleButton size="small" value="path" selected={onlyPath} onChange={() => setOnlyPath(!onlyPath)} data-testid="catalog-only-path">
              Only {path}
            </ToggleButton>
          )}
        </Stack>
        <Typography variant="caption" color="text.secondary" role="status" data-testid="catalog-count">
          {results.length === 0
            ? 'No entry matches.'
            : results.length > LIMIT
              ? `Showing ${LIMIT} of ${results.length} entries: refine the search.`
              : `${results.length} ${results.length === 1 ? 'entry' : 'entries'}.`}{' '}
          Choosing one adds it to {where}; an Atomic group is added whole.
          {owner.kind === 'variant' && ' ImageTimeOnly settings go in Static.'}
        </Typography>
        <List dense sx={{ overflowY: 'auto', flexGrow: 1 }} data-testid="catalog-results">
          {shown.map((s, i) => (
            <CatalogRow
              key={`${s.path}\n${s.name}`}
              entry={s}
              testId={`catalog-row-${i}`}
              refusal={refusalOf(s)}
              onPick={() => {
                onPick(s);
                onClose();
              }}
            />
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="catalog-close">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
