// Issue 21, "an opened file keeps its bytes": every fixture the parser accepts, opened and written without an
// edit, equals its input byte for byte (files in another encoding: their text, as UTF-8, with the declaration
// saying UTF-8).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeXmlFile } from '../../../src/xml/decode.ts';
import { fromXml } from '../../../src/xml/parse.ts';
import { toXml } from '../../../src/xml/serialize.ts';
import { layoutText } from '../../../src/xml/layout/layout-text.ts';
import { layoutUsable } from '../../../src/xml/layout/layout.ts';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function* xmlFiles(dir: string): Generator<string> {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* xmlFiles(p);
    else if (f.endsWith('.xml')) yield p;
  }
}

const files = [...xmlFiles(root)];

describe('an unedited document is written back as it was read', () => {
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  let accepted = 0;
  for (const file of files) {
    const name = file.slice(root.length);
    const bytes = new Uint8Array(readFileSync(file));
    const decoded = decodeXmlFile(bytes);
    if (!decoded.ok) continue;
    const parsed = fromXml(decoded.text);
    if (!parsed.ok) continue;
    accepted++;
    it(name, () => {
      const text = layoutText(decoded);
      const layout = { text, doc: parsed.doc };
      expect(layoutUsable(layout, true)).toBe(true);
      const out = toXml(parsed.doc, layout);
      if (decoded.encoding === 'utf-8') expect(Buffer.from(out, 'utf8').equals(Buffer.from(bytes))).toBe(true);
      else {
        // Re-encoded as UTF-8: the same text, its declaration (if it names an encoding) naming UTF-8.
        expect(out).toBe(text);
        expect(out.slice(0, 200)).not.toMatch(/^<\?xml[^>]*encoding=["'](?!UTF-8)/);
      }
    });
  }

  it('covers most fixtures (the rest are refused on purpose)', () => {
    expect(accepted).toBeGreaterThan(100);
  });
});
