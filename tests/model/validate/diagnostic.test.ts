// Diagnostic messages stay short whatever the document holds: a 10 MB value once made a 10 MB message, which the
// problems panel then rendered.

import { describe, expect, it } from 'vitest';
import { boundedMessage, diag, MESSAGE_MAX } from '../../../src/model/validate/diagnostic.ts';
import { validate } from '../../../src/model/validate/validate.ts';
import { fromXml } from '../../../src/xml/parse.ts';

describe('boundedMessage', () => {
  it('leaves a message of ordinary length as it is', () => {
    const m = `Owner "${'x'.repeat(200)}" is too long: use at most 64 characters.`;
    expect(boundedMessage(m)).toBe(m);
  });

  it('cuts a long quoted value to its start and end and says how long it was', () => {
    const value = `BEGIN${'A'.repeat(1_000_000)}END`;
    const m = boundedMessage(`Asset Source "${value}" holds "|", which Windows paths cannot contain: remove it.`);
    expect(m.length).toBeLessThanOrEqual(MESSAGE_MAX);
    expect(m).toContain('"BEGINAAA');
    expect(m).toContain('AAEND" (1,000,008 characters)');
    expect(m.endsWith('which Windows paths cannot contain: remove it.')).toBe(true);
  });

  it('cuts a long message without quotes in the middle, keeping both ends', () => {
    const m = boundedMessage(`Start ${'word '.repeat(100_000)} end.`);
    expect(m.length).toBeLessThanOrEqual(MESSAGE_MAX + 3);
    expect(m.startsWith('Start word')).toBe(true);
    expect(m.endsWith('word  end.')).toBe(true);
  });

  it('is applied to every diagnostic', () => {
    expect(diag('owner-invalid', `Owner "${'O'.repeat(50_000)}" is not valid.`, { part: { kind: 'document' }, path: [], field: 'owner' }).message.length).toBeLessThanOrEqual(MESSAGE_MAX);
  });

  it('keeps every message of a document with a path of 900,000 characters short', () => {
    const source = `C:\\${'a'.repeat(900_000)}|.xml`;
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="N" Description="D" Owner="O" OwnerType="OEM">
  <Static><Applications><Application Source="${source}" /></Applications></Static>
</ImageCustomizations>`;
    const r = fromXml(xml);
    if (!r.ok) throw new Error(r.error.message);
    const ds = validate(r.doc, { strict: false });
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) expect(d.message.length).toBeLessThanOrEqual(MESSAGE_MAX + 3);
  });
});
