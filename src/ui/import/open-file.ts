// Opens a file the user picked or dropped: refuses an oversized file before reading it, then hands the
// file to the import flow, which reads and parses it off the main thread with progress.

import { fileSizeError } from '../../xml/import-limits.ts';
import { useImportFlow } from '../../store/import-flow.ts';

export async function openFile(file: File): Promise<void> {
  const flow = useImportFlow.getState();
  const tooLarge = fileSizeError(file.size);
  if (tooLarge) {
    flow.refuse(file.name, tooLarge);
    return;
  }
  await flow.importFile(file.name, file);
}
