// Saves text as a file through the browser's download mechanism.

/** Downloads `text` as a UTF-8 file named `fileName` (no BOM: the XML declaration names the encoding). */
export function downloadText(fileName: string, text: string, mimeType = 'application/xml'): void {
  const blob = new Blob([text], { type: `${mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
