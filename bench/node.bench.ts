// The pure parts of the speed budget, in Node (run by scripts/bench.mjs with --expose-gc --import tsx):
// serialization (xmlbuilder2 full, cached toXml after a single-field change, the hand string-builder
// baseline), parsing, validation (full and after one change), and one keystroke's JS pipeline
// (store edit + toXml + validate + preview diff). Prints one JSON object on stdout.

import { performance } from 'node:perf_hooks';
import type { AnswerFile, SettingsGroup, Variant } from '../src/model/types.ts';
import type { EntryKey, GroupKey } from '../src/model/ids.ts';
import { counterKeys } from '../src/model/ids.ts';
import { updateEntry } from '../src/model/groups.ts';
import { toXml, toXmlPieces, toXmlUncached } from '../src/xml/serialize.ts';
import { fromXml } from '../src/xml/parse.ts';
import { createValidator, validate } from '../src/model/validate/validate.ts';
import { useEditor } from '../src/store/editor-store.ts';
import { EMPTY_HISTORY } from '../src/store/history.ts';
import { actions } from '../src/store/actions.ts';
import { diffPieces, diffText } from '../src/ui/preview/text-diff.ts';
import { generateDocument } from './generate.ts';
import { toXmlStringBuilder } from './string-builder.ts';
import { time, type Stats } from './measure.ts';

const N = Number(process.env.BENCH_N ?? 1000);
const log = (msg: string) => process.stderr.write(`[node] ${msg}\n`);

/** Setting `entry` of the first Settings group of variant `vi`: where a single-field change happens. */
function fieldOf(doc: AnswerFile, vi: number, entry = 1): { v: Variant; g: SettingsGroup; e: EntryKey } {
  const v = doc.variants[vi];
  const g = v.items[0] as SettingsGroup;
  return { v, g, e: g.entries[entry].key };
}

function setValue(doc: AnswerFile, vi: number, value: string): AnswerFile {
  const { v, g, e } = fieldOf(doc, vi);
  return updateEntry(doc, { kind: 'variant', key: v.key }, g.key as GroupKey, e, { value });
}

/** A variant index that moves through the document, so single changes are not always at one place. */
const spot = (i: number) => (i * 397 + N / 2) % N | 0;

const t0 = performance.now();
const doc = generateDocument(N, counterKeys('b'));
const text = toXmlStringBuilder(doc);
log(`generated N=${N}: ${text.length} chars in ${(performance.now() - t0).toFixed(0)} ms`);

// ---- correctness: the baseline writes the same text as the app's serializers ----
const xb = toXmlUncached(doc);
const normalise = (s: string) => s.replace(/\s+\/>/g, '/>').replace(/\s+$/g, '');
const equality = {
  byteEqual: xb === text,
  equalAfterWhitespaceNormalisation: normalise(xb) === normalise(text),
  cachedEqualsUncached: toXml(doc) === xb,
};
if (!equality.equalAfterWhitespaceNormalisation) throw new Error('string builder and toXmlUncached differ');

// ---- serialize ----
log('serialize: string builder (baseline)');
const stringBuilderFull = time(() => toXmlStringBuilder(doc), () => undefined, { minRuns: 9, minMs: 1500 });
log('serialize: xmlbuilder2 one pass (toXmlUncached)');
const xmlbuilder2Full = time(() => toXmlUncached(doc), () => undefined, { warmCalls: 2, minRuns: 5, minMs: 2000, maxRuns: 15 });
log('serialize: toXml, cold cache (every part built)');
// Each run a document not seen before (new objects and new keys), as an opened or imported file is: a copy with
// the same keys would be written as Variants being edited (by Setting), which no opened document is.
const toXmlCold = time((d: AnswerFile) => toXml(d), (i) => generateDocument(N, counterKeys(`cold${i}-`)), { warmCalls: 1, warmMs: 0, minRuns: 5, minMs: 2000, maxRuns: 12 });

log('serialize: toXml after a single-field change (warm cache)');
let cur = doc;
toXml(cur);
const toXmlSingle = time(
  (d: AnswerFile) => {
    toXml(d);
    cur = d;
  },
  (i) => setValue(cur, spot(i), `value ${i} & <more>`),
  { warmCalls: 20, minRuns: 50, minMs: 1500, maxRuns: 400 },
);
log('serialize: toXmlPieces after a single-field change (what the preview uses)');
const toXmlPiecesSingle = time(
  (d: AnswerFile) => {
    toXmlPieces(d);
    cur = d;
  },
  (i) => setValue(cur, spot(i), `pieces ${i}`),
  { warmCalls: 20, minRuns: 50, minMs: 1500, maxRuns: 400 },
);
log('serialize: toXml with no part changed but a new variants array (the join alone)');
const toXmlJoinOnly = time((d: AnswerFile) => toXml(d), () => ({ ...cur, variants: [...cur.variants] }), { minRuns: 30, minMs: 1000 });
log('serialize: string builder full after a single-field change (baseline per keystroke)');
const stringBuilderSingle = time(
  (d: AnswerFile) => {
    toXmlStringBuilder(d);
    cur = d;
  },
  (i) => setValue(cur, spot(i), `value ${i}`),
  { minRuns: 9, minMs: 1500 },
);

// ---- the preview's ranged edit: common prefix/suffix of the old and new text ----
log('preview diff');
let prevText = toXml(cur);
const previewDiff = time(
  (next: string) => {
    diffText(prevText, next);
    prevText = next;
  },
  (i) => {
    cur = setValue(cur, spot(i), `diff ${i}`);
    return toXml(cur);
  },
  { minRuns: 30, minMs: 1000 },
);

log('preview diff by pieces (what the preview does)');
let prevPieces = toXmlPieces(cur);
const previewDiffPieces = time(
  (next: string[]) => {
    diffPieces(prevPieces, next);
    prevPieces = next;
  },
  (i) => {
    cur = setValue(cur, spot(i), `pdiff ${i}`);
    return toXmlPieces(cur);
  },
  { minRuns: 30, minMs: 1000 },
);

// ---- parse ----
log('parse');
const parse = time(() => fromXml(text), () => undefined, { warmCalls: 2, minRuns: 5, minMs: 2000, maxRuns: 20 });
const parsed = fromXml(text);
const roundTrip = parsed.ok && toXml(parsed.doc) === text;

// ---- validate ----
log('validate: full, uncached');
const validateFull = time(() => validate(doc, { strict: false }), () => undefined, { minRuns: 7, minMs: 1500 });
log('validate: createValidator, first call (cold)');
const validateCold = time((v: ReturnType<typeof createValidator>) => v(doc, { strict: false }), () => createValidator(), { minRuns: 7, minMs: 1500 });
log('validate: createValidator after one change (warm)');
const validator = createValidator();
cur = doc;
validator(cur, { strict: false });
const validateSingle = time(
  (d: AnswerFile) => {
    validator(d, { strict: false });
    cur = d;
  },
  (i) => setValue(cur, spot(i), `v${i}`),
  { warmCalls: 20, minRuns: 50, minMs: 1500, maxRuns: 400 },
);

// ---- one keystroke's JS work outside React: store edit + toXmlPieces + validate + diffPieces (the preview's path) ----
log('keystroke pipeline (store action + toXml + validate + diff)');
useEditor.getState().load({ doc, selection: { kind: 'document' }, history: EMPTY_HISTORY });
const kv = createValidator();
let shown = toXmlPieces(doc);
kv(doc, { strict: false });
const target = fieldOf(doc, N >> 1);
let typed = String(target.g.entries[1].kind === 'setting' ? (target.g.entries[1].value ?? '') : '');
const keystrokePipeline = time(
  () => {
    typed += 'x';
    actions.updateEntry({ kind: 'variant', key: target.v.key }, target.g.key as GroupKey, target.e, { value: typed });
    const d = useEditor.getState().doc;
    const next = toXmlPieces(d);
    kv(d, { strict: false });
    diffPieces(shown, next);
    shown = next;
  },
  () => undefined,
  { warmCalls: 20, minRuns: 50, minMs: 1500, maxRuns: 400 },
);

const out = {
  n: N,
  xmlChars: text.length,
  xmlBytes: Buffer.byteLength(text),
  equality,
  roundTrip,
  serialize: { stringBuilderFull, stringBuilderSingle, xmlbuilder2Full, toXmlCold, toXmlSingle, toXmlJoinOnly, toXmlPiecesSingle },
  previewDiff,
  previewDiffPieces,
  parse,
  validate: { full: validateFull, cold: validateCold, single: validateSingle },
  keystrokePipeline,
} satisfies Record<string, unknown>;
process.stdout.write(JSON.stringify(out) + '\n');
export type NodeResults = typeof out;
export type { Stats };
