// The two themes, light and dark, from one definition. The focus ring is set here once for every component:
// WCAG 2.2 focus appearance, a 2 px solid outline in a colour with at least 3:1 contrast against the surfaces it
// sits on (light: #1f5fa8 on white 6.6:1, on the top bar 6.0:1; dark: #8ab4f8 on #121212 9.4:1, on the top bar
// 8.4:1). It sits 2 px outside the element, so both its neighbours are the surface around the element; rows of
// lists, menus and grids draw it inside (their container clips what is outside). A text field shows focus by
// its own 2 px border in the same colour. Surfaces of the other polarity (a snackbar) swap the ring colour.

import { createTheme, type PaletteMode, type Theme } from '@mui/material/styles';

const RING = { light: '#1f5fa8', dark: '#8ab4f8' } as const;

// The XML preview's token colours (xml-colors.ts reads these variables; the light values are its defaults).
const XML_DARK = {
  '--cx-tag': '#7ee2b8',
  '--cx-value': '#ff9e8f',
  '--cx-comment': '#e0b070',
  '--cx-pi': '#b8c4b8',
  '--cx-cdata': '#ffab70',
};

const INSET_RING = ['.p-item', '.MuiMenuItem-root', '.MuiListItemButton-root', '.MuiTab-root', '[role="gridcell"]', '[role="columnheader"]', '[role="rowheader"]', '[role="row"]', '[role="option"]'];

function focusRing(mode: PaletteMode) {
  const other: PaletteMode = mode === 'light' ? 'dark' : 'light';
  return {
    ':root': { '--focus-ring': RING[mode], colorScheme: mode, ...(mode === 'dark' ? XML_DARK : {}) },
    '.MuiSnackbarContent-root': { '--focus-ring': RING[other] },
    ':root :focus-visible, :root .Mui-focusVisible': { outline: '2px solid var(--focus-ring)', outlineOffset: 2 },
    [INSET_RING.map((s) => `:root ${s}:focus-visible, :root ${s}.Mui-focusVisible`).join(', ')]: { outlineOffset: -2 },
    // Text fields, selects and autocompletes: the field's border turns 2 px of the ring's colour (below).
    ':root .MuiInputBase-input:focus-visible, :root input[type="checkbox"]:focus-visible, :root input[type="radio"]:focus-visible': { outline: 'none' },
    // The XML preview (CodeMirror): the ring goes round the whole view, not its very tall content.
    ':root .cm-content:focus-visible': { outline: 'none' },
    ':root .cm-editor:has(.cm-content:focus-visible)': { outline: '2px solid var(--focus-ring)', outlineOffset: -2 },
    ...(mode === 'dark'
      ? {
          ':root .cm-gutters': { backgroundColor: '#1e1e1e', color: '#a8a8a8', borderRightColor: '#333' },
          ':root .cm-editor .cm-selectionBackground, :root .cm-editor.cm-focused .cm-selectionBackground': { backgroundColor: '#2f4a6e' },
          ':root .cm-editor': { color: '#e6e6e6' },
        }
      : {}),
  };
}

export function createAppTheme(mode: PaletteMode): Theme {
  const dark = mode === 'dark';
  return createTheme({
    // warning.dark and info.main are darkened so that warning helper texts and info chips meet WCAG AA contrast (4.5:1) on white.
    // contrastThreshold 4.5: the text on a coloured button or chip is whichever of white and black has AA contrast.
    palette: dark
      ? { mode, contrastThreshold: 4.5, primary: { main: RING.dark }, error: { main: '#f28b82' }, warning: { main: '#ffa726', dark: '#ffb74d' }, info: { main: '#4fc3f7' }, background: { default: '#121212', paper: '#181a1d' } }
      : { mode, contrastThreshold: 4.5, primary: { main: RING.light }, warning: { main: '#ed6c02', dark: '#8f4700' }, info: { main: '#01579b' }, background: { default: '#f6f7f9' } },
    shape: { borderRadius: 6 },
    typography: { fontSize: 13 },
    components: {
      MuiCssBaseline: { styleOverrides: focusRing(mode) },
      MuiButton: { defaultProps: { size: 'small' }, styleOverrides: { root: { textTransform: 'none' } } },
      // A helper text (hint or diagnostic) never widens its field and shows at most two lines (the full text is
      // its title, in the problems panel, and read by screen readers): a long message used to wrap into five lines
      // under a narrow Value field, widen that column, squeeze the next one, and make each keystroke that turned the
      // field valid or invalid repaint the whole form (about 6 ms of paint per key on a large document).
      MuiFormHelperText: {
        styleOverrides: {
          root: { contain: 'inline-size', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
        },
      },
      // A label changes colour at once when its field turns invalid or valid again: fading the colour took 200 ms
      // of animation frames after each such keystroke, competing with the next one. It still moves on focus.
      MuiInputLabel: {
        styleOverrides: {
          animated: ({ theme }) => ({
            transition: theme.transitions.create(['transform', 'max-width'], {
              duration: theme.transitions.duration.shorter,
              easing: theme.transitions.easing.easeOut,
            }),
          }),
        },
      },
    },
  });
}

const made: Partial<Record<PaletteMode, Theme>> = {};

/** The theme of `mode`, made once. */
export function appTheme(mode: PaletteMode): Theme {
  return (made[mode] ??= createAppTheme(mode));
}
