// `<Applications>`: apps installed with the image (Static) or when a variant applies.

import { memo } from 'react';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import AddIcon from '@mui/icons-material/Add';
import type { ApplicationsBlock, ItemOwner } from '../../model/types.ts';
import { TARGET_PARTITIONS } from '../../model/types.ts';
import { actions } from '../../store/actions.ts';
import { SectionCard } from '../common/SectionCard.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { TextInput } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';

interface ApplicationsCardProps {
  readonly owner: ItemOwner;
  readonly block: ApplicationsBlock;
  readonly index: number;
  readonly count: number;
  readonly testId: string;
}

const PARTITIONS = TARGET_PARTITIONS.map((v) => ({ value: v }));

export const ApplicationsCard = memo(function ApplicationsCard({ owner, block, index, count, testId }: ApplicationsCardProps) {
  const isStatic = owner.kind === 'static';
  return (
    <SectionCard
      testId={testId}
      title="Applications"
      subtitle={isStatic ? 'installed to MainOS by default' : 'installed to Data by default; Source may be omitted (Store download)'}
      actions={
        <RowActions
          what="applications block"
          index={index}
          count={count}
          onMove={(to) => actions.moveItem(owner, block.key, to, 'applications')}
          onDuplicate={() => actions.duplicateItem(owner, block.key, 'applications')}
          onRemove={() => actions.removeItem(owner, block.key, 'applications')}
          testId={testId}
        />
      }
    >
      {block.apps.map((a, i) => {
        const tid = `${testId}-app-${i}`;
        const update = (patch: Parameters<typeof actions.updateApplication>[3]) => actions.updateApplication(owner, block.key, a.key, patch);
        return (
          <Stack key={a.key} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1, my: 0.5 }} data-testid={tid}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <TextInput label="Source" value={a.source} onChange={(v) => update({ source: v })} needed={isStatic} monospace testId={`${tid}-source`} />
              <RowActions
                what="application"
                index={i}
                count={block.apps.length}
                onMove={(to) => actions.moveApplication(owner, block.key, a.key, to)}
                onRemove={() => actions.removeApplication(owner, block.key, a.key)}
                testId={tid}
              />
            </Stack>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, alignItems: 'flex-start' }}>
              <Box sx={{ flex: '1 1 200px', minWidth: 0 }}>
                <TextInput label="License" value={a.license} onChange={(v) => update({ license: v })} needed monospace testId={`${tid}-license`} />
              </Box>
              <Box sx={{ flex: '1 1 200px', minWidth: 0 }}>
                <TextInput
                  label="ProvXML"
                  value={a.provXml}
                  onChange={(v) => update({ provXml: v })}
                  needed
                  monospace
                  testId={`${tid}-provxml`}
                  placeholder="…\\MPAP_App_01.provxml"
                />
              </Box>
              <SelectInput
                label="Partition"
                value={a.targetPartition}
                options={PARTITIONS}
                onChange={(v) => update({ targetPartition: v })}
                allowUnset
                width={150}
                testId={`${tid}-partition`}
              />
            </Box>
          </Stack>
        );
      })}
      <Button size="small" startIcon={<AddIcon />} onClick={() => actions.addApplication(owner, block.key)} data-testid={`${testId}-add-app`}>
        Add application
      </Button>
    </SectionCard>
  );
});
