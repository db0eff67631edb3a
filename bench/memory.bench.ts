// Memory of the benchmark document with 100 undo steps, in Node (run with --expose-gc --import tsx, in its
// own process so no other benchmark's garbage or caches count). What the page holds for the document, minus
// React and the DOM: the model parsed from the XML text (as an import does), the derived XML text and
// diagnostics with their per-part caches, and 100 undo steps made through the real store actions (each a
// different setting, so none coalesce), each followed by toXml + validate as a keystroke does.
// Prints one JSON object on stdout.

import type { AnswerFile, SettingsGroup } from '../src/model/types.ts';
import type { GroupKey } from '../src/model/ids.ts';
import { counterKeys } from '../src/model/ids.ts';
import { fromXml } from '../src/xml/parse.ts';
import { toXml, toXmlPieces } from '../src/xml/serialize.ts';
import { createValidator } from '../src/model/validate/validate.ts';
import { useEditor } from '../src/store/editor-store.ts';
import { EMPTY_HISTORY } from '../src/store/history.ts';
import { actions } from '../src/store/actions.ts';
import { generateDocument } from './generate.ts';
import { toXmlStringBuilder } from './string-builder.ts';
import { collectGarbage } from './measure.ts';

const N = Number(process.env.BENCH_N ?? 1000);
const STEPS = 100;
/**
 * What each step serializes: the preview's pieces (default, as the app does), the joined text (`--joined`, as
 * Download / Copy / share links do), or nothing (`--no-preview`), to attribute the heap to the serializer's caches.
 */
const MODE = process.argv.includes('--no-preview') ? 'none' : process.argv.includes('--joined') ? 'joined' : 'pieces';
const PREVIEW = MODE !== 'none';
const serialize = (d: AnswerFile): number => (MODE === 'joined' ? toXml(d).length : toXmlPieces(d).length);
const MB = 1024 * 1024;

function heap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

// Load every module's code and warm the caches' machinery on a small document first.
{
  const small = generateDocument(3, counterKeys('w'));
  toXml(small);
  createValidator()(small, { strict: false });
}
const base = heap();

let text: string | undefined = toXmlStringBuilder(generateDocument(N, counterKeys('b')));
const xmlBytes = text.length;
const parsed = fromXml(text);
if (!parsed.ok) throw new Error(parsed.error.message);
text = undefined; // the page drops the file text once parsed
const doc: AnswerFile = parsed.doc;
useEditor.getState().load({ doc, selection: { kind: 'document' }, history: EMPTY_HISTORY });
const afterModel = heap();

const validator = createValidator();
let preview = serialize(doc);
let diagnostics = validator(doc, { strict: false });
const afterDerived = heap();

for (let k = 0; k < STEPS; k++) {
  const d = useEditor.getState().doc;
  const v = d.variants[(k * 9) % d.variants.length];
  const g = v.items[0] as SettingsGroup;
  const e = g.entries[k % g.entries.length];
  actions.updateEntry({ kind: 'variant', key: v.key }, g.key as GroupKey, e.key, { value: `${e.kind === 'setting' ? e.value : ''}!${k}` });
  const next = useEditor.getState().doc;
  if (PREVIEW) preview = serialize(next);
  diagnostics = validator(next, { strict: false });
}
const steps = useEditor.getState().history.past.length;
const afterSteps = heap();

const out = {
  n: N,
  mode: MODE,
  xmlBytes,
  undoSteps: steps,
  heapMB: {
    modelOnly: (afterModel - base) / MB,
    withPreviewAndDiagnostics: (afterDerived - base) / MB,
    with100UndoSteps: (afterSteps - base) / MB,
    perUndoStepKB: ((afterSteps - afterDerived) / STEPS / 1024),
  },
  keep: preview + diagnostics.length, // keeps both alive until here
};
process.stdout.write(JSON.stringify(out) + '\n');
