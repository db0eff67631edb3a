// `<Imports>`: other answer files merged into this one.

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { importList } from '../../model/imports.ts';
import { TextInput } from '../common/TextInput.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { FormHeader } from '../common/FormHeader.tsx';

const IMPORTS = { kind: 'imports' } as const;

export function ImportsForm() {
  const imports = useEditor((s) => importList(s.doc));
  return (
    <Stack data-testid="imports-form">
      <FormHeader
        title="Imports"
        hint="Answer files merged into this one. Use absolute paths; $(CurrentFileDir) and $(ENV_VAR) are allowed, %VAR% is not."
      />
      {imports.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No imports.
        </Typography>
      )}
      {imports.map((imp, i) => (
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1} key={imp.key}>
          <TextInput
            label={`Import ${i + 1} source`}
            value={imp.source}
            onChange={(v) => actions.setImportSource(imp.key, v)}
            needed
            monospace
            testId={`import-source-${i}`}
            fieldRef={{ part: IMPORTS, path: [imp.key], field: 'source' }}
          />
          <RowActions
            what="import"
            index={i}
            count={imports.length}
            onMove={(to) => actions.moveImport(imp.key, to)}
            onRemove={() => actions.removeImport(imp.key)}
          />
        </Stack>
      ))}
      <Button startIcon={<AddIcon />} onClick={actions.addImport} sx={{ alignSelf: 'flex-start', mt: 1 }} data-testid="add-import">
        Add import
      </Button>
    </Stack>
  );
}
