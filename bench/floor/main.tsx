// The keystroke floor of the stack (npm run bench): what any editor built from the fixed parts pays per key,
// measured like the app. One MUI TextField (uncontrolled, as the app's TextInput), its value in a zustand store,
// and the app's own CodeView showing the founding document's XML, changed by one ranged edit per key. No
// serialization, validation, or other UI: the app's keystroke minus this is what the app itself adds.

import { createRoot } from 'react-dom/client';
import { create } from 'zustand';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import TextField from '@mui/material/TextField';
import { ThemeProvider } from '@mui/material/styles';
import { appTheme } from '../../src/ui/app/theme.ts';
import CodeView from '../../src/ui/preview/CodeView.tsx';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { mintKey } from '../../src/store/keys.ts';
import { toXml } from '../../src/xml/serialize.ts';

const doc = createFoundingDocument(mintKey);
const xml = toXml(doc);
// The XML around the document's Name value: pieces [head, value, tail], as toXmlPieces gives the changed part.
const marker = ` Name="${doc.name}"`;
const at = xml.indexOf(marker) + ' Name="'.length;
const head = xml.slice(0, at);
const tail = xml.slice(at + (doc.name ?? '').length);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const useName = create<{ name: string; set: (name: string) => void }>((set) => ({ name: doc.name ?? '', set: (name) => set({ name }) }));

function Preview() {
  const name = useName((s) => s.name);
  const pieces = [head, escape(name), tail];
  return <CodeView pieces={pieces} label="XML preview" />;
}

function Floor() {
  const set = useName((s) => s.set);
  return (
    <ThemeProvider theme={appTheme('light')}>
      <CssBaseline />
      <Box sx={{ height: '100vh', display: 'grid', gridTemplateColumns: '1fr 36%' }}>
        <Box sx={{ p: 2 }}>
          <TextField label="Name" size="small" fullWidth defaultValue={useName.getState().name} onChange={(e) => set(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'doc-name' } }} />
        </Box>
        <Box component="aside" sx={{ minHeight: 0, borderLeft: 1, borderColor: 'divider' }}>
          <Preview />
        </Box>
      </Box>
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Floor />);
