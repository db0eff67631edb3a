// The MUI theme of the mode shown (color-mode.ts), around everything, the fault page included.

import type { ReactNode } from 'react';
import { ThemeProvider } from '@mui/material/styles';
import { appTheme } from './theme.ts';
import { useResolvedMode } from './color-mode.ts';

export function AppTheme({ children }: { children: ReactNode }) {
  const mode = useResolvedMode();
  return <ThemeProvider theme={appTheme(mode)}>{children}</ThemeProvider>;
}
