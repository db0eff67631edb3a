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

/** The file types Open offers. */
export const ANSWER_FILE_TYPES = '.xml,text/xml,application/xml';

/** Shows the browser's file picker (Ctrl+O) and opens the file chosen, if any. */
export function pickFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = ANSWER_FILE_TYPES;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void openFile(file);
  });
  input.click();
}
