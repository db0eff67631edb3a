// createValidator() reuses diagnostics of unchanged parts and gives the same result as validate().

import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../../src/model/types.ts';
import fc from 'fast-check';
import { createValidator, partChecks, validate } from '../../../src/model/validate/validate.ts';
import { mergeReplays } from '../../../src/model/validate/merge.ts';
import { app, apps, asset, cleanDoc, cond, group, key, multivariantOn, setting, simTarget, state, target, variant } from './fixtures.ts';

function bigDoc(n: number): AnswerFile {
  // Every third Target also holds a condition whose name the tool cannot write to the datastore: an error only while
  // a Variant refers to the Target, so its diagnostics depend on the Variants too.
  const targets = Array.from({ length: n }, (_, i) => {
    const t = simTarget(`T${i}`, String(300 + (i % 100)), i % 7 === 0 ? '1' : '26');
    return i % 3 === 0 ? { ...t, states: [state(...t.states[0].conditions, cond('./Vendor/x', '1'))] } : t;
  });
  const variants = Array.from({ length: n }, (_, i) =>
    variant(`V${i}`, [i % 11 === 0 ? `Missing${i}` : `T${i}`], group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', i % 5 === 0 ? '900' : '10'))),
  );
  return cleanDoc({ targets: { targets }, variants });
}

describe('createValidator', () => {
  it('matches validate() on a first run, after edits, and in strict mode', () => {
    const cached = createValidator();
    let doc = bigDoc(200);
    expect(cached(doc, { strict: false })).toEqual(validate(doc, { strict: false }));
    // Edit one variant (a value), one target (its id: breaks the refs to it), and Static.
    const v3 = doc.variants[3];
    doc = {
      ...doc,
      variants: doc.variants.map((v) => (v === v3 ? { ...v, items: [group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', 'x'))] } : v)),
      targets: { targets: doc.targets!.targets.map((t, i) => (i === 4 ? { ...t, id: 'Renamed' } : t)) },
    };
    expect(cached(doc, { strict: false })).toEqual(validate(doc, { strict: false }));
    expect(cached(doc, { strict: true })).toEqual(validate(doc, { strict: true }));
    // A new target that makes a dangling ref resolve, and one that duplicates an id.
    doc = { ...doc, targets: { targets: [...doc.targets!.targets, simTarget('Missing0'), target('T1', state(cond('MCC', '001')))] } };
    expect(cached(doc, { strict: false })).toEqual(validate(doc, { strict: false }));
  });

  it('returns the same diagnostics objects for parts that did not change', () => {
    const cached = createValidator();
    const doc = bigDoc(20);
    const first = cached(doc, { strict: false });
    const edited = { ...doc, owner: '' };
    const second = cached(edited, { strict: false });
    const shared = second.filter((d) => first.includes(d));
    expect(shared.length).toBe(first.length);
  });

  it('returns the previous list itself while an edit changes no diagnostic, and a fresh one when it does', () => {
    const cached = createValidator();
    const doc = bigDoc(30);
    const first = cached(doc, { strict: false });
    // A variant renamed: its part is re-checked but says the same, and the root's diagnostics are the same.
    const v = doc.variants[2];
    const renamed = { ...doc, variants: doc.variants.map((x) => (x === v ? { ...x, name: 'Renamed' } : x)) };
    expect(cached(renamed, { strict: false })).toBe(first);
    // The variant's value out of range: a new list, with the new diagnostic, equal to a full validation.
    const broken = { ...renamed, variants: renamed.variants.map((x, i) => (i === 2 ? { ...x, items: [group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', '900'))] } : x)) };
    const after = cached(broken, { strict: false });
    expect(after).not.toBe(first);
    expect(after).toEqual(validate(broken, { strict: false }));
    expect(after.length).toBe(first.length + 1);
    // A root change alone (Owner emptied) is seen too, though no part changed.
    const noOwner = { ...broken, owner: '' };
    expect(cached(noOwner, { strict: false })).toEqual(validate(noOwner, { strict: false }));
    expect(cached(noOwner, { strict: false }).some((d) => d.code === 'owner-empty')).toBe(true);
    // Strict mode is never served from the non-strict run.
    expect(cached(noOwner, { strict: true })).toEqual(validate(noOwner, { strict: true }));
  });

  it('re-checks only the edited part of a 1000-target/1000-variant document', () => {
    const cached = createValidator();
    const doc = bigDoc(1000);
    const start = partChecks.count;
    cached(doc, { strict: false });
    expect(partChecks.count - start).toBe(2000 + (doc.static ? 1 : 0));
    const v = doc.variants[500];
    const edited = { ...doc, variants: doc.variants.map((x) => (x === v ? { ...x, name: 'Edited' } : x)) };
    const before = partChecks.count;
    expect(cached(edited, { strict: false })).toEqual(validate(edited, { strict: false }));
    expect(partChecks.count - before).toBe(1);
    // A renamed target changes the context: every part's facts are looked at again, but only the parts whose
    // facts changed (the target itself, and the variant that refers to it) are checked again.
    const renamed = { ...edited, targets: { targets: edited.targets!.targets.map((t, i) => (i === 7 ? { ...t, id: 'Other' } : t)) } };
    const mid = partChecks.count;
    expect(cached(renamed, { strict: false })).toEqual(validate(renamed, { strict: false }));
    expect(partChecks.count - mid).toBe(2);
  });

  it('follows a Variant that starts or stops referring to a Target, re-checking that Target only', () => {
    const cached = createValidator();
    const doc = bigDoc(30);
    const severityAt = (d: AnswerFile, i: number) =>
      cached(d, { strict: false }).find((x) => x.code === 'condition-name-not-xml' && x.ref.part.kind === 'target' && x.ref.part.key === d.targets!.targets[i].key)?.severity;
    expect(severityAt(doc, 3)).toBe('error');
    // V3 now refers to a missing Target: T3 is referred to by none, so its name is a warning.
    const v3 = doc.variants[3];
    const away = { ...doc, variants: doc.variants.map((v) => (v === v3 ? { ...v, targetRefs: { refs: [{ key: v.targetRefs!.refs[0].key, id: 'Missing3' }] } } : v)) };
    const before = partChecks.count;
    expect(severityAt(away, 3)).toBe('warning');
    expect(partChecks.count - before).toBe(2); // V3 and T3
    expect(cached(away, { strict: false })).toEqual(validate(away, { strict: false }));
    // Another Variant starts referring to T3: an error again.
    const back = { ...away, variants: [...away.variants, variant('V3b', ['T3'])] };
    expect(severityAt(back, 3)).toBe('error');
    expect(cached(back, { strict: false })).toEqual(validate(back, { strict: false }));
    // A Variant edit that keeps every reference re-checks no Target.
    const mid = partChecks.count;
    const renamed = { ...back, variants: back.variants.map((v, i) => (i === 0 ? { ...v, name: 'Renamed' } : v)) };
    expect(cached(renamed, { strict: false })).toEqual(validate(renamed, { strict: false }));
    expect(partChecks.count - mid).toBe(1);
  });

  it('replays only the merge of the Target whose Variants changed, and keeps the previous list when nothing changed', () => {
    const cached = createValidator();
    const base = bigDoc(1000);
    // Variants 1 and 2 share T1 with the same value; 3 and 4 share T3 with different values.
    const shared = base.variants.map((v, i) => (i === 2 || i === 4 ? { ...v, targetRefs: { refs: [{ key: key<'TargetRef'>(), id: `T${i - 1}` }] } } : v));
    const doc = { ...base, variants: shared.map((v, i) => (i === 4 ? { ...v, items: [group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', '20'))] } : v)) };
    const first = cached(doc, { strict: false });
    expect(first).toEqual(validate(doc, { strict: false }));
    expect(first.filter((d) => d.code === 'variant-setting-repeated')).toHaveLength(1);
    expect(first.filter((d) => d.code === 'variant-setting-conflict')).toHaveLength(1);
    const replays = mergeReplays.count;
    // Variant 4 edited without a visible change (a new object, e.g. a comment added): only T3's merge is replayed;
    // it says the same, so the list is the previous one.
    const renamed = { ...doc, variants: doc.variants.map((v, i) => (i === 4 ? { ...v, before: [{ kind: 'comment' as const, text: 'x' }] } : v)) };
    expect(cached(renamed, { strict: false })).toBe(first);
    expect(mergeReplays.count - replays).toBe(1);
    // An edit elsewhere replays no merge.
    const other = { ...renamed, variants: renamed.variants.map((v, i) => (i === 500 ? { ...v, before: [{ kind: 'comment' as const, text: 'y' }] } : v)) };
    expect(cached(other, { strict: false })).toBe(first);
    expect(mergeReplays.count - replays).toBe(1);
  });

  it('gives what validate() gives after any sequence of edits', () => {
    type Edit =
      | { kind: 'value'; at: number; value: string; name: string }
      | { kind: 'app'; at: number; source: string | undefined }
      | { kind: 'asset'; at: number; source: string; inStatic: boolean }
      | { kind: 'ref'; at: number; id: string }
      | { kind: 'target-id'; at: number; id: string }
      | { kind: 'remove-variant'; at: number }
      | { kind: 'add-variant'; at: number; ref: string }
      | { kind: 'move-variant'; at: number }
      | { kind: 'static'; on: boolean; value: string }
      | { kind: 'owner'; owner: string }
      | { kind: 'strict' };
    const ids = fc.constantFrom('T0', 'T1', 'T2', 'T3', 'Missing0', '');
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: fc.constantFrom('10', '900', 'x', ''), name: fc.constantFrom('LimitRecipients', 'limitrecipients') }),
      fc.record({ kind: fc.constant('app' as const), at: fc.nat(), source: fc.constantFrom(undefined, 'C:\\A\\x.appx', 'C:\\B\\x.appx') }),
      fc.record({ kind: fc.constant('asset' as const), at: fc.nat(), source: fc.constantFrom('C:\\S\\a.wav', 'C:\\T\\a.wav'), inStatic: fc.boolean() }),
      fc.record({ kind: fc.constant('ref' as const), at: fc.nat(), id: ids }),
      fc.record({ kind: fc.constant('target-id' as const), at: fc.nat(), id: ids }),
      fc.record({ kind: fc.constant('remove-variant' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('add-variant' as const), at: fc.nat(), ref: ids }),
      fc.record({ kind: fc.constant('move-variant' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('static' as const), on: fc.boolean(), value: fc.constantFrom('10', '900') }),
      fc.record({ kind: fc.constant('owner' as const), owner: fc.constantFrom('', 'Contoso') }),
      fc.record({ kind: fc.constant('strict' as const) }),
    );
    const apply = (doc: AnswerFile, e: Edit): AnswerFile => {
      const vs = doc.variants;
      const ts = doc.targets?.targets ?? [];
      const at = (n: number) => (n === 0 ? 0 : ('at' in e ? e.at : 0) % n);
      switch (e.kind) {
        case 'value':
          if (vs.length === 0) return doc;
          return { ...doc, variants: vs.map((v, i) => (i === at(vs.length) ? { ...v, items: [group('Messaging/PerSimSettings/$(__ICCID)', setting(e.name, e.value))] } : v)) };
        case 'app':
          if (vs.length === 0) return doc;
          return { ...doc, variants: vs.map((v, i) => (i === at(vs.length) ? { ...v, items: [...v.items, apps(app({ source: e.source }))] } : v)) };
        case 'asset': {
          const g = group('Messaging/PerSimSettings/$(__ICCID)', asset('EtwsSound', e.source));
          if (e.inStatic) return { ...doc, static: { items: [...(doc.static?.items ?? []), g] } };
          if (vs.length === 0) return doc;
          return { ...doc, variants: vs.map((v, i) => (i === at(vs.length) ? { ...v, items: [...v.items, g] } : v)) };
        }
        case 'ref':
          if (vs.length === 0) return doc;
          return { ...doc, variants: vs.map((v, i) => (i === at(vs.length) ? { ...v, targetRefs: { refs: [{ key: v.targetRefs?.refs[0]?.key ?? key(), id: e.id }] } } : v)) };
        case 'target-id':
          if (ts.length === 0) return doc;
          return { ...doc, targets: { targets: ts.map((t, i) => (i === at(ts.length) ? { ...t, id: e.id } : t)) } };
        case 'remove-variant':
          return { ...doc, variants: vs.filter((_v, i) => i !== at(vs.length)) };
        case 'add-variant': {
          const i = at(vs.length + 1);
          return { ...doc, variants: [...vs.slice(0, i), variant(`New${i}`, [e.ref], group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', '5'))), ...vs.slice(i)] };
        }
        case 'move-variant': {
          if (vs.length < 2) return doc;
          const i = at(vs.length - 1);
          return { ...doc, variants: [...vs.slice(0, i), vs[i + 1], vs[i], ...vs.slice(i + 2)] };
        }
        case 'static':
          return e.on ? { ...doc, static: { items: [...multivariantOn(), group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', e.value))] } } : { ...doc, static: undefined };
        case 'owner':
          return { ...doc, owner: e.owner };
        case 'strict':
          return doc;
      }
    };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const cached = createValidator();
        let doc = bigDoc(6);
        let strict = false;
        expect(cached(doc, { strict })).toEqual(validate(doc, { strict }));
        for (const e of edits) {
          if (e.kind === 'strict') strict = !strict;
          doc = apply(doc, e);
          expect(cached(doc, { strict })).toEqual(validate(doc, { strict }));
        }
      }),
      { numRuns: 150 },
    );
  });
});
