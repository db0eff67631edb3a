// What the preview shows while the code view (CodeMirror) loads: the start of the text in a plain <pre>.
// Only the start, because laying out megabytes of text in the DOM takes hundreds of milliseconds.

import Box from '@mui/material/Box';

const SHOWN_CHARS = 20_000;

export function PlainPreview({ pieces }: { pieces: readonly string[] }) {
  let text = '';
  for (const p of pieces) {
    if (text.length >= SHOWN_CHARS) break;
    text += p;
  }
  return (
    <Box
      component="pre"
      data-testid="xml-preview"
      aria-label="Generated XML"
      sx={{ m: 0, p: 1, pl: 5, height: '100%', overflow: 'hidden', fontSize: '12.5px', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', whiteSpace: 'pre-wrap' }}
    >
      {text.length > SHOWN_CHARS ? text.slice(0, SHOWN_CHARS) : text}
    </Box>
  );
}
