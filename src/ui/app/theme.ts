import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  // warning.dark and info.main are darkened so that warning helper texts and info chips meet WCAG AA contrast (4.5:1) on white.
  palette: { mode: 'light', primary: { main: '#1f5fa8' }, warning: { main: '#ed6c02', dark: '#8f4700' }, info: { main: '#01579b' }, background: { default: '#f6f7f9' } },
  shape: { borderRadius: 6 },
  typography: { fontSize: 13 },
  components: {
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
