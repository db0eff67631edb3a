// Every curated entry's value type accepts its default and allowed values, rejects an obviously bad one (as the
// imaging tool would), and advises against values the documentation rules out but the tool accepts.

import { describe, expect, it } from 'vitest';
import { CATALOG_SETTINGS } from '../../../src/model/catalog/catalog.ts';
import type { CatalogValueType } from '../../../src/model/catalog/types.ts';
import { checkSettingValue } from '../../../src/model/setting-value.ts';

function samples(t: CatalogValueType): { good: string[]; bad: string[]; advised?: string[] } {
  switch (t.kind) {
    case 'boolean':
      return { good: [...t.spellings, '0x1', ' 1'], bad: ['maybe', '2', 'TRUE'] };
    case 'enum':
      return {
        good: [...t.options.map((o) => o.value), ...(t.range ? [String(t.range.min), String(t.range.max)] : [])],
        bad: ['not-an-option'],
        // Documentation labels are friendly names only in a policy built from the docs.
        advised: t.options.filter((o) => o.label !== o.value).map((o) => o.label),
      };
    case 'integer': {
      const good = [String(t.min ?? 0), `0x${(t.min ?? 0).toString(16)}`];
      if (t.max !== undefined) good.push(String(t.max));
      const bad = ['abc', '12abc', '2147483648'];
      if (t.max !== undefined) bad.push(String(t.max + 1));
      if (t.min !== undefined) bad.push(String(t.min - 1));
      return { good, bad };
    }
    case 'multistring': {
      const item = t.itemType === 'port' ? '4100' : 'x'.repeat(t.itemMinLength ?? 4);
      // REG_MULTI_SZ is a string to the tool: the item rules are the documentation's.
      const advised: string[] = [];
      if (t.itemType === 'port') advised.push('4100;abc', '70000');
      if (t.itemMinLength !== undefined) advised.push(`${item};ab`);
      if (t.itemMaxLength !== undefined) advised.push('y'.repeat(t.itemMaxLength + 1));
      if (t.forbidden) advised.push(`${item};${t.forbidden[0]}`);
      return { good: [item, `${item};${item}`], bad: [], advised };
    }
    case 'string': {
      if (t.fixed) return { good: [...t.fixed], bad: [], advised: ['something else'] };
      if (t.format === 'iso-region') return { good: ['US', 'fi'], bad: [], advised: ['USA', '1'] };
      if (t.format === 'absolute-path') return { good: ['C:\\Layouts\\Start.xml', '$(ROOT)\\Start.xml'], bad: [], advised: ['Start.xml'] };
      const good = ['x'.repeat(t.minLength ?? 3)];
      const bad: string[] = [];
      if (t.minLength !== undefined) bad.push('x'.repeat(t.minLength - 1));
      if (t.maxLength !== undefined) bad.push('x'.repeat(t.maxLength + 1));
      return { good, bad };
    }
    case 'asset-ref':
    case 'unknown':
      return { good: ['anything'], bad: [] };
  }
}

const curated = CATALOG_SETTINGS.filter((s) => s.curated);

describe('curated value types', () => {
  it.each(curated.map((s) => [`${s.path} ${s.name}`, s] as const))('%s', (_label, s) => {
    const { good, bad, advised = [] } = samples(s.valueType);
    if (s.default !== undefined) good.push(s.default);
    for (const v of good) expect(checkSettingValue(s, v), `accepts "${v}"`).toEqual({ ok: true });
    for (const v of bad) {
      const r = checkSettingValue(s, v);
      expect(r.ok, `rejects "${v}"`).toBe(false);
      if (!r.ok) expect(r.message).toContain(s.name);
    }
    for (const v of advised) {
      const r = checkSettingValue(s, v);
      expect(r.ok && r.advice, `advises against "${v}"`).toContain(s.name);
    }
  });

  it('has a rejectable value for nearly every typed curated entry', () => {
    // Strings and lists are strings to the tool (only lengths count), and asset refs and untyped entries take
    // anything; everything else has a value the tool refuses.
    const untestable = curated.filter((s) => samples(s.valueType).bad.length === 0);
    expect(untestable.every((s) => ['string', 'multistring', 'asset-ref', 'unknown'].includes(s.valueType.kind))).toBe(true);
  });
});
