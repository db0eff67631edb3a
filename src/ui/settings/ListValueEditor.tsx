// A multistring Value (REG_MULTI_SZ) as a list of items, stored joined by ";". An item cannot hold ";" (it
// separates the items), so a ";" typed or pasted into an item splits it there (model/list-items.ts): pasting
// "a;b;c" gives three items, and the caret follows into the item it landed in. "Add item" focuses the new item.

import { useLayoutEffect, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import type { FieldRef } from '../../model/refs.ts';
import { addItem, editItem, joinItems, removeItemAt, splitItems } from '../../model/list-items.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useFieldMessage, useFocusRequest } from '../diagnostics/use-diagnostics.ts';

interface ListValueEditorProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint: string;
  readonly fieldRef: FieldRef;
  readonly testId: string;
}

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

export function ListValueEditor({ label, value, onChange, hint, fieldRef, testId }: ListValueEditorProps) {
  const items = splitItems(value);
  const [refusal, setRefusal] = useState<{ index: number; message: string } | null>(null);
  const sealHistory = useEditor((s) => s.sealHistory);
  const field = useFieldMessage(fieldRef);
  const firstRef = useRef<HTMLElement>(null);
  useFocusRequest(field.id, firstRef);
  const diag = field.message;
  const group = useRef<HTMLDivElement>(null);
  // Where typing continues after a split or "Add item": focused in the commit that renders the new items.
  const focusWanted = useRef<{ index: number; caret: number } | null>(null);
  useLayoutEffect(() => {
    const wanted = focusWanted.current;
    if (!wanted) return;
    const input = group.current?.querySelector<HTMLInputElement>(`[data-testid="${testId}-item-${wanted.index}"]`);
    if (!input) return;
    focusWanted.current = null;
    input.focus();
    input.setSelectionRange(wanted.caret, wanted.caret);
  });

  const edit = (index: number, text: string, caret: number) => {
    const result = editItem(items, index, text, caret);
    if (!result.ok) {
      setRefusal({ index, message: result.message });
      return;
    }
    setRefusal(null);
    field.touch();
    onChange(joinItems(result.items));
    if (result.focus !== index) focusWanted.current = { index: result.focus, caret: result.caret };
  };

  return (
    <Stack ref={group} sx={{ flexGrow: 1, minWidth: 0 }} data-testid={testId} role="group" aria-label={`${label} (list)`}>
      {items.map((it, i) => (
        <Stack key={i} direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={`${label} item ${i + 1}`}
            value={it}
            size="small"
            margin="dense"
            fullWidth
            onChange={(e) => edit(i, e.target.value, e.target.selectionStart ?? e.target.value.length)}
            onBlur={() => {
              sealHistory();
              field.touch();
            }}
            inputRef={i === 0 ? firstRef : undefined}
            error={refusal?.index === i}
            helperText={refusal?.index === i ? refusal.message : undefined}
            slotProps={{
              formHelperText: { title: refusal?.index === i ? refusal.message : undefined },
              htmlInput: { 'data-testid': `${testId}-item-${i}`, 'data-field': i === 0 ? field.id : undefined, spellCheck: false, style: MONO },
            }}
          />
          <IconButton
            disabled={items.length === 1 && it === ''}
            aria-label={`Remove item ${i + 1}`}
            size="small"
            sx={{ mt: 1.5 }}
            onClick={() => {
              setRefusal(null);
              onChange(joinItems(removeItemAt(items, i)));
            }}
            data-testid={`${testId}-remove-${i}`}
          >
            <CloseIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => {
            focusWanted.current = { index: items.length, caret: 0 };
            onChange(joinItems(addItem(items)));
          }}
          data-testid={`${testId}-add`}
        >
          Add item
        </Button>
        <Typography variant="caption" color={diag?.severity === 'error' ? 'error' : 'text.secondary'} title={diag?.message ?? hint}>
          {diag?.message ?? hint}
        </Typography>
      </Stack>
    </Stack>
  );
}
