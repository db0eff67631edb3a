// The download's file name, derived from the document's Name attribute.

const FALLBACK = 'customizations.xml';

/**
 * A file name that is safe on Windows, macOS and Linux: characters reserved on any of them (and control
 * characters) become '_', leading/trailing dots and spaces are dropped, Windows device names are avoided,
 * and '.xml' is appended. An empty or unusable Name gives 'customizations.xml'.
 */
export function answerFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  let base = (name ?? '').replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '_').trim();
  // The extension is added back below; drop a typed one first, so that a Name of ".xml" is no name at all.
  if (base.toLowerCase().endsWith('.xml')) base = base.slice(0, -4);
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base || /^_+$/.test(base)) return FALLBACK;
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `${base}_`;
  if (base.length > 120) base = base.slice(0, 120);
  return `${base}.xml`;
}
