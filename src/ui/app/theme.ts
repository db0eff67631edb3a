import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  // warning.dark and info.main are darkened so that warning helper texts and info chips meet WCAG AA contrast (4.5:1) on white.
  palette: { mode: 'light', primary: { main: '#1f5fa8' }, warning: { main: '#ed6c02', dark: '#8f4700' }, info: { main: '#01579b' }, background: { default: '#f6f7f9' } },
  shape: { borderRadius: 6 },
  typography: { fontSize: 13 },
  components: {
    MuiButton: { defaultProps: { size: 'small' }, styleOverrides: { root: { textTransform: 'none' } } },
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
