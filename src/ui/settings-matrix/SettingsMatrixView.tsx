// The settings matrix in the form pane: every setting (path and name) the document uses, against Static and each
// variant, with a filter by path or name and a switch for the rows whose values differ. The matrix is built by
// model/settings-matrix.ts, reusing the previous one, so a keystroke rebuilds the one column it changed.

import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { createMatrixCache, filterRows } from '../../model/settings-matrix.ts';
import { useEditor } from '../../store/editor-store.ts';
import { FormHeader } from '../common/FormHeader.tsx';
import { SettingsGrid } from './SettingsGrid.tsx';

const HINT =
  'Each row is a setting, each column Static or a variant. Enter, F2 or a double click edits a cell with the setting’s own editor; typing into an empty cell adds the setting there. The ⋮ of a row (or Enter on it) moves it to Static or copies it to a variant.';

export function SettingsMatrixView() {
  const staticSection = useEditor((s) => s.doc.static);
  const variants = useEditor((s) => s.doc.variants);
  const [cache] = useState(createMatrixCache);
  const matrix = useMemo(() => cache(staticSection, variants), [cache, staticSection, variants]);
  const [query, setQuery] = useState('');
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const [editingRow, setEditingRow] = useState<string | null>(null);
  // Filtering thousands of rows waits for typing in the filter to pause; the field itself answers at once.
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(
    () => filterRows(matrix.rows, { query: deferredQuery, onlyDiffering, keep: editingRow ?? undefined }),
    [matrix.rows, deferredQuery, onlyDiffering, editingRow],
  );
  const onEditing = useCallback((key: string | null) => setEditingRow(key), []);
  const total = matrix.rows.length;
  const variantCount = matrix.columns.length - 1;

  return (
    <Stack data-testid="settings-matrix-view" sx={{ height: '100%' }}>
      <FormHeader title="Settings matrix" hint={HINT} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          label="Filter by path or name"
          type="search"
          size="small"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          sx={{ width: 280 }}
          slotProps={{ htmlInput: { 'data-testid': 'settings-matrix-filter', spellCheck: false } }}
        />
        <FormControlLabel
          control={<Switch checked={onlyDiffering} onChange={(e) => setOnlyDiffering(e.target.checked)} slotProps={{ input: { 'data-testid': 'settings-matrix-differing' } as object }} />}
          label="Only rows that differ"
        />
        <Typography variant="body2" color="text.secondary" role="status" data-testid="settings-matrix-count">
          {rows.length === total ? `${total} setting${total === 1 ? '' : 's'}` : `${rows.length} of ${total} settings`} · Static + {variantCount} variant
          {variantCount === 1 ? '' : 's'}
        </Typography>
      </Stack>
      {total === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="settings-matrix-empty">
          No settings yet: add a settings group to Static or to a variant, and its settings appear here.
        </Typography>
      ) : rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="settings-matrix-none">
          No setting matches the filter.
        </Typography>
      ) : (
        <SettingsGrid columns={matrix.columns} rows={rows} onEditing={onEditing} />
      )}
    </Stack>
  );
}
