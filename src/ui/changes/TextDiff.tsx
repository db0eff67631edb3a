// The text diff of the Changes view: the XML Download writes now against the text compared with, as hunks of
// changed lines with three lines of context, numbered in both texts.

import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { LineHunk } from '../../model/line-hunks.ts';

const MARK = { same: ' ', removed: '−', added: '+' } as const;

export function TextDiff({ hunks }: { hunks: readonly LineHunk[] }) {
  if (hunks.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid="text-diff-empty">
        The texts are the same, byte for byte.
      </Typography>
    );
  }
  return (
    <Box component="div" data-testid="text-diff" sx={{ fontFamily: 'monospace', fontSize: 12, overflow: 'auto', height: '100%' }}>
      {hunks.map((h, i) => (
        <Box key={`${h.oldStart}-${h.newStart}`} component="section" aria-label={`Change ${i + 1} of ${hunks.length}, line ${h.newStart}`} sx={{ borderBottom: 1, borderColor: 'divider', py: 0.5 }}>
          <Typography variant="caption" color="text.secondary" sx={{ px: 1, display: 'block' }}>
            @@ line {h.oldStart} → {h.newStart}
          </Typography>
          {h.lines.map((l, j) => (
            <Box
              key={j}
              data-kind={l.kind}
              sx={{
                display: 'flex',
                whiteSpace: 'pre',
                bgcolor: l.kind === 'removed' ? 'rgba(211, 47, 47, 0.12)' : l.kind === 'added' ? 'rgba(46, 125, 50, 0.14)' : undefined,
              }}
            >
              <Box component="span" sx={{ width: 48, flexShrink: 0, textAlign: 'right', pr: 0.5, color: 'text.secondary' }}>
                {l.oldLine ?? ''}
              </Box>
              <Box component="span" sx={{ width: 48, flexShrink: 0, textAlign: 'right', pr: 0.5, color: 'text.secondary' }}>
                {l.newLine ?? ''}
              </Box>
              <Box component="span" aria-label={l.kind === 'same' ? undefined : l.kind} sx={{ width: 16, flexShrink: 0, textAlign: 'center' }}>
                {MARK[l.kind]}
              </Box>
              <Box component="span" data-testid={l.kind === 'same' ? undefined : `diff-${l.kind}`}>
                {l.text}
              </Box>
            </Box>
          ))}
        </Box>
      ))}
    </Box>
  );
}
