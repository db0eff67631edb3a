// The round-trip guarantee (docs/format.md §11.3): import -> export -> import gives the same document, and
// exporting an unedited import gives the input back in canonical form (same elements, attributes, comments
// and order; only indentation may differ).

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import type { AnswerFile } from '../../src/model/types.ts';
import { stripKeys } from '../support/strip-keys.ts';
import { arbAnswerFile } from '../support/arbitrary-doc.ts';

const dir = new URL('../fixtures/import/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.xml'));
const defects = ['nested-comments.xml', 'nbsp.xml', 'broken-comment-open.xml', 'leading-space.xml'];

function importOk(text: string): AnswerFile {
  const r = fromXml(text);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.doc;
}

/**
 * A canonical event list of an XML text, independent of indentation: elements with sorted attributes,
 * comments, PIs, CDATA, and text trimmed of XML white space (white-space-only text dropped).
 */
function canonicalEvents(text: string): string[] {
  const out: string[] = [];
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (t) => {
    const attrs = Object.entries(t.attributes).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    out.push(`<${t.name} ${attrs.join(' ')}>`);
  });
  p.on('closetag', (t) => out.push(`</${t.name}>`));
  p.on('comment', (c) => out.push(`<!--${c}-->`));
  p.on('processinginstruction', (pi) => out.push(`<?${pi.target} ${pi.body}?>`));
  p.on('cdata', (c) => out.push(`CDATA ${JSON.stringify(c)}`));
  p.on('text', (t) => {
    const s = t.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (s) out.push(`TEXT ${JSON.stringify(s)}`);
  });
  p.write(text.replace(/^\ufeff/, '')).close();
  return out;
}

const comments = (events: string[]) => events.filter((e) => e.startsWith('<!--'));

describe('round trip of the fixtures', () => {
  const inputs: [string, string][] = [
    ...fixtures.map((f): [string, string] => [f, readFileSync(new URL(f, dir), 'utf8')]),
    // the defect fixtures, once their repair is accepted
    ...defects.map((f): [string, string] => {
      const r = fromXml(readFileSync(new URL(`defects/${f}`, dir), 'utf8'));
      return [`defects/${f} (repaired)`, r.ok ? '' : (r.error.repair?.text ?? '')];
    }),
  ];

  it.each(inputs)('%s: import -> export -> import gives an equal document', (_name, text) => {
    const doc = importOk(text);
    const out = toXml(doc);
    expect(stripKeys(importOk(out))).toEqual(stripKeys(doc));
    expect(toXml(importOk(out))).toBe(out); // and the export is stable
  });

  it.each(inputs)('%s: the export is the input in canonical form', (_name, text) => {
    const out = toXml(importOk(text));
    const before = canonicalEvents(text);
    const after = canonicalEvents(out);
    expect(after).toEqual(before);
    expect(comments(after)).toEqual(comments(before));
  });

  it('the canonical comparison does see a lost comment or a reordered element', () => {
    const text = readFileSync(new URL('full-answer-file.xml', dir), 'utf8');
    expect(canonicalEvents(text.replace('<!-- between imports -->', ''))).not.toEqual(canonicalEvents(text));
    const doc = importOk(text);
    const swapped = { ...doc, variants: [...doc.variants].reverse() };
    expect(canonicalEvents(toXml(swapped))).not.toEqual(canonicalEvents(text));
  });
});

describe('round trip of generated documents', () => {
  it('toXml -> fromXml gives the document back (modulo keys)', () => {
    fc.assert(
      fc.property(arbAnswerFile, (doc) => {
        const r = fromXml(toXml(doc));
        if (!r.ok) throw new Error(`${r.error.message}\n${toXml(doc)}`);
        expect(stripKeys(r.doc)).toEqual(stripKeys(doc));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
