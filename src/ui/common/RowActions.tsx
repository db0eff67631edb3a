// The move up / move down / duplicate / remove buttons shown on every item of an ordered list.

import IconButton from '@mui/material/IconButton';
import { Hint } from './Hint.tsx';
import Stack from '@mui/material/Stack';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';

export interface RowActionsProps {
  /** What the row is, for the buttons' accessible names ("condition", "settings group"...). */
  readonly what: string;
  readonly index: number;
  readonly count: number;
  readonly onMove?: (toIndex: number) => void;
  readonly onDuplicate?: () => void;
  readonly onRemove?: () => void;
  readonly testId?: string;
}

export function RowActions({ what, index, count, onMove, onDuplicate, onRemove, testId }: RowActionsProps) {
  const tid = (action: string) => (testId ? `${testId}-${action}` : undefined);
  return (
    <Stack direction="row" spacing={0} sx={{ flexShrink: 0 }}>
      {onMove && (
        <>
          <Hint title={`Move ${what} up`}>
            <span>
              <IconButton size="small" aria-label={`Move ${what} up`} disabled={index === 0} onClick={() => onMove(index - 1)} data-testid={tid('up')}>
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
            </span>
          </Hint>
          <Hint title={`Move ${what} down`}>
            <span>
              <IconButton
                size="small"
                aria-label={`Move ${what} down`}
                disabled={index >= count - 1}
                onClick={() => onMove(index + 1)}
                data-testid={tid('down')}
              >
                <ArrowDownwardIcon fontSize="small" />
              </IconButton>
            </span>
          </Hint>
        </>
      )}
      {onDuplicate && (
        <Hint title={`Duplicate ${what}`}>
          <IconButton size="small" aria-label={`Duplicate ${what}`} onClick={onDuplicate} data-testid={tid('duplicate')}>
            <ContentCopyIcon fontSize="small" />
          </IconButton>
        </Hint>
      )}
      {onRemove && (
        <Hint title={`Remove ${what}`}>
          <IconButton size="small" aria-label={`Remove ${what}`} onClick={onRemove} data-testid={tid('remove')}>
            <DeleteOutlineIcon fontSize="small" />
          </IconButton>
        </Hint>
      )}
    </Stack>
  );
}
