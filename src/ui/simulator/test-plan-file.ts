// The test plan's file name: the document's name made safe for a file name, then "-test-plan".

export function testPlanFileName(docName: string | undefined, ext: 'md' | 'csv'): string {
  const safe = [...(docName ?? '')].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
  const base = safe.trim().slice(0, 100) || 'answer-file';
  return `${base}-test-plan.${ext}`;
}
