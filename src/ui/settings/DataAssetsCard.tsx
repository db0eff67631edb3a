// `<DataAssets Type>`: files or folders copied to the data partition (Static only), e.g. map data.

import { memo } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import AddIcon from '@mui/icons-material/Add';
import type { DataAssetsBlock } from '../../model/types.ts';
import { DATA_ASSET_TYPES } from '../../model/types.ts';
import { actions } from '../../store/actions.ts';
import { SectionCard } from '../common/SectionCard.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { TextInput } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';

interface DataAssetsCardProps {
  readonly block: DataAssetsBlock;
  readonly index: number;
  readonly count: number;
  readonly testId: string;
}

const TYPES = DATA_ASSET_TYPES.map((v) => ({ value: v }));
const STATIC = { kind: 'static' } as const;

export const DataAssetsCard = memo(function DataAssetsCard({ block, index, count, testId }: DataAssetsCardProps) {
  return (
    <SectionCard
      testId={testId}
      title="Data assets"
      actions={
        <RowActions
          what="data assets block"
          index={index}
          count={count}
          onMove={(to) => actions.moveItem(STATIC, block.key, to, 'data assets')}
          onDuplicate={() => actions.duplicateItem(STATIC, block.key, 'data assets')}
          onRemove={() => actions.removeItem(STATIC, block.key, 'data assets')}
          testId={testId}
        />
      }
    >
      <SelectInput label="Type" value={block.type} options={TYPES} onChange={(v) => actions.setDataAssetsType(block.key, v ?? '')} width={240} testId={`${testId}-type`} />
      {block.assets.map((a, i) => (
        <Stack key={a.key} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextInput
            label="Source (file or folder)"
            value={a.source}
            onChange={(v) => actions.updateDataAsset(block.key, a.key, v)}
            needed
            monospace
            testId={`${testId}-asset-${i}-source`}
          />
          <RowActions
            what="data asset"
            index={i}
            count={block.assets.length}
            onMove={(to) => actions.moveDataAsset(block.key, a.key, to)}
            onRemove={() => actions.removeDataAsset(block.key, a.key)}
          />
        </Stack>
      ))}
      <Button size="small" startIcon={<AddIcon />} onClick={() => actions.addDataAsset(block.key)} data-testid={`${testId}-add-asset`}>
        Add data asset
      </Button>
    </SectionCard>
  );
});
