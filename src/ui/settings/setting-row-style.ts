// The layout of a `<Setting>` row (SettingRow.tsx): a grid whose shape follows the width the row has, not the
// window's (a container query), because the form column's width depends on the panes around it. A field never
// shrinks below what can be read: the row wraps instead.
//
// Wide enough for everything (the common case of a catalog setting without a Type):
//   [Setting name] [Value ..............] [Type] [actions]
// Narrower, the value gets a line of its own, so a URL, a short code or a list is readable instead of squeezed
// between the name and the row's buttons (which would then cover it):
//   [Setting name ........] [Type] [actions]
//   [Value ..............................]
// Narrowest, with a Type: the Type goes under the value, so the name keeps its room beside the buttons.
// On a line of its own the value's hint or message shows one line (the whole text is its title, and the
// problems panel has it): a message of two lines where the hint had one would move every row below at each key.

import { styled } from '@mui/material/styles';

/** The row width from which a Type fits beside the name and the row's buttons. */
const TYPE_BESIDE_NAME = 460;
/** The row width from which name and value (at least VALUE_MIN) share a line beside the buttons. */
const VALUE_BESIDE_NAME = 600;
/** The row width from which name, value and Type fit on one line. */
const ONE_LINE_WITH_TYPE = 720;
/** The narrowest a value field gets beside the name. */
const VALUE_MIN = 200;

export const SettingRowShell = styled('div')(({ theme }) => ({
  containerType: 'inline-size',
  '& > .sr-grid': {
    display: 'grid',
    alignItems: 'start',
    columnGap: theme.spacing(1),
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gridTemplateAreas: '"name actions" "value value"',
    marginBottom: theme.spacing(0.75),
  },
  '& > .sr-grid.sr-typed': {
    gridTemplateAreas: '"name actions" "value value" "type type"',
  },
  '& .sr-type': { gridArea: 'type', minWidth: 0, width: 130 },
  '& > .sr-grid > .sr-value .MuiFormHelperText-root': { WebkitLineClamp: 1 },
  [`@container (min-width: ${TYPE_BESIDE_NAME}px)`]: {
    '& > .sr-grid.sr-typed': {
      gridTemplateColumns: 'minmax(0, 1fr) 130px auto',
      gridTemplateAreas: '"name type actions" "value value value"',
    },
  },
  [`@container (min-width: ${VALUE_BESIDE_NAME}px)`]: {
    '& > .sr-grid:not(.sr-typed)': {
      gridTemplateColumns: `minmax(160px, 260px) minmax(${VALUE_MIN}px, 1fr) auto`,
      gridTemplateAreas: '"name value actions"',
      marginBottom: 0,
    },
    '& > .sr-grid:not(.sr-typed) > .sr-value .MuiFormHelperText-root': { WebkitLineClamp: 2 },
  },
  [`@container (min-width: ${ONE_LINE_WITH_TYPE}px)`]: {
    '& > .sr-grid.sr-typed': {
      gridTemplateColumns: `minmax(160px, 260px) minmax(${VALUE_MIN}px, 1fr) 130px auto`,
      gridTemplateAreas: '"name value type actions"',
      marginBottom: 0,
    },
    '& > .sr-typed > .sr-value .MuiFormHelperText-root': { WebkitLineClamp: 2 },
  },
  '& .sr-name': { gridArea: 'name', display: 'flex', flexDirection: 'column', minWidth: 0 },
  '& .sr-value': { gridArea: 'value', display: 'flex', flexDirection: 'column', minWidth: 0 },
  '& .sr-actions': { gridArea: 'actions' },
}));
