// The import worker parses in chunks (for progress) and sends the document in batches; neither may change
// the document that arrives.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterKeys } from '../../src/model/ids.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { BATCH, DocAssembler, docMessages, PartBatcher, type ParseMessage } from '../../src/xml/parse-transfer.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { arbDocument } from './serialize-docgen.ts';

function bigText(variants: number): string {
  const v = (i: number) =>
    `  <Variant Name="V${i} 😀">\r\n    <TargetRefs><TargetRef Id="T${i}" /></TargetRefs>\r\n    <!-- ${'日😀'.repeat(i % 7)} -->\r\n` +
    `    <Settings Path="Messaging/PerSimSettings/$(__ICCID)"><Setting Name="MMSC${i}" Value="a &amp; b ${i}" /></Settings>\r\n  </Variant>`;
  const targets = Array.from({ length: 300 }, (_, i) => `    <Target Id="T${i}"><TargetState><Condition Name="MCC" Value="${i}" /></TargetState></Target>`).join('\r\n');
  return (
    '<?xml version="1.0" encoding="utf-8"?>\r\n<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="Big" Owner="Me" OwnerType="OEM">\r\n' +
    `  <Targets>\r\n${targets}\r\n  </Targets>\r\n` +
    Array.from({ length: variants }, (_, i) => v(i)).join('\r\n') +
    '\r\n</ImageCustomizations>\r\n'
  );
}

describe('parsing in chunks with progress', () => {
  it('gives the same document as one write, and progress up to the whole text', () => {
    const text = bigText(6000);
    expect(text.length).toBeGreaterThan(3 * 256 * 1024);
    const whole = fromXml(text, { keys: counterKeys('p') });
    const seen: number[] = [];
    const chunked = fromXml(text, { keys: counterKeys('p'), onProgress: (done, total) => seen.push(done / total) });
    expect(whole.ok).toBe(true);
    expect(chunked).toEqual(whole);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('reports the same errors, at the same place', () => {
    const text = bigText(2000).replace('<Setting Name="MMSC1500"', '<Setting Name="MMSC1500" Name="again"');
    const whole = fromXml(text);
    expect(whole.ok).toBe(false);
    expect(fromXml(text, { onProgress: () => {} })).toEqual(whole);
  });
});

describe('sending a document in batches', () => {
  it('puts it back together unchanged', () => {
    const parsed = fromXml(bigText(BATCH * 2 + 17), { keys: counterKeys('w1_') });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const messages = [...docMessages(parsed.doc, parsed.report)];
    expect(messages.filter((m) => m.type === 'variants')).toHaveLength(3);
    const a = new DocAssembler();
    for (const m of messages) a.add(structuredClone(m));
    expect(a.result()).toEqual(parsed.doc);
    expect(toXml(a.result()!)).toBe(toXml(parsed.doc));
  });

  it('sends every part before any XML: the page can open the document while the texts are still coming', () => {
    const parsed = fromXml(bigText(BATCH + 3), { keys: counterKeys('w2_') });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const types = [...docMessages(parsed.doc, parsed.report, true)].map((m) => m.type);
    const at = types.indexOf('parsed');
    expect(types.slice(0, at)).not.toContain('texts');
    expect(types.slice(at + 1, -1).every((t) => t === 'texts')).toBe(true);
    expect(types[types.length - 1]).toBe('done');
    const a = new DocAssembler();
    const messages = [...docMessages(parsed.doc, parsed.report, true)];
    for (const m of messages.slice(0, at + 1)) a.add(structuredClone(m));
    expect(a.result()).toEqual(parsed.doc);
    expect(a.primed).toBe(false);
    for (const m of messages.slice(at + 1)) a.add(structuredClone(m));
    expect(a.primed).toBe(true);
  });

  it('streams targets and variants as they are parsed, in order, and the rest after: the same document', () => {
    const sent: ParseMessage[] = [];
    let partsWhenDone = -1;
    const batcher = new PartBatcher((m) => sent.push(structuredClone(m)));
    const parsed = fromXml(bigText(BATCH * 2 + 17), { keys: counterKeys('w3_'), onPart: batcher.part, onProgress: () => (partsWhenDone = sent.length) });
    if (!parsed.ok) throw new Error(parsed.error.message);
    // Batches went out before the parse ended (the last progress report comes at the end of the text).
    expect(sent.filter((m) => m.type === 'targets' || m.type === 'variants').length).toBeGreaterThan(0);
    expect(partsWhenDone).toBeGreaterThan(0);
    batcher.flush();
    for (const m of docMessages(parsed.doc, parsed.report, true, true)) sent.push(structuredClone(m));
    expect(sent.filter((m) => m.type === 'variants').map((m) => (m.type === 'variants' ? m.items.length : 0))).toEqual([BATCH, BATCH, 17]);
    const a = new DocAssembler();
    for (const m of sent) a.add(m);
    expect(a.result()).toEqual(parsed.doc);
    expect(a.primed).toBe(true);
  });

  it('round-trips any document', () => {
    fc.assert(
      fc.property(arbDocument, (doc) => {
        const a = new DocAssembler();
        for (const m of docMessages(doc, [])) a.add(m);
        expect(toXml(a.result()!)).toBe(toXml(doc));
      }),
      { numRuns: 100 },
    );
  });
});
