// The Changes view (issue 21): the open document against the file it was opened from (or last downloaded as),
// another document of the workspace, or a file, both by part (each change selectable, and revertible against the
// document's own file) and as a text diff of the XML Download writes. Reformat lives here too: it is what makes
// Download stop keeping the file's layout, and this is where its effect shows.

import { useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { counterKeys } from '../../model/ids.ts';
import { equalInMeaning } from '../../model/diff/change.ts';
import { setReformatted, useBaselines } from '../../store/baselines.ts';
import { useCompare, type CompareMode } from '../../store/compare.ts';
import { useWorkspace } from '../../store/workspace.ts';
import { decodeXmlFile } from '../../xml/decode.ts';
import { fromXml } from '../../xml/parse.ts';
import { layoutText } from '../../xml/layout/layout-text.ts';
import { ChangeList } from './ChangeList.tsx';
import { TextDiff } from './TextDiff.tsx';
import { useComparison } from './use-comparison.ts';

const FILE = '#file';
const BASELINE = '#baseline';

async function compareWithFile(file: File): Promise<void> {
  const { compareWith, setFileError } = useCompare.getState();
  try {
    const decoded = decodeXmlFile(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return setFileError(`${file.name}: ${decoded.error.message}`);
    const parsed = fromXml(decoded.text, { keys: counterKeys('compare_'), positions: false });
    if (!parsed.ok) return setFileError(`${file.name}: ${parsed.error.message}`);
    compareWith({ kind: 'file', name: file.name, text: layoutText(decoded), doc: parsed.doc });
  } catch (e) {
    setFileError(`${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function Summary({ count, meaningful }: { count: number; meaningful: number }) {
  const text =
    count === 0
      ? 'No changes.'
      : `${count} change${count === 1 ? '' : 's'}${meaningful === count ? '' : ` (${meaningful} that matter${meaningful === 1 ? 's' : ''} to the imaging tool)`}.`;
  return (
    <Typography variant="body2" role="status" data-testid="changes-summary" sx={{ flexGrow: 1 }}>
      {text}
    </Typography>
  );
}

export default function ChangesPanel() {
  const id = useWorkspace((s) => s.currentId);
  const entries = useWorkspace((s) => s.entries);
  const baseline = useBaselines((s) => s.byId.get(id));
  const target = useCompare((s) => s.with);
  const mode = useCompare((s) => s.mode);
  const fileError = useCompare((s) => s.fileError);
  const fileInput = useRef<HTMLInputElement>(null);
  const { reference, changes, hunks, stale } = useComparison();
  const meaningful = changes.filter((c) => c.meaningful).length;
  const selectValue = target.kind === 'baseline' ? BASELINE : target.kind === 'document' ? target.id : FILE;

  const choose = (value: string) => {
    if (value === FILE) fileInput.current?.click();
    else if (value === BASELINE) useCompare.getState().compareWith({ kind: 'baseline' });
    else useCompare.getState().compareWith({ kind: 'document', id: value });
  };

  return (
    <Stack sx={{ height: '100%', minHeight: 0 }} data-testid="changes-panel" aria-busy={stale}>
      <Stack spacing={1} sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            select
            size="small"
            label="Compare with"
            value={selectValue}
            onChange={(e) => choose(e.target.value)}
            sx={{ flexGrow: 1, minWidth: 0 }}
            slotProps={{ select: { inputProps: { 'data-testid': 'compare-with' } } }}
          >
            <MenuItem value={BASELINE}>{baseline ? (baseline.kind === 'opened' ? `File as opened (${baseline.fileName})` : `File as last downloaded (${baseline.fileName})`) : 'Its file (none: not opened from a file)'}</MenuItem>
            {entries
              .filter((e) => e.id !== id)
              .map((e) => (
                <MenuItem key={e.id} value={e.id}>
                  Document “{e.name || '(unnamed)'}”
                </MenuItem>
              ))}
            <MenuItem value={FILE}>{target.kind === 'file' ? `File ${target.name}` : 'A file…'}</MenuItem>
          </TextField>
          <input
            ref={fileInput}
            type="file"
            accept=".xml,application/xml,text/xml"
            hidden
            data-testid="compare-file-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void compareWithFile(f);
            }}
          />
          <ToggleButtonGroup size="small" exclusive value={mode} onChange={(_, m: CompareMode | null) => m && useCompare.getState().setMode(m)} aria-label="Show changes">
            <ToggleButton value="parts" data-testid="changes-by-part">
              By part
            </ToggleButton>
            <ToggleButton value="text" data-testid="changes-text">
              Text
            </ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        {fileError && (
          <Typography variant="body2" color="error" role="alert" data-testid="compare-file-error">
            {fileError}
          </Typography>
        )}
        {reference && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Summary count={changes.length} meaningful={meaningful} />
            {equalInMeaning(changes) && changes.length > 0 && (
              <Typography variant="caption" color="text.secondary">
                Same meaning
              </Typography>
            )}
          </Stack>
        )}
        {baseline && target.kind === 'baseline' && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1 }} data-testid="layout-status">
              {baseline.reformatted ? 'Download writes the house style (reformatted).' : `Download keeps the layout of ${baseline.fileName}: only what you changed is rewritten.`}
            </Typography>
            {baseline.reformatted ? (
              <Button size="small" onClick={() => setReformatted(id, false)} data-testid="keep-layout">
                Keep the file's layout
              </Button>
            ) : (
              <Tooltip title="Download will write the whole document in CAF Studio's house style (indentation, quotes, attribute order) instead of keeping the file's own layout.">
                <Button size="small" onClick={() => setReformatted(id, true)} data-testid="reformat">
                  Reformat
                </Button>
              </Tooltip>
            )}
          </Stack>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        {!reference ? (
          <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid="changes-empty">
            {target.kind === 'baseline'
              ? 'This document was not opened from a file, so there is nothing to compare it with yet. Download it to start tracking changes, or compare it with another document or a file.'
              : 'That document is no longer in the workspace. Choose something else to compare with.'}
          </Typography>
        ) : mode === 'text' ? (
          <TextDiff hunks={hunks} />
        ) : changes.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid="changes-none">
            No differences from {reference.label}.
          </Typography>
        ) : (
          <ChangeList changes={changes} reference={reference.doc} revertible={reference.revertible} />
        )}
      </Box>
    </Stack>
  );
}
