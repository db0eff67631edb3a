// The help pane under the form of Static and of a variant: the catalog's help for the setting that last had the
// focus, or what to do to get some. Its size is the pane's (src/ui/app/panes): nothing in the form moves when
// the help changes.

import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { SettingHelp } from '../catalog/SettingHelp.tsx';
import { useHelpSubject } from './help-subject.ts';

export function SettingHelpDock() {
  const subject = useHelpSubject((s) => s);
  return (
    <Box sx={{ p: 1 }} data-testid="setting-help-dock">
      {subject ? (
        <SettingHelp key={subject.key} setting={subject.setting} name={subject.name} testId={`${subject.testId}-help`} />
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ p: 0.5 }}>
          Setting help: select a setting in the form to read what it does, where it belongs, the values it takes and its
          documentation page.
        </Typography>
      )}
    </Box>
  );
}
