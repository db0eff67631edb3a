// The saved SIMs of the open document, each re-run on the document as it is now: a SIM whose result differs from
// the one it had when saved says so, and the new result can be accepted. Kept with the workspace, never in the XML.

import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AnswerFile } from '../../model/types.ts';
import { simulate } from '../../model/simulate/simulate.ts';
import { simulationSummary } from '../../model/simulate/summary.ts';
import { savedOf, simulations, useSimulations, type SavedSim } from '../../store/simulations.ts';
import { SectionCard } from '../common/SectionCard.tsx';

function valuesText(values: Readonly<Record<string, string>>): string {
  const list = Object.entries(values).map(([k, v]) => `${k}=${v}`);
  return list.length > 0 ? list.join(', ') : 'every value unknown';
}

function SavedRow({ docId, doc, sim, index }: { docId: string; doc: AnswerFile; sim: SavedSim; index: number }) {
  const summary = simulationSummary(simulate(doc, { values: sim.values }));
  const changed = summary !== sim.summary;
  return (
    <ListItem disableGutters data-testid={`saved-sim-${index}`} data-changed={changed} sx={{ display: 'block', py: 0.5 }}>
      <Typography variant="body2" component="div" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {sim.name}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {valuesText(sim.values)}
      </Typography>
      <Typography variant="body2" component="div" data-testid={`saved-sim-${index}-status`} sx={{ color: changed ? 'warning.dark' : 'success.dark' }}>
        {changed ? 'Its result changed since it was saved.' : 'Same result as when it was saved.'}
      </Typography>
      <Stack direction="row" spacing={1}>
        {changed && (
          <Button size="small" onClick={() => simulations.accept(docId, sim.id, summary)} data-testid={`saved-sim-${index}-accept`}>
            Accept new result
          </Button>
        )}
        <Button size="small" onClick={() => simulations.fillSlot(docId, 0, sim.values)} data-testid={`saved-sim-${index}-load`}>
          Show in slot 1
        </Button>
        <Button size="small" color="error" onClick={() => simulations.remove(docId, sim.id)} data-testid={`saved-sim-${index}-remove`} aria-label={`Remove saved SIM ${sim.name}`}>
          Remove
        </Button>
      </Stack>
    </ListItem>
  );
}

export function SavedSims({ docId, doc }: { docId: string; doc: AnswerFile }) {
  const sims = useSimulations((s) => savedOf(s, docId));
  return (
    <SectionCard title="Saved SIMs" subtitle="kept with this browser's workspace, not in the XML; re-run after every edit" testId="saved-sims">
      {sims.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          None yet: enter a SIM and save it to see when an edit changes what it gets.
        </Typography>
      ) : (
        <List dense disablePadding aria-label="Saved SIMs">
          {sims.map((sim, i) => (
            <SavedRow key={sim.id} docId={docId} doc={doc} sim={sim} index={i} />
          ))}
        </List>
      )}
    </SectionCard>
  );
}
