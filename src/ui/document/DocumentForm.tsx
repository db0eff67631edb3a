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

// Module-level handlers and per-attribute selectors: typing into one field re-renders that field only
// (TextInput is memoised), not the whole form, and edits elsewhere in the document re-render nothing here.
const setName = (v: string) => actions.setRootAttribute('name', v);
const setDescription = (v: string) => actions.setRootAttribute('description', v);
const setOwner = (v: string) => actions.setRootAttribute('owner', v);
const setOwnerType = (v: string | undefined) => actions.setRootAttribute('ownerType', v);
const setPriority = (v: string) => actions.setRootAttribute('priority', v === '' ? undefined : v);

export function DocumentForm() {
  const name = useEditor((s) => s.doc.name);
  const description = useEditor((s) => s.doc.description);
  const owner = useEditor((s) => s.doc.owner);
  const ownerType = useEditor((s) => s.doc.ownerType);
  const priority = useEditor((s) => s.doc.priority);
  return (
    <Stack data-testid="document-form">
      <FormHeader title="Document" hint="The root element. Name and Owner name the generated packages." />
      <TextInput label="Name" value={name} onChange={setName} testId="doc-name" />
      <TextInput
        label="Description"
        value={description}
        onChange={setDescription}
        testId="doc-description"
        multiline
      />
      <TextInput
        label="Owner"
        value={owner}
        onChange={setOwner}
        needed
        fieldRef={OWNER}
        testId="doc-owner"
        helperText="Your company; used in package file names, so keep it file-name safe."
      />
      <Stack sx={{ alignItems: 'flex-start' }} direction="row" spacing={2}>
        <SelectInput
          label="Owner type"
          value={ownerType}
          options={OWNER_TYPE_OPTIONS}
          onChange={setOwnerType}
          testId="doc-ownertype"
          fieldRef={OWNER_TYPE}
        />
        <TextInput
          label="Priority"
          value={priority}
          onChange={setPriority}
          testId="doc-priority"
          fieldRef={PRIORITY}
          width={200}
          helperText="Only for imported files: 1 is the highest."
        />
      </Stack>
    </Stack>
  );
}
