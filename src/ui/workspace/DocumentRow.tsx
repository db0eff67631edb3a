// One document in the list: its name, owner and when it last changed; open, duplicate, rename, delete.

import IconButton from '@mui/material/IconButton';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Tooltip from '@mui/material/Tooltip';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/DriveFileRenameOutline';
import type { DocEntry } from '../../store/workspace.ts';
import { relativeTime } from './relative-time.ts';

interface Props {
  readonly entry: DocEntry;
  readonly index: number;
  readonly current: boolean;
  readonly now: number;
  onOpen(): void;
  onDuplicate(): void;
  onRename(): void;
  onDelete(): void;
}

export function DocumentRow({ entry, index, current, now, onOpen, onDuplicate, onRename, onDelete }: Props) {
  const name = entry.name || 'Untitled';
  const tid = `document-${index}`;
  const action = (label: string, testId: string, icon: React.ReactNode, run: () => void) => (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={`${label} ${name}`} onClick={run} data-testid={`${tid}-${testId}`}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <ListItem
      disablePadding
      data-testid={tid}
      data-doc-id={entry.id}
      data-current={current ? 'true' : undefined}
      secondaryAction={
        <>
          {action('Duplicate', 'duplicate', <ContentCopyIcon fontSize="small" />, onDuplicate)}
          {action('Rename', 'rename', <EditIcon fontSize="small" />, onRename)}
          {action('Delete', 'delete', <DeleteIcon fontSize="small" />, onDelete)}
        </>
      }
      sx={{ pr: 15 }}
    >
      <ListItemButton selected={current} onClick={onOpen} data-testid={`${tid}-open`}>
        <ListItemText
          primary={<span data-testid={`${tid}-name`}>{name}</span>}
          secondary={
            <>
              <span data-testid={`${tid}-owner`}>{entry.owner || 'No owner'}</span>
              {' · '}
              <span data-testid={`${tid}-updated`} title={new Date(entry.updatedAt).toLocaleString()}>
                {relativeTime(entry.updatedAt, now)}
              </span>
            </>
          }
          slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }}
        />
      </ListItemButton>
    </ListItem>
  );
}
