// The layout of a `<Setting>` row (SettingRow.tsx): a grid whose shape follows the width the row has, not the
// window's (a container query), because the form column's width depends on the panes around it.
//
// Wide enough for everything (the common case of a catalog setting without a Type):
//   [Setting name] [Value ..............] [Type] [actions]
// Narrow, with a Type (an unknown setting, or a file that sets one): the value gets a line of its own, so a URL
// or short code is readable instead of squeezed between the name and the Type.
//   [Setting name ........] [Type] [actions]
//   [Value ..............................]
// On that line of its own the value's hint or message shows one line (the whole text is its title, and the
// problems panel has it): a message of two lines where the hint had one would move every row below at each key.

import { styled } from '@mui/material/styles';

/** The row width from which name, value and Type fit on one line. */
const ONE_LINE_WITH_TYPE = 720;

export const SettingRowShell = styled('div')(({ theme }) => ({
  containerType: 'inline-size',
  '& > .sr-grid': {
    display: 'grid',
    alignItems: 'start',
    columnGap: theme.spacing(1),
    gridTemplateColumns: 'minmax(160px, 260px) minmax(0, 1fr) auto',
    gridTemplateAreas: '"name value actions"',
  },
  '& > .sr-grid.sr-typed': {
    gridTemplateColumns: 'minmax(0, 1fr) 130px auto',
    gridTemplateAreas: '"name type actions" "value value value"',
    marginBottom: theme.spacing(0.75),
  },
  '& > .sr-typed > .sr-value .MuiFormHelperText-root': { WebkitLineClamp: 1 },
  [`@container (min-width: ${ONE_LINE_WITH_TYPE}px)`]: {
    '& > .sr-grid.sr-typed': {
      gridTemplateColumns: 'minmax(160px, 260px) minmax(0, 1fr) 130px auto',
      gridTemplateAreas: '"name value type actions"',
      marginBottom: 0,
    },
    '& > .sr-typed > .sr-value .MuiFormHelperText-root': { WebkitLineClamp: 2 },
  },
  '& .sr-name': { gridArea: 'name', display: 'flex', flexDirection: 'column', minWidth: 0 },
  '& .sr-value': { gridArea: 'value', display: 'flex', flexDirection: 'column', minWidth: 0 },
  '& .sr-type': { gridArea: 'type', minWidth: 0 },
  '& .sr-actions': { gridArea: 'actions' },
}));
