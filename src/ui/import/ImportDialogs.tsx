// The dialogs of the import flow: paste XML, confirm replacing a changed document, a refusal (with its line
// and column, the offending line, and a repair when one is known), and the report of what was kept as-is.

import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useImportFlow } from '../../store/import-flow.ts';
import { copyText } from '../../lib/clipboard.ts';
import { RepairView } from './RepairView.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { reportCount, reportLines } from './report-lines.ts';
import { QUOTE_MAX, quoteAt } from '../../xml/parse-errors.ts';
import type { ImportError } from '../../xml/parse-types.ts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 };

export function ImportDialogs() {
  const stage = useImportFlow((s) => s.stage);
  const flow = useImportFlow.getState();
  switch (stage.kind) {
    case 'idle':
      return null;
    case 'paste':
      return <PasteDialog />;
    case 'opening':
      return <ImportProgress source={stage.source} phase={stage.phase} fraction={stage.fraction} />;
    case 'refused': {
      const { error } = stage;
      const where = error.line !== undefined ? `line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ''}` : null;
      return (
        <Dialog open onClose={flow.close} maxWidth="md" fullWidth data-testid="import-error-dialog">
          <DialogTitle>“{stage.source}” was not opened</DialogTitle>
          <DialogContent>
            <Alert severity="error" data-testid="import-error-message">
              {where && !error.message.toLowerCase().includes(where) && <strong>At {where}: </strong>}
              <span data-testid="import-error-text">{error.message}</span>
            </Alert>
            {error.lineText !== undefined && <QuotedLine error={error} />}
            <Typography variant="body2" sx={{ mt: 1 }}>
              Your current document is unchanged.
            </Typography>
            {error.repair && <RepairView repair={error.repair} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={flow.close} data-testid="import-error-close">
              {error.repair ? 'Cancel' : 'Close'}
            </Button>
            {error.repair && (
              <Button variant="contained" onClick={flow.acceptRepair} data-testid="accept-repair">
                Import the repaired file
              </Button>
            )}
          </DialogActions>
        </Dialog>
      );
    }
    case 'report': {
      const text = reportLines(stage.report).join('\n');
      const count = reportCount(stage.report);
      return (
        <Dialog open onClose={flow.close} maxWidth="md" fullWidth data-testid="import-report-dialog">
          <DialogTitle>Opened “{stage.source}”</DialogTitle>
          <DialogContent>
            <DialogContentText>
              {count.toLocaleString('en-US')} thing{count === 1 ? '' : 's'} in this file CAF Studio does not understand. They are kept
              and written back in place, unchanged:
            </DialogContentText>
            <Box component="pre" sx={{ ...mono, bgcolor: 'grey.100', p: 1, mt: 1, maxHeight: 320, overflow: 'auto' }} data-testid="import-report">
              {text}
            </Box>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => void copyText(text)} data-testid="copy-import-report">
              Copy report
            </Button>
            <Button variant="contained" onClick={flow.close}>
              OK
            </Button>
          </DialogActions>
        </Dialog>
      );
    }
  }
}

/** The offending line (a window of it when long; the dialog never renders a whole long line) with a caret. */
function QuotedLine({ error }: { error: ImportError }) {
  const text = error.lineText ?? '';
  const column = error.quoteColumn ?? error.column;
  const q = text.length > QUOTE_MAX + 2 ? quoteAt(text, 1, column ?? 1) : { text, column };
  return (
    <Box component="pre" sx={{ ...mono, bgcolor: 'grey.100', p: 1, mt: 1, overflowX: 'auto' }} data-testid="import-error-line">
      {q.text}
      {column !== undefined && `\n${' '.repeat(Math.max(0, (q.column ?? 1) - 1))}^`}
    </Box>
  );
}

function PasteDialog() {
  const [text, setText] = useState('');
  const flow = useImportFlow.getState();
  return (
    <Dialog open onClose={flow.close} maxWidth="md" fullWidth data-testid="paste-dialog">
      <DialogTitle>Paste an answer file</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          multiline
          minRows={12}
          maxRows={24}
          fullWidth
          placeholder={'<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" ...'}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'paste-text', spellCheck: false, style: mono } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={flow.close}>Cancel</Button>
        <Button variant="contained" disabled={!text.trim()} onClick={() => flow.importText('pasted text', text)} data-testid="paste-import">
          Open
        </Button>
      </DialogActions>
    </Dialog>
  );
}
