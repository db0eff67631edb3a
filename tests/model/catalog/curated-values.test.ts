// Every curated entry's value type accepts its default and allowed values and rejects an obviously bad one.

import { describe, expect, it } from 'vitest';
import { CATALOG_SETTINGS } from '../../../src/model/catalog/catalog.ts';
import type { CatalogValueType } from '../../../src/model/catalog/types.ts';
import { checkSettingValue } from '../../../src/model/setting-value.ts';

function samples(t: CatalogValueType): { good: string[]; bad: string[] } {
  switch (t.kind) {
    case 'boolean':
      return { good: [...t.spellings, '0x1'], bad: ['maybe', '2'] };
    case 'enum':
      return {
        good: [...t.options.map((o) => o.value), ...t.options.map((o) => o.label), ...(t.range ? [String(t.range.min), String(t.range.max)] : [])],
        bad: ['not-an-option'],
      };
    case 'integer': {
      const good = [String(t.min ?? 0), `0x${(t.min ?? 0).toString(16)}`];
      if (t.max !== undefined) good.push(String(t.max));
      const bad = ['abc', '12abc'];
      if (t.max !== undefined) bad.push(String(t.max + 1));
      if (t.min !== undefined) bad.push(String(t.min - 1));
      return { good, bad };
    }
    case 'multistring': {
      const item = t.itemType === 'port' ? '4100' : 'x'.repeat(t.itemMinLength ?? 4);
      const bad: string[] = [];
      if (t.itemType === 'port') bad.push('4100;abc', '70000');
      if (t.itemMinLength !== undefined) bad.push(`${item};ab`);
      if (t.itemMaxLength !== undefined) bad.push('y'.repeat(t.itemMaxLength + 1));
      if (t.forbidden) bad.push(`${item};${t.forbidden[0]}`);
      return { good: [item, `${item};${item}`], bad };
    }
    case 'string': {
      if (t.fixed) return { good: [...t.fixed], bad: ['something else'] };
      if (t.format === 'iso-region') return { good: ['US', 'fi'], bad: ['USA', '1'] };
      if (t.format === 'absolute-path') return { good: ['C:\\Layouts\\Start.xml', '$(ROOT)\\Start.xml'], bad: ['Start.xml'] };
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
    const { good, bad } = samples(s.valueType);
    if (s.default !== undefined) good.push(s.default);
    for (const v of good) expect(checkSettingValue(s, v), `accepts "${v}"`).toEqual({ ok: true });
    for (const v of bad) {
      const r = checkSettingValue(s, v);
      expect(r.ok, `rejects "${v}"`).toBe(false);
      if (!r.ok) expect(r.message).toContain(s.name);
    }
  });

  it('has a rejectable value for nearly every typed curated entry', () => {
    // Free strings (URLs, names) and asset refs have no obviously bad value; everything else must.
    const untestable = curated.filter((s) => samples(s.valueType).bad.length === 0);
    expect(untestable.every((s) => s.valueType.kind === 'string' || (s.valueType.kind === 'multistring' && s.name === 'SIProtocols') || s.valueType.kind === 'asset-ref' || s.valueType.kind === 'unknown')).toBe(true);
  });
});
