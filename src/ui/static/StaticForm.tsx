// `<Static>`: settings, applications and data assets baked into every image.

import Stack from '@mui/material/Stack';
import { staticItems } from '../../model/answer-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { FormHeader } from '../common/FormHeader.tsx';
import { ItemsEditor } from '../settings/ItemsEditor.tsx';
import { AlternativesList } from '../parts/AlternativesList.tsx';

const STATIC = { kind: 'static' } as const;

export function StaticForm() {
  const items = useEditor((s) => staticItems(s.doc));
  return (
    <Stack data-testid="static-form">
      <FormHeader title="Static" hint="Applied to every image, whatever SIM is inserted. Per-SIM settings belong in a variant." />
      <ItemsEditor owner={STATIC} items={items} />
      <AlternativesList container={STATIC} />
    </Stack>
  );
}
