// Mints fresh keys for new entities. Keys only need to be unique within this page's lifetime and across
// documents loaded into it, so a per-page random prefix plus a counter is enough (and cheap).

import type { KeyGen } from '../model/ids.ts';

const prefix = Math.random().toString(36).slice(2, 7);
let counter = 0;

export const mintKey: KeyGen = () => `${prefix}${(++counter).toString(36)}`;
