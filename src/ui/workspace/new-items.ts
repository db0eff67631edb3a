// What the New menu offers: one item per document template (src/model/templates), with its one-line description.
// The founding scenario and the empty document keep their long-standing test ids.

import { TEMPLATES } from '../../model/templates/templates.ts';
import { workspace } from '../../store/workspace-actions.ts';
import type { MenuAction } from '../common/MenuButton.tsx';

const TEST_IDS: Readonly<Record<string, string>> = { founding: 'new-founding', empty: 'new-empty' };

export const NEW_ITEMS: readonly MenuAction[] = TEMPLATES.map((t) => ({
  label: t.label,
  description: t.description,
  testId: TEST_IDS[t.id] ?? `new-template-${t.id}`,
  run: () => workspace.newFromTemplate(t.id),
}));
