// Imported first by main.tsx and built as a chunk of its own (vite.config.ts): the entry chunk imports it before
// React, MUI and the editor's chunks, so it is evaluated before them and the saved workspace is being opened and
// read while they evaluate. (Inside the entry chunk it would run after them: a chunk's imports are evaluated
// before its own code.)

import { startStorage } from './store/saved/storage-open.ts';

void startStorage();
