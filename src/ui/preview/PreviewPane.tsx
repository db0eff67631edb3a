// The live XML preview: exactly the text that Download saves, with a copy button.

import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { copyText } from '../../lib/clipboard.ts';
import { useXmlText } from './use-xml-text.ts';
import { CodeView } from './CodeView.tsx';

export function PreviewPane() {
  const text = useXmlText();
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    try {
      await copyText(text);
      setCopied('Copied');
    } catch (e) {
      setCopied(e instanceof Error ? e.message : 'Copy failed');
    }
    setTimeout(() => setCopied(null), 2000);
  }

  return (
    <Stack sx={{ height: '100%', minHeight: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'center', px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle2" component="h2" sx={{ flexGrow: 1 }}>
          XML preview
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ mr: 1 }} role="status">
          {copied}
        </Typography>
        <Button size="small" startIcon={<ContentCopyIcon />} onClick={copy} data-testid="copy-xml">
          Copy
        </Button>
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <CodeView text={text} label="Generated XML" />
      </Box>
    </Stack>
  );
}
