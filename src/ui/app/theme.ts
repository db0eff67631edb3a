import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  // warning.dark is darkened so that warning helper texts meet WCAG AA contrast (4.5:1) on white.
  palette: { mode: 'light', primary: { main: '#1f5fa8' }, warning: { main: '#ed6c02', dark: '#8f4700' }, background: { default: '#f6f7f9' } },
  shape: { borderRadius: 6 },
  typography: { fontSize: 13 },
  components: {
    MuiButton: { defaultProps: { size: 'small' }, styleOverrides: { root: { textTransform: 'none' } } },
  },
});
