// Downloads the document's test plan (one row per Target: a SIM that matches it, the settings to expect, the
// manual check) as Markdown or CSV.

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import DownloadIcon from '@mui/icons-material/Download';
import { useEditor } from '../../store/editor-store.ts';
import { testPlan } from '../../model/simulate/testplan.ts';
import { testPlanCsv, testPlanMarkdown } from '../../model/simulate/testplan-render.ts';
import { downloadText } from '../../lib/download-file.ts';
import { testPlanFileName } from './test-plan-file.ts';

function download(format: 'md' | 'csv'): void {
  const doc = useEditor.getState().doc;
  const plan = testPlan(doc);
  const title = `Test plan: ${doc.name || 'answer file'}`;
  if (format === 'md') downloadText(testPlanFileName(doc.name, 'md'), testPlanMarkdown(plan, title), 'text/markdown');
  else downloadText(testPlanFileName(doc.name, 'csv'), testPlanCsv(plan), 'text/csv');
}

export function TestPlanButtons() {
  return (
    <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
      <Button size="small" startIcon={<DownloadIcon />} onClick={() => download('md')} data-testid="testplan-md">
        Test plan (Markdown)
      </Button>
      <Button size="small" startIcon={<DownloadIcon />} onClick={() => download('csv')} data-testid="testplan-csv">
        Test plan (CSV)
      </Button>
    </Stack>
  );
}
