// Opens a file the user picked or dropped: refuses an oversized file before reading it, then hands the
// text to the import flow.

import { MAX_IMPORT_BYTES, formatBytes } from '../../xml/import-limits.ts';
import { readTextFile } from '../../lib/read-file.ts';
import { useImportFlow } from '../../store/import-flow.ts';

export async function openFile(file: File): Promise<void> {
  const flow = useImportFlow.getState();
  if (file.size > MAX_IMPORT_BYTES) {
    flow.refuse(file.name, {
      code: 'too-large',
      message: `“${file.name}” is ${formatBytes(file.size)}; CAF Studio opens files up to ${formatBytes(MAX_IMPORT_BYTES)}.`,
    });
    return;
  }
  let text: string;
  try {
    text = await readTextFile(file);
  } catch (e) {
    flow.refuse(file.name, { code: 'not-well-formed', message: `“${file.name}” could not be read: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  flow.importText(file.name, text);
}
