import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateById, type DocumentTemplate } from '../../src/model/templates/templates.ts';
import { counterKeys } from '../../src/model/ids.ts';
import { validate } from '../../src/model/validate/validate.ts';
import type { AnswerFile, VariantItem } from '../../src/model/types.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { fromXml } from '../../src/xml/parse.ts';

/** The template's document with every value it leaves to the user filled with the template's example. */
function filled(t: DocumentTemplate): AnswerFile {
  const example = (kind: string, name: string | undefined) => t.fill.find((f) => f.kind === kind && f.name === name)?.example;
  const doc = t.create(counterKeys());
  const items = (list: readonly VariantItem[]) =>
    list.map((item) =>
      item.kind !== 'settings'
        ? item
        : { ...item, entries: item.entries.map((e) => (e.kind === 'setting' && e.value === '' ? { ...e, value: example('setting', e.name) ?? '' } : e)) },
    );
  return {
    ...doc,
    owner: example('owner', 'Owner') ?? doc.owner,
    targets: doc.targets && {
      targets: doc.targets.targets.map((target) => ({
        ...target,
        states: target.states.map((s) => ({ ...s, conditions: s.conditions.map((c) => (c.value === '' ? { ...c, value: example('condition', c.name) ?? '' } : c)) })),
      })),
    },
    variants: doc.variants.map((v) => ({ ...v, items: items(v.items) })),
  };
}

const errorsOf = (doc: AnswerFile, strict = false) => validate(doc, { strict }).filter((d) => d.severity === 'error');

describe('document templates', () => {
  it('offer the founding scenario, an empty document and at least four more, with unique ids', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(ids.slice(0, 2)).toEqual(['founding', 'empty']);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ids).size).toBe(ids.length);
    expect(templateById('mms-limits')?.label).toBe('MMS limits');
    expect(templateById('nope')).toBeUndefined();
  });

  for (const t of TEMPLATES.filter((x) => x.id !== 'empty')) {
    describe(t.label, () => {
      it('asks for the user’s values: each error before filling is about one of them', () => {
        const errors = errorsOf(t.create(counterKeys()));
        expect(errors.length).toBeGreaterThan(0);
        const names = t.fill.map((f) => f.name);
        for (const e of errors) expect(names.some((n) => e.message.includes(n)), e.message).toBe(true);
      });

      it('validates with no error and no warning once the values are filled, strict mode included', () => {
        const doc = filled(t);
        expect(validate(doc, { strict: false })).toEqual([]);
        expect(errorsOf(doc, true)).toEqual([]);
      });

      it('round-trips through toXml and fromXml', () => {
        const xml = toXml(filled(t));
        const back = fromXml(xml);
        expect(back.ok).toBe(true);
        if (back.ok) expect(toXml(back.doc)).toBe(xml);
      });

      it('keeps its settings in a Variant on per-SIM paths (a per-operator job)', () => {
        const paths = t.create(counterKeys()).variants.flatMap((v) => v.items.flatMap((i) => (i.kind === 'settings' ? [i.path] : [])));
        expect(paths.length).toBeGreaterThan(0);
      });
    });
  }

  it('the empty document has no parts', () => {
    const doc = templateById('empty')!.create(counterKeys());
    expect(doc.variants).toEqual([]);
    expect(doc.targets).toBeUndefined();
  });
});
