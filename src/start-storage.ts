// Imported first by main.tsx (a module is evaluated before the ones imported after it): starts opening the
// saved workspace before React, MUI and the editor's modules are evaluated.

import { openStorageOnce } from './store/storage-open.ts';

void openStorageOnce();
