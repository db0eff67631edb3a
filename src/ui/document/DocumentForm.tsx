// The root element's attributes: what names the package and who owns it.

import Stack from '@mui/material/Stack';
import { OWNER_TYPES } from '../../model/types.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { TextInput } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';
import { FormHeader } from '../common/FormHeader.tsx';

const OWNER_TYPE_OPTIONS = OWNER_TYPES.map((v) => ({ value: v }));
const DOC = { kind: 'document' } as const;
const ref = (field: string) => ({ part: DOC, path: [], field });
const OWNER = ref('owner');
const OWNER_TYPE = ref('ownerType');
const PRIORITY = ref('priority');

export function DocumentForm() {
  const doc = useEditor((s) => s.doc);
  return (
    <Stack data-testid="document-form">
      <FormHeader title="Document" hint="The root element. Name and Owner name the generated packages." />
      <TextInput label="Name" value={doc.name} onChange={(v) => actions.setRootAttribute('name', v)} testId="doc-name" />
      <TextInput
        label="Description"
        value={doc.description}
        onChange={(v) => actions.setRootAttribute('description', v)}
        testId="doc-description"
        multiline
      />
      <TextInput
        label="Owner"
        value={doc.owner}
        onChange={(v) => actions.setRootAttribute('owner', v)}
        needed
        fieldRef={OWNER}
        testId="doc-owner"
        helperText="Your company; used in package file names, so keep it file-name safe."
      />
      <Stack sx={{ alignItems: 'flex-start' }} direction="row" spacing={2}>
        <SelectInput
          label="Owner type"
          value={doc.ownerType}
          options={OWNER_TYPE_OPTIONS}
          onChange={(v) => actions.setRootAttribute('ownerType', v)}
          testId="doc-ownertype"
          fieldRef={OWNER_TYPE}
        />
        <TextInput
          label="Priority"
          value={doc.priority}
          onChange={(v) => actions.setRootAttribute('priority', v === '' ? undefined : v)}
          testId="doc-priority"
          fieldRef={PRIORITY}
          width={200}
          helperText="Only for imported files: 1 is the highest."
        />
      </Stack>
    </Stack>
  );
}
