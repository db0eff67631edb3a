// `<Variant>`: settings and apps applied when the SIM matches its target.

import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { VariantKey } from '../../model/ids.ts';
import type { ItemOwner, TargetRef } from '../../model/types.ts';
import { findVariant, targetList } from '../../model/answer-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { FormHeader } from '../common/FormHeader.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { TextInput } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';
import { ItemsEditor } from '../settings/ItemsEditor.tsx';
import { AlternativesList, CommentOutButton } from '../parts/AlternativesList.tsx';

const ROOT = { kind: 'root' } as const;
const DOCUMENT = { kind: 'document' } as const;

// The form is split by what each part shows, each subscribed to that alone: typing into a setting re-renders
// the items, not the header or the target picker (a variant object is new on every keystroke).

function VariantHeader({ variantKey }: { variantKey: VariantKey }) {
  const name = useEditor((s) => findVariant(s.doc, variantKey)?.name);
  const index = useEditor((s) => s.doc.variants.findIndex((v) => v.key === variantKey));
  const count = useEditor((s) => s.doc.variants.length);
  return (
    <FormHeader
      title={`Variant ${name ? `“${name}”` : '(unnamed)'}`}
      hint="Applied at run time when the inserted SIM matches its target."
      actions={
        <>
          <CommentOutButton container={ROOT} partKey={variantKey} what="variant" then={DOCUMENT} testId="variant-comment-out" />
          <RowActions
            what="variant"
            index={index}
            count={count}
            onMove={(to) => actions.moveVariant(variantKey, to)}
            onDuplicate={() => actions.duplicateVariant(variantKey)}
            onRemove={() => actions.removeVariant(variantKey)}
            testId="variant"
          />
        </>
      }
    />
  );
}

function VariantFields({ variantKey, owner }: { variantKey: VariantKey; owner: ItemOwner }) {
  const name = useEditor((s) => findVariant(s.doc, variantKey)?.name);
  const targetRefs = useEditor((s) => findVariant(s.doc, variantKey)?.targetRefs);
  const targets = useEditor((s) => targetList(s.doc));
  const targetOptions = useMemo(
    () => targets.filter((t) => t.id !== undefined).map((t) => ({ value: t.id as string, label: t.id || '(empty Id)' })),
    [targets],
  );
  const refs = targetRefs?.refs ?? NO_REFS;
  const refId = refs[0]?.id;
  const missing = refId !== undefined && !targets.some((t) => t.id === refId);
  return (
    <Stack direction="row" useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap', columnGap: 2 }}>
      <Box sx={{ flex: '1 1 200px', minWidth: 0 }}>
        <TextInput label="Name" value={name} onChange={(v) => actions.setVariantName(variantKey, v)} testId="variant-name" fieldRef={{ part: owner, path: [], field: 'name' }} />
      </Box>
      <SelectInput
        label="Target"
        value={refId}
        options={targetOptions}
        onChange={(v) => actions.setVariantTargetRef(variantKey, v ?? '')}
        width={280}
        testId="variant-target"
        fieldRef={refs[0] ? { part: owner, path: [refs[0].key], field: 'id' } : { part: owner, path: [], field: 'targetRef' }}
        helperText={
          missing
            ? `No target has the Id “${refId}”.`
            : refs.length > 1
              ? `This variant lists ${refs.length} targets; only one is allowed.`
              : targets.length === 0
                ? 'Add a target first.'
                : refId === undefined
                  ? 'Not set: pick the target whose SIMs get this variant.'
                  : undefined
        }
      />
    </Stack>
  );
}

function VariantItems({ variantKey, owner }: { variantKey: VariantKey; owner: ItemOwner }) {
  const items = useEditor((s) => findVariant(s.doc, variantKey)?.items);
  return items ? <ItemsEditor owner={owner} items={items} /> : null;
}

const NO_REFS: readonly TargetRef[] = [];

export function VariantForm({ variantKey }: { variantKey: VariantKey }) {
  const exists = useEditor((s) => findVariant(s.doc, variantKey) !== undefined);
  const owner = useMemo(() => ({ kind: 'variant', key: variantKey }) as const, [variantKey]);
  if (!exists) return null;
  return (
    <Stack data-testid="variant-form">
      <VariantHeader variantKey={variantKey} />
      <VariantFields variantKey={variantKey} owner={owner} />
      <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
        Settings and applications
      </Typography>
      <VariantItems variantKey={variantKey} owner={owner} />
      <AlternativesList container={owner} />
    </Stack>
  );
}
