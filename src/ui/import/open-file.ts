// Opens a file the user picked or dropped: refuses an oversized file before reading it, then hands the
// file to the import flow, which reads and parses it off the main thread with progress.

import { MAX_IMPORT_BYTES, formatBytes } from '../../xml/import-limits.ts';
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
  await flow.importFile(file.name, file);
}
