// The items of the Static block or of a Variant, in document order, with buttons to add each kind.

import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import type { ItemOwner, StaticItem } from '../../model/types.ts';
import { assertNever } from '../../model/types.ts';
import { actions } from '../../store/actions.ts';
import { SettingsGroupCard } from './SettingsGroupCard.tsx';
import { ApplicationsCard } from './ApplicationsCard.tsx';
import { DataAssetsCard } from './DataAssetsCard.tsx';
import { CatalogBrowser } from '../catalog/CatalogBrowser.tsx';

export function ItemsEditor({ owner, items }: { owner: ItemOwner; items: readonly StaticItem[] }) {
  const [browsing, setBrowsing] = useState(false);
  return (
    <Stack>
      {items.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ my: 1 }} data-testid="items-empty">
          Nothing here yet: “Add from catalog…” finds a documented setting; “Add settings group” starts one by hand.
        </Typography>
      )}
      {items.map((item, i) => {
        const testId = `item-${i}`;
        switch (item.kind) {
          case 'settings':
            return <SettingsGroupCard key={item.key} owner={owner} group={item} index={i} count={items.length} testId={testId} />;
          case 'applications':
            return <ApplicationsCard key={item.key} owner={owner} block={item} index={i} count={items.length} testId={testId} />;
          case 'dataAssets':
            return <DataAssetsCard key={item.key} block={item} index={i} count={items.length} testId={testId} />;
          default:
            return assertNever(item);
        }
      })}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button startIcon={<ManageSearchIcon />} onClick={() => setBrowsing(true)} data-testid="add-from-catalog">
          Add from catalog…
        </Button>
        <Button startIcon={<AddIcon />} onClick={() => actions.addSettingsGroup(owner)} data-testid="add-settings-group">
          Add settings group
        </Button>
        <Button startIcon={<AddIcon />} onClick={() => actions.addApplicationsBlock(owner)} data-testid="add-applications">
          Add applications
        </Button>
        {owner.kind === 'static' && (
          <Button startIcon={<AddIcon />} onClick={() => actions.addDataAssetsBlock()} data-testid="add-data-assets">
            Add data assets
          </Button>
        )}
      </Stack>
      {browsing && <CatalogBrowser owner={owner} onPick={(s) => actions.addFromCatalog(owner, s)} onClose={() => setBrowsing(false)} />}
    </Stack>
  );
}
