// The list of every problem in the document, grouped by part. Choosing one selects its part and focuses
// its field; certain problems offer a one-click fix. The list is virtual: a large fleet file can have tens of
// thousands of problems, and only the rows in view are rendered.

import { memo, useMemo } from 'react';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { Hint } from '../common/Hint.tsx';
import Typography from '@mui/material/Typography';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import type { Diagnostic } from '../../model/validate/diagnostic.ts';
import { fieldId, type PartRef } from '../../model/refs.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useView } from '../../store/view-store.ts';
import { actions } from '../../store/actions.ts';
import { VirtualList } from '../parts/VirtualList.tsx';
import { useDiagnostics } from './use-diagnostics.ts';
import { partLabel } from './part-label.ts';
import { FixButton } from './FixButton.tsx';
import { problemRows } from './problem-rows.ts';
import { problemListSx } from './problem-style.ts';

function goTo(d: Diagnostic) {
  actions.select(d.ref.part);
  if (d.ref.field !== undefined) {
    // Let the part's form mount before asking its field to take the focus.
    requestAnimationFrame(() => useView.getState().requestFocus(fieldId(d.ref)));
  }
}

const noop = () => {};

export function DiagnosticsPanel() {
  const { all, errors, warnings, checking } = useDiagnostics();
  const strict = useView((s) => s.strict);
  const rows = useMemo(() => problemRows(all), [all]);
  const renderRow = (r: number) => {
    const row = rows.rowAt(r);
    return row.kind === 'part' ? <PartHeading part={row.part} /> : <ProblemItem d={row.d} i={row.i} />;
  };
  const rowKey = (r: number) => {
    const row = rows.rowAt(r);
    return row.kind === 'part' ? `part-${row.key}` : `problem-${row.i}`;
  };
  return (
    <Stack sx={{ height: '100%', minHeight: 0 }} data-testid="diagnostics-panel" aria-busy={checking}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle2" component="h2" sx={{ flexGrow: 1 }}>
          {checking ? 'Problems: checking…' : `Problems: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
        </Typography>
        <Hint title="Like the imaging tool's /StrictSettingPolicies: unknown settings paths and names become errors.">
          <FormControlLabel
            control={<Switch size="small" checked={strict} onChange={(e) => useView.getState().setStrict(e.target.checked)} data-testid="strict-toggle" />}
            label="Strict"
          />
        </Hint>
      </Stack>
      <Box sx={problemListSx}>
        {checking && (
          <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }} data-testid="problems-checking">
            Checking the document…
          </Typography>
        )}
        {!checking && all.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }} data-testid="no-problems">
            No problems found: the imaging tool would accept this document. Download it when it is ready.
          </Typography>
        )}
        {rows.count > 0 && (
          <VirtualList
            heights={rows.heights}
            renderRow={renderRow}
            rowKey={rowKey}
            reveal={-1}
            focusId={null}
            onFocused={noop}
            ariaLabel="Problems"
            testId="problem-list"
          />
        )}
      </Box>
    </Stack>
  );
}

/** A part heading. Its label follows the part's name through its own selector: only mounted rows subscribe. */
const PartHeading = memo(function PartHeading({ part }: { part: PartRef }) {
  const label = useEditor((s) => partLabel(s.doc, part));
  return <div className="p-heading">{label}</div>;
});

const ERROR_ICON = <ErrorIcon color="error" fontSize="small" />;
const WARNING_ICON = <WarningIcon color="warning" fontSize="small" />;

/**
 * One problem. Memoised on the diagnostic and its number, not on the row object (rebuilt whenever any problem
 * changes): the validator keeps the diagnostics of unchanged parts, so a keystroke redraws only its own part's rows
 * and the rows whose number it shifts, which are plain elements (problem-style.ts).
 */
const ProblemItem = memo(function ProblemItem({ d, i }: { d: Diagnostic; i: number }) {
  return (
    <div className="p-row">
      <button type="button" className="p-go" onClick={() => goTo(d)} data-testid={`problem-${i}`} data-code={d.code} data-severity={d.severity} title={d.message}>
        <span className="p-icon">{d.severity === 'error' ? ERROR_ICON : WARNING_ICON}</span>
        <span className="li-text">
          <span className="li-primary">{d.message}</span>
          <span className="li-secondary">{d.code}</span>
        </span>
      </button>
      <FixButton d={d} testId={`problem-${i}-fix`} />
    </div>
  );
});
