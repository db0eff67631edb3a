// Each quick fix, applied to a document that has its diagnostic, removes that diagnostic and nothing else.

import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/model/types.ts';
import { counterKeys } from '../../src/model/ids.ts';
import { validate } from '../../src/model/validate/validate.ts';
import { quickFixFor } from '../../src/model/validate/quick-fix.ts';
import type { DiagnosticCode } from '../../src/model/validate/codes.ts';
import { applyFix } from '../../src/store/quick-fixes.ts';
import { cleanDoc, cond, group, setting, simTarget, state, target, withStatic } from '../model/validate/fixtures.ts';

const codes = (doc: AnswerFile) => validate(doc, { strict: false }).map((d) => d.code);

function fixOnce(doc: AnswerFile, code: DiagnosticCode, variant?: AnswerFile['variants'][number]['key']): AnswerFile {
  const d = validate(doc, { strict: false }).find((x) => x.code === code);
  expect(d, `the document has ${code}`).toBeDefined();
  const fix = quickFixFor(d!);
  expect(fix).toBeDefined();
  const fixed = applyFix(doc, fix!, counterKeys('fix'), variant);
  expect(fixed).not.toBe(doc);
  return fixed;
}

describe('applyFix', () => {
  it('adds Multivariant/Enable=1 at the top of Static when the group is missing', () => {
    const doc = cleanDoc({ static: { items: [group('AutoDataConfig', setting('Enable', '0'))] } });
    const fixed = fixOnce(doc, 'multivariant-missing');
    expect(codes(fixed)).not.toContain('multivariant-missing');
    const first = fixed.static!.items[0];
    expect(first).toMatchObject({ kind: 'settings', path: 'Multivariant', entries: [{ kind: 'setting', name: 'Enable', value: '1' }] });
    expect(fixed.static!.items[1]).toBe(doc.static!.items[0]);
  });

  it('sets an existing Multivariant/Enable=0 to 1', () => {
    const doc = cleanDoc({ static: { items: [group('Multivariant', setting('Enable', '0'))] } });
    const fixed = fixOnce(doc, 'multivariant-missing');
    expect(codes(fixed)).not.toContain('multivariant-missing');
    expect(fixed.static!.items).toHaveLength(1);
    expect(fixed.static!.items[0]).toMatchObject({ entries: [{ name: 'Enable', value: '1' }] });
  });

  it('sets AutoDataConfig/Enable to 0 when both are on', () => {
    const doc = cleanDoc({ static: { items: [group('Multivariant', setting('Enable', '1')), group('AutoDataConfig', setting('Enable', '1'))] } });
    const fixed = fixOnce(doc, 'multivariant-and-adc');
    expect(codes(fixed)).not.toContain('multivariant-and-adc');
    expect(fixed.static!.items[1]).toMatchObject({ path: 'AutoDataConfig', entries: [{ value: '0' }] });
    expect(fixed.static!.items[0]).toBe(doc.static!.items[0]);
  });

  it('lowercases a capitalised prefix and keeps the rest of the value', () => {
    const doc = cleanDoc({ targets: { targets: [simTarget('T1'), target('T2', state(cond('MCC', '!Range:310,320')))] } });
    const fixed = fixOnce(doc, 'condition-prefix-case');
    expect(codes(fixed)).not.toContain('condition-prefix-case');
    expect(fixed.targets!.targets[1].states[0].conditions[0].value).toBe('!range:310,320');
    expect(fixed.targets!.targets[0]).toBe(doc.targets!.targets[0]);
  });

  it('moves a per-SIM group from Static to the chosen variant, and does nothing without one', () => {
    const perSim = group('Messaging/PerSimSettings/$(__ICCID)', setting('SMStoSMTPShortCode', '12345'));
    const doc = withStatic(perSim);
    const v = doc.variants[0].key;
    const fixed = fixOnce(doc, 'per-sim-in-static', v);
    expect(codes(fixed)).not.toContain('per-sim-in-static');
    expect(fixed.static!.items).not.toContain(perSim);
    expect(fixed.variants[0].items.at(-1)).toBe(perSim);

    const d = validate(doc, { strict: false }).find((x) => x.code === 'per-sim-in-static')!;
    expect(applyFix(doc, quickFixFor(d)!, counterKeys())).toBe(doc);
  });
});
