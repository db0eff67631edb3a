// One SIM slot of the simulator: its fields, a way to save the SIM, and its result (the targets, the applied
// variants, the effective settings). Each slot is resolved on its own; slot 1 is the first SIM the phone sees.

import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { AnswerFile } from '../../model/types.ts';
import { simulate, type SimulationResult } from '../../model/simulate/simulate.ts';
import { simulationSummary } from '../../model/simulate/summary.ts';
import { simulations } from '../../store/simulations.ts';
import { SectionCard } from '../common/SectionCard.tsx';
import { AppliedVariants } from './AppliedVariants.tsx';
import { EffectiveSettings } from './EffectiveSettings.tsx';
import { SimFields } from './SimFields.tsx';
import { TargetResults } from './TargetResults.tsx';

export interface SlotPanelProps {
  readonly docId: string;
  readonly doc: AnswerFile;
  readonly slot: number;
  readonly dual: boolean;
  readonly fields: readonly string[];
  readonly values: Readonly<Record<string, string>>;
  readonly result: SimulationResult;
}

function Heading({ children }: { children: string }) {
  return (
    <Typography variant="subtitle2" component="h4" sx={{ mt: 1.5, mb: 0.5 }}>
      {children}
    </Typography>
  );
}

function SaveSim({ docId, doc, slot, values }: Pick<SlotPanelProps, 'docId' | 'doc' | 'slot' | 'values'>) {
  const [name, setName] = useState('');
  const save = () => {
    // Saved as a SIM, not as a slot: its result is the first SIM's, as it is re-run.
    simulations.save(docId, name, values, simulationSummary(simulate(doc, { values })));
    setName('');
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        id={`sim-${slot}-save-name`}
        label="Name of this SIM"
        size="small"
        value={name}
        onChange={(e) => setName(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': `sim-${slot}-save-name`, maxLength: 200 } }}
      />
      <Button variant="outlined" onClick={save} data-testid={`sim-${slot}-save`}>
        Save SIM
      </Button>
    </Stack>
  );
}

export function SlotPanel({ docId, doc, slot, dual, fields, values, result }: SlotPanelProps) {
  const title = dual ? `Slot ${slot + 1}` : 'SIM';
  return (
    <SectionCard title={title} subtitle={dual ? (slot === 0 ? 'the first SIM the phone sees' : 'a later SIM') : undefined} testId={`sim-slot-${slot}`}>
      <SimFields docId={docId} slot={slot} fields={fields} values={values} />
      <SaveSim docId={docId} doc={doc} slot={slot} values={values} />
      <Heading>Targets</Heading>
      <TargetResults slot={slot} targets={result.targets} />
      <Heading>Variants applied, in order</Heading>
      <AppliedVariants slot={slot} applied={result.applied} possible={result.possible} />
      <Heading>Effective settings</Heading>
      <EffectiveSettings slot={slot} settings={result.settings} />
    </SectionCard>
  );
}
