import { describe, expect, it } from 'vitest';
import { quickFixFor } from '../../../src/model/validate/quick-fix.ts';
import { validate } from '../../../src/model/validate/validate.ts';
import { lowercaseConditionPrefix } from '../../../src/model/conditions-grammar.ts';
import type { AnswerFile } from '../../../src/model/types.ts';
import type { DiagnosticCode } from '../../../src/model/validate/codes.ts';
import { cleanDoc, cond, group, setting, state, target, withStatic, withVariantItems } from './fixtures.ts';

describe('quickFixFor', () => {
  it('offers to enable Multivariant: at the existing value, or at Static when absent', () => {
    const e = setting('Enable', '0');
    const g = group('Multivariant', e);
    const doc1 = cleanDoc({ static: { items: [g] } });
    const [d1] = validate(doc1, { strict: false }).filter((d) => d.code === 'multivariant-missing');
    expect(quickFixFor(d1, doc1)).toEqual({ kind: 'enable-multivariant', ref: { part: { kind: 'static' }, path: [g.key, e.key], field: 'value' } });
    const doc2 = cleanDoc({ static: undefined });
    const [d2] = validate(doc2, { strict: false }).filter((d) => d.code === 'multivariant-missing');
    expect(quickFixFor(d2, doc2)).toEqual({ kind: 'enable-multivariant', ref: { part: { kind: 'static' }, path: [] } });
  });

  it('offers to lowercase a capitalised prefix, at the condition value', () => {
    const c = cond('UIName', '!Range:310,320');
    const t = target('T1', state(c));
    const doc = cleanDoc({ targets: { targets: [t] } });
    const [d] = validate(doc, { strict: false }).filter((x) => x.code === 'condition-prefix-case');
    const fix = quickFixFor(d, doc);
    expect(fix).toEqual({ kind: 'lowercase-prefix', ref: d.ref });
    // The same fix when the tool reads the capitalised prefix as an invalid plain value.
    expect(quickFixFor({ ...d, code: 'condition-prefix-invalid', severity: 'error' }, doc)).toEqual({ kind: 'lowercase-prefix', ref: d.ref });
    expect(lowercaseConditionPrefix(c.value!)).toBe('!range:310,320');
  });

  it('offers to move a per-SIM group from Static to a Variant', () => {
    const g = group('Messaging/PerSimSettings/$(__ICCID)', setting('RcsEnabled', '1'));
    const doc = withStatic(g);
    const [d] = validate(doc, { strict: false }).filter((x) => x.code === 'per-sim-in-static');
    expect(quickFixFor(d, doc)).toEqual({ kind: 'move-group-to-variant', ref: { part: { kind: 'static' }, path: [g.key], field: 'path' } });
  });

  it('has no fix for diagnostics that need a human decision', () => {
    const doc = cleanDoc({ owner: '' });
    const [d] = validate(doc, { strict: false });
    expect(quickFixFor(d, doc)).toBeUndefined();
  });
});

describe('quickFixFor: fixes computed from the document', () => {
  const first = (doc: AnswerFile, code: DiagnosticCode) => {
    const d = validate(doc, { strict: false }).find((x) => x.code === code);
    expect(d, code).toBeDefined();
    return { d: d!, fix: quickFixFor(d!, doc) };
  };
  const v2 = (doc: AnswerFile) => ({ kind: 'variant', key: doc.variants[1].key }) as const;

  it('moves an ImageTimeOnly group to Static: a new group, or merged into the Static group of its path', () => {
    const g = group('Brightness', setting('Level', '50'));
    const doc = withVariantItems(g);
    expect(first(doc, 'image-time-only-in-variant').fix).toEqual({ kind: 'move-to-static', ref: { part: v2(doc), path: [g.key], field: 'path' }, what: '' });
    const m = withVariantItems(group('multivariant', setting('PersistVariantData', '1')));
    expect(first(m, 'image-time-only-in-variant').fix).toMatchObject({ kind: 'move-to-static', what: '', into: 'Multivariant' });
  });

  it('offers no move when Static already sets one of the settings', () => {
    const doc = withVariantItems(group('Multivariant', setting('Enable', '1')));
    expect(first(doc, 'image-time-only-in-variant').fix).toBeUndefined();
  });

  it('moves an ImageTimeOnly setting of a group that is not ImageTimeOnly on its own', () => {
    const hide = setting('AutoHide', '1');
    const doc = withVariantItems(group('Shell/NavigationBar', hide, setting('Color', '0xFF000000')));
    // The tool does not flag the group; the docs call the setting image-time only: advice, with the same move.
    const { d, fix } = first(doc, 'image-time-only-setting-in-variant');
    expect(d.ref.path[1]).toBe(hide.key);
    expect(fix).toEqual({ kind: 'move-to-static', ref: d.ref, what: 'AutoHide' });
  });

  it('names the missing members of an Atomic group', () => {
    const doc = withStatic(group('EaseOfAccessCPL/TTY', setting('Mode', '1')));
    expect(first(doc, 'atomic-incomplete').fix).toMatchObject({ kind: 'add-atomic-members', names: 'CompactMode, ShowInControlPanel' });
  });

  it('suggests the catalog path or name a misspelt one stands for', () => {
    const p = withStatic(group('Messaging/GlobalSetings', setting('DisplayCmasLifo', '1')));
    expect(first(p, 'path-unknown').fix).toMatchObject({ kind: 'rename', to: 'Messaging/GlobalSettings' });
    const n = withStatic(group('Messaging/GlobalSettings', setting('DisplayCmasLifp', '1')));
    expect(first(n, 'setting-name-unknown').fix).toMatchObject({ kind: 'rename', to: 'DisplayCmasLifo' });
    const far = withStatic(group('Contoso/Private', setting('X', '1')));
    expect(first(far, 'path-unknown').fix).toBeUndefined();
  });

  it('gives equal fixes for one diagnostic in one document (a fix button re-renders only on a change)', () => {
    const doc = withStatic(group('Messaging/GlobalSetings', setting('DisplayCmasLifo', '1')));
    const d = validate(doc, { strict: false }).find((x) => x.code === 'path-unknown')!;
    const a = quickFixFor(d, doc)!;
    const b = quickFixFor(d, doc)!;
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const k of Object.keys(a) as (keyof typeof a)[]) expect(Object.is(a[k], b[k]), k).toBe(true);
  });
});
