// The help for the focused setting, shown in the help pane (settings/SettingHelpDock.tsx): what it does, where it
// may go, the values it takes, its default and the public documentation page the catalog entry comes from, as a
// link (model/catalog/doc-url.ts).

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CatalogScope, CatalogSetting } from '../../model/catalog/types.ts';
import { describeValueEditor, type ValueEditor } from '../../model/value-editor.ts';
import { documentationUrl } from '../../model/catalog/doc-url.ts';
import { ConstraintBadges } from './ConstraintBadges.tsx';

const SCOPE_TEXT: Record<CatalogScope, string> = {
  'per-SIM': 'per SIM (its group belongs in a Variant)',
  'per-IMSI': 'per IMSI (in a Variant)',
  'per-device': 'per device (usually in Static)',
  'per-IMSI+per-device': 'per IMSI (CellCore/PerIMSI/…, in a Variant) and per device (CellCore/PerDevice/…, in Static)',
  unspecified: 'not stated by the docs',
};

function allowedText(editor: ValueEditor): string {
  switch (editor.kind) {
    case 'boolean':
      return editor.options.map((o) => o.value).join(', ');
    case 'enum':
      return [editor.options.map((o) => o.label).join(', '), editor.hint].filter(Boolean).join(' ');
    case 'fixed':
      return editor.options.map((o) => o.value).join(' or ');
    case 'text':
      return editor.hint || 'any text';
    default:
      return editor.hint;
  }
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2">
      <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
        {label}
      </Box>
      {children}
    </Typography>
  );
}

/** The entry's public documentation page as a link (opens a new tab); no link when the source has no known page. */
function Documentation({ setting, testId }: { setting: CatalogSetting; testId: string }) {
  const url = documentationUrl(setting.source);
  if (!url) return null;
  return (
    <Fact label="Documentation">
      <Link href={url} target="_blank" rel="noopener noreferrer" title={url} data-testid={`${testId}-page`}>
        {setting.topic}
      </Link>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {' '}
        (Microsoft Learn, opens in a new tab)
      </Box>
    </Fact>
  );
}

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

export function SettingHelp({ setting, name, testId }: { setting: CatalogSetting | undefined; name: string; testId: string }) {
  return (
    <Box
      role="note"
      aria-label={`Help for ${name || 'this setting'}`}
      data-testid={testId}
      sx={{ bgcolor: 'action.hover', borderRadius: 1, p: 1 }}
    >
      {!setting ? (
        <Typography variant="body2" color="text.secondary">
          {name ? `"${name}" is not in the catalog for this path: check its spelling, or keep it if your image's policy defines it.` : 'Choose a setting name to see its help.'}
        </Typography>
      ) : (
        <Stack spacing={0.25}>
          <Typography variant="subtitle2">
            {setting.name} <Typography component="span" variant="caption" color="text.secondary">— {setting.topic}</Typography>
          </Typography>
          <Typography variant="body2" data-testid={`${testId}-text`}>
            {setting.help}
          </Typography>
          <Fact label="Scope">{SCOPE_TEXT[setting.scope]}</Fact>
          {(setting.constraints.length > 0 || setting.constraintNote) && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" color="text.secondary">
                Constraints
              </Typography>
              <ConstraintBadges constraints={setting.constraints} />
              {setting.constraintNote && <Typography variant="body2">{setting.constraintNote}</Typography>}
            </Stack>
          )}
          {setting.kind === 'Setting' && <Fact label="Allowed values">{allowedText(describeValueEditor(setting))}</Fact>}
          {setting.default !== undefined && (
            <Fact label="Default">
              <Box component="span" sx={MONO}>
                {setting.default}
              </Box>
            </Fact>
          )}
          {setting.examples && setting.examples.length > 0 && (
            <Fact label="Examples">
              <Box component="span" sx={MONO}>
                {setting.examples.join(', ')}
              </Box>
            </Fact>
          )}
          <Documentation setting={setting} testId={testId} />
        </Stack>
      )}
    </Box>
  );
}
