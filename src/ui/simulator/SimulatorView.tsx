// The SIM simulator (issue 20, docs/format.md §3.6): enter a SIM (or two, for a dual-SIM phone) and see what the
// phone gets: each Target's result with its reason, the Variants applied in order and the effective settings;
// the saved SIMs re-run on every edit; the test plan; and the assumptions. The document is only read.

import { useDeferredValue } from 'react';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { useEditor } from '../../store/editor-store.ts';
import { useWorkspace } from '../../store/workspace.ts';
import { draftOf, simulations, useSimulations } from '../../store/simulations.ts';
import { simulateSlots } from '../../model/simulate/simulate.ts';
import type { AssumptionId } from '../../model/simulate/assumptions.ts';
import { simFieldsOf } from '../../model/simulate/summary.ts';
import { FormHeader } from '../common/FormHeader.tsx';
import { Assumptions } from './Assumptions.tsx';
import { SavedSims } from './SavedSims.tsx';
import { SlotPanel } from './SlotPanel.tsx';
import { TestPlanButtons } from './TestPlanButtons.tsx';

export function SimulatorView() {
  const docId = useWorkspace((s) => s.currentId);
  const live = useEditor((s) => s.doc);
  const draft = useSimulations((s) => draftOf(s, docId));
  // Typing stays responsive on a large document: the results follow in a render of their own.
  const doc = useDeferredValue(live);
  const slots = useDeferredValue(draft.slots);
  const fields = simFieldsOf(live);
  const results = simulateSlots(
    doc,
    slots.map((values) => ({ values })),
  );
  const dual = draft.slots.length > 1;
  const used = new Set<AssumptionId>(results.flatMap((r) => r.assumptions));
  return (
    <Stack data-testid="simulator-view">
      <FormHeader
        title="SIM simulator"
        hint="Enter a SIM to see which targets match it, which variants apply and the settings the phone ends with. Leave a value you do not know empty: it is unknown, and a target that depends on it may match."
        actions={<TestPlanButtons />}
      />
      <FormControlLabel
        control={<Switch checked={dual} onChange={(e) => simulations.setDual(docId, e.target.checked)} slotProps={{ input: { 'data-testid': 'sim-dual' } as object }} />}
        label="Dual SIM: add slot 2"
        sx={{ mb: 1 }}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: dual ? 'repeat(2, minmax(0, 1fr))' : 'minmax(0, 1fr)', gap: 1.5 }}>
        {draft.slots.map((values, i) =>
          results[i] ? <SlotPanel key={i} docId={docId} doc={doc} slot={i} dual={dual} fields={fields} values={values} result={results[i]} /> : null,
        )}
      </Box>
      <SavedSims docId={docId} doc={doc} />
      <Assumptions used={used} />
    </Stack>
  );
}
