// The root element's attributes: what names the package and who owns it.

import Stack from '@mui/material/Stack';
import { OWNER_TYPES } from '../../model/types.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { TextInput, type TextInputProps } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';
import { FormHeader } from '../common/FormHeader.tsx';
import { AlternativesList } from './AlternativesList.tsx';

const ROOT = { kind: 'root' } as const;
const TARGETS = { kind: 'targets' } as const;

const OWNER_TYPE_OPTIONS = OWNER_TYPES.map((v) => ({ value: v }));
const DOC = { kind: 'document' } as const;
const ref = (field: string) => ({ part: DOC, path: [], field });
const OWNER = ref('owner');
const OWNER_TYPE = ref('ownerType');
const PRIORITY = ref('priority');

// Module-level handlers and one subscription per field: typing into one field re-renders that field only,
// not the form, and edits elsewhere in the document re-render nothing here.
const setName = (v: string) => actions.setRootAttribute('name', v);
const setDescription = (v: string) => actions.setRootAttribute('description', v);
const setOwner = (v: string) => actions.setRootAttribute('owner', v);
const setOwnerType = (v: string | undefined) => actions.setRootAttribute('ownerType', v);
const setPriority = (v: string) => actions.setRootAttribute('priority', v === '' ? undefined : v);

type RootText = 'name' | 'description' | 'owner' | 'priority';
type RootFieldProps = Omit<TextInputProps, 'value'> & { readonly attr: RootText };

/** A root attribute's field, subscribed to that attribute alone: typing re-renders this field and nothing else. */
function RootField({ attr, ...props }: RootFieldProps) {
  const value = useEditor((s) => s.doc[attr]);
  return <TextInput {...props} value={value} />;
}

function OwnerTypeField() {
  const ownerType = useEditor((s) => s.doc.ownerType);
  return (
    <SelectInput
      label="Owner type"
      value={ownerType}
      options={OWNER_TYPE_OPTIONS}
      onChange={setOwnerType}
      testId="doc-ownertype"
      fieldRef={OWNER_TYPE}
    />
  );
}

export function DocumentForm() {
  return (
    <Stack data-testid="document-form">
      <FormHeader title="Document" hint="The root element. Name and Owner name the generated packages." />
      <RootField attr="name" label="Name" onChange={setName} testId="doc-name" />
      <RootField attr="description" label="Description" onChange={setDescription} testId="doc-description" multiline />
      <RootField
        attr="owner"
        label="Owner"
        onChange={setOwner}
        needed
        fieldRef={OWNER}
        testId="doc-owner"
        helperText="Your company; used in package file names, so keep it file-name safe."
      />
      <Stack sx={{ alignItems: 'flex-start' }} direction="row" spacing={2}>
        <OwnerTypeField />
        <RootField
          attr="priority"
          label="Priority"
          onChange={setPriority}
          testId="doc-priority"
          fieldRef={PRIORITY}
          width={200}
          helperText="Only for imported files: 1 is the highest."
        />
      </Stack>
      <AlternativesList container={ROOT} />
      <AlternativesList container={TARGETS} />
    </Stack>
  );
}
