// The preview's edge: a narrow rail with the button that collapses the XML preview to this rail and brings it back
// (dragging the separator past the preview's minimum collapses it too). Collapsed, the rail is all that shows.

import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { Hint } from '../../common/Hint.tsx';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';

/** The rail's width in CSS pixels: the preview pane's collapsed size. */
export const RAIL_WIDTH = 30;

export function PreviewRail({ collapsed, onToggle }: { collapsed: boolean; onToggle: () => void }) {
  const label = collapsed ? 'Show the XML preview' : 'Hide the XML preview';
  return (
    <Box
      sx={{
        flex: `0 0 ${RAIL_WIDTH}px`,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        pt: 0.75,
        gap: 1,
        borderRight: collapsed ? 0 : 1,
        borderColor: 'divider',
        bgcolor: 'background.default',
      }}
    >
      <Hint title={label} placement="left">
        <IconButton size="small" aria-label={label} aria-expanded={!collapsed} aria-controls="preview-pane-body" onClick={onToggle} data-testid="preview-toggle">
          {collapsed ? <ChevronLeftIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        </IconButton>
      </Hint>
      {collapsed && (
        <Typography variant="caption" color="text.secondary" sx={{ writingMode: 'vertical-rl', userSelect: 'none' }} aria-hidden>
          XML preview
        </Typography>
      )}
    </Box>
  );
}
