// `caf diff A.xml B.xml [--json]`: what changed from A to B, by part, as the editor's Changes view lists it
// (src/model/diff/). Exit 0 when the two are equal in meaning (only comments, layout or other things the imaging
// tool does not read differ), 1 when they differ, 2 for a usage error or a file that cannot be opened.

import { parseArgs } from 'node:util';
import { findTarget, findVariant } from '../model/answer-file.ts';
import type { Change } from '../model/diff/change.ts';
import { equalInMeaning } from '../model/diff/change.ts';
import { diffDocuments } from '../model/diff/diff.ts';
import type { PartRef } from '../model/refs.ts';
import { samePart } from '../model/refs.ts';
import type { AnswerFile } from '../model/types.ts';
import type { CliIo } from './io.ts';
import { openDocument } from './open.ts';

export const DIFF_USAGE = `Usage: caf diff A.xml B.xml [--json]
The changes from A to B by part: Targets, Static, Variants, their conditions and settings. Exit 0 when the two are
equal in meaning (only comments, layout, order of Targets or Settings... differ), 1 when they differ.
--json   one JSON object: { a, b, equal, changes: [{ kind, part, what, before, after, text, meaningful }] }`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function formatDiff(changes: readonly Change[]): string {
  const lines: string[] = [];
  let part: Change | undefined;
  for (const c of changes) {
    if (part && !(samePart(part.part, c.part) && part.partLabel === c.partLabel)) lines.push('');
    part = c;
    lines.push(`${c.text}${c.meaningful ? '' : '  (not read by the imaging tool)'}`);
  }
  if (lines.length > 0) lines.push('');
  const matter = changes.filter((c) => c.meaningful).length;
  if (matter > 0) lines.push(`${plural(changes.length, 'change', 'changes')} (${matter} that ${matter === 1 ? 'matters' : 'matter'} to the imaging tool)`);
  else if (changes.length > 0) lines.push(`No differences in meaning (${plural(changes.length, 'change', 'changes')} the imaging tool does not read).`);
  else lines.push('No differences in meaning.');
  return `${lines.join('\n')}\n`;
}

/** A part as the JSON names it: its kind, and a Target's Id or a Variant's Name (no internal keys). */
function partJson(part: PartRef, a: AnswerFile, b: AnswerFile) {
  if (part.kind === 'target') {
    const id = (findTarget(b, part.key) ?? findTarget(a, part.key))?.id;
    return { kind: part.kind, ...(id === undefined ? {} : { id }) };
  }
  if (part.kind === 'variant') {
    const name = (findVariant(b, part.key) ?? findVariant(a, part.key))?.name;
    return { kind: part.kind, ...(name === undefined ? {} : { name }) };
  }
  return { kind: part.kind };
}

export function diffJson(files: { a: string; b: string }, a: AnswerFile, b: AnswerFile, changes: readonly Change[]): string {
  const out = {
    ...files,
    equal: equalInMeaning(changes),
    changes: changes.map((c) => ({
      kind: c.kind,
      part: partJson(c.part, a, b),
      what: c.what,
      before: c.before ?? null,
      after: c.after ?? null,
      text: c.text,
      meaningful: c.meaningful,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`caf: diff: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n\n${DIFF_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`${DIFF_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 2) {
    io.err(`caf: diff takes two FILEs (got ${parsed.positionals.length})\n\n${DIFF_USAGE}\n`);
    return 2;
  }
  const [fileA, fileB] = parsed.positionals;
  const a = await openDocument(fileA, io);
  const b = await openDocument(fileB, io);
  if (!a || !b) return 2;
  // Two files parsed apart have unrelated keys that may collide: their elements are paired by meaning only.
  const changes = diffDocuments(a, b, { byKey: false });
  io.out(parsed.values.json ? diffJson({ a: fileA, b: fileB }, a, b, changes) : formatDiff(changes));
  return equalInMeaning(changes) ? 0 : 1;
}
