// Regression: xmlbuilder2's writer escapes only an `&` that does not already start an entity reference, so a
// value holding the characters `&lt;` was written as a reference (read back as `<`) and `&A;` as an undefined
// entity (a file no tool could read). Every `&` in a value or text must be written as `&amp;`.

import { describe, expect, it } from 'vitest';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml, toXmlUncached } from '../../src/xml/serialize.ts';
import type { Setting, SettingsGroup } from '../../src/model/types.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const fileWith = (attr: string, text: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="${NS}" OwnerType="OEM">\n  <Static>\n    <Settings Path="p">\n      <Setting Name="${attr}" Value="v" />\n      <x:Note xmlns:x="urn:x">${text}</x:Note>\n    </Settings>\n  </Static>\n</ImageCustomizations>\n`;

describe('toXml: ampersands', () => {
  for (const value of ['&lt;', '&A;x', '&amp;', '&#x41;', 'a&b', '&']) {
    it(`keeps ${JSON.stringify(value)} in an attribute and in kept text`, () => {
      const escaped = value.replace(/&/g, '&amp;');
      const r = fromXml(fileWith(escaped, escaped));
      if (!r.ok) throw new Error(r.error.message);
      const setting = (r.doc.static?.items[0] as SettingsGroup).entries[0] as Setting;
      expect(setting.name).toBe(value);
      const text = toXml(r.doc);
      expect(toXmlUncached(r.doc)).toBe(text);
      expect(text).toContain(`<Setting Name="${escaped}" Value="v" />`);
      expect(text).toContain(`>${escaped}</x:Note>`);
      const again = fromXml(text);
      if (!again.ok) throw new Error(again.error.message);
      expect(toXml(again.doc)).toBe(text);
    });
  }
});
