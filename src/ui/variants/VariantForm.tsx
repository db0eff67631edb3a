// `<Variant>`: settings and apps applied when the SIM matches its target.

import { useMemo } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { VariantKey } from '../../model/ids.ts';
import { findVariant, targetList } from '../../model/answer-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { FormHeader } from '../common/FormHeader.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { TextInput } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';
import { ItemsEditor } from '../settings/ItemsEditor.tsx';

export function VariantForm({ variantKey }: { variantKey: VariantKey }) {
  const variant = useEditor((s) => findVariant(s.doc, variantKey));
  const targets = useEditor((s) => targetList(s.doc));
  const index = useEditor((s) => s.doc.variants.findIndex((v) => v.key === variantKey));
  const count = useEditor((s) => s.doc.variants.length);
  const owner = useMemo(() => ({ kind: 'variant', key: variantKey }) as const, [variantKey]);
  const targetOptions = useMemo(
    () => targets.filter((t) => t.id !== undefined).map((t) => ({ value: t.id as string, label: t.id || '(empty Id)' })),
    [targets],
  );
  if (!variant) return null;
  const refs = variant.targetRefs?.refs ?? [];
  const refId = refs[0]?.id;
  const missing = refId !== undefined && !targets.some((t) => t.id === refId);
  return (
    <Stack data-testid="variant-form">
      <FormHeader
        title={`Variant ${variant.name ? `“${variant.name}”` : '(unnamed)'}`}
        hint="Applied at run time when the inserted SIM matches its target."
        actions={
          <RowActions
            what="variant"
            index={index}
            count={count}
            onMove={(to) => actions.moveVariant(variantKey, to)}
            onDuplicate={() => actions.duplicateVariant(variantKey)}
            onRemove={() => actions.removeVariant(variantKey)}
            testId="variant"
          />
        }
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextInput label="Name" value={variant.name} onChange={(v) => actions.setVariantName(variantKey, v)} testId="variant-name" />
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
                  : undefined
          }
        />
      </Stack>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
        Settings and applications
      </Typography>
      <ItemsEditor owner={owner} items={variant.items} />
    </Stack>
  );
}
