// The smallest single replacement that turns one text into another: the common prefix and suffix are kept.
// The preview applies it as one ranged edit, so the code view re-renders only what changed.

export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { from: start, to: endB, insert: after.slice(start, endA) };
}
