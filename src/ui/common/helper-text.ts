// The props of a field's helper text (the line under it): warnings in the darker warning colour, and the whole
// text as the title, since the theme shows at most two lines of it.

import type { ReactNode } from 'react';

const WARNING_SX = { color: 'warning.dark' } as const;

export function helperTextProps(text: ReactNode, warning: boolean): { title?: string; sx?: typeof WARNING_SX } | undefined {
  const title = typeof text === 'string' && text !== '' ? text : undefined;
  if (!title && !warning) return undefined;
  return { ...(title ? { title } : {}), ...(warning ? { sx: WARNING_SX } : {}) };
}
