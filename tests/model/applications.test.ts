import { describe, expect, it } from 'vitest';
import { findItem, ownerItems } from '../../src/model/answer-file.ts';
import {
  addApplication,
  addApplicationsBlock,
  moveApplication,
  removeApplication,
  updateApplication,
} from '../../src/model/applications.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { asKey, counterKeys, type ApplicationKey, type GroupKey } from '../../src/model/ids.ts';
import type { AnswerFile, ApplicationsBlock, ItemOwner } from '../../src/model/types.ts';

const STATIC: ItemOwner = { kind: 'static' };
const VAR: ItemOwner = { kind: 'variant', key: asKey('k10') };
const B = asKey<'Group'>('b');
const ak = (s: string): ApplicationKey => asKey<'Application'>(s);
const block = (doc: AnswerFile, owner: ItemOwner, key: GroupKey = B) => findItem(doc, owner, key) as ApplicationsBlock;
const appKeys = (doc: AnswerFile, owner: ItemOwner) => block(doc, owner).apps.map((a) => a.key);

/** Founding doc + an Applications block 'b' in Static (app n1) and in the Variant (app m1). */
function fixture(): AnswerFile {
  let doc = createFoundingDocument(counterKeys('k'));
  doc = addApplicationsBlock(doc, STATIC, B, counterKeys('n'));
  return addApplicationsBlock(doc, VAR, B, counterKeys('m'));
}

describe('applications', () => {
  it('a Static block starts with an app that has Source; a Variant one without', () => {
    const doc = fixture();
    expect(block(doc, STATIC)).toStrictEqual({ kind: 'applications', key: 'b', apps: [{ key: 'n1', source: '', license: '', provXml: '' }] });
    expect(block(doc, VAR)).toStrictEqual({ kind: 'applications', key: 'b', apps: [{ key: 'm1', license: '', provXml: '' }] });
  });

  it('addApplicationsBlock inserts at the index and keeps siblings', () => {
    const doc = createFoundingDocument(counterKeys('k'));
    const next = addApplicationsBlock(doc, STATIC, B, counterKeys('n'), 1);
    expect(ownerItems(next, STATIC).map((i) => i.key)).toEqual(['k6', 'b', 'k8']);
    expect(ownerItems(next, STATIC)[0]).toBe(ownerItems(doc, STATIC)[0]);
    expect(next.variants).toBe(doc.variants);
  });

  it('addApplication follows the owner and the index', () => {
    const doc = fixture();
    const s = addApplication(doc, STATIC, B, ak('a'), 0);
    expect(block(s, STATIC).apps[0]).toStrictEqual({ key: 'a', source: '', license: '', provXml: '' });
    expect(block(s, STATIC).apps[1]).toBe(block(doc, STATIC).apps[0]);
    expect(s.variants).toBe(doc.variants);
    const v = addApplication(doc, VAR, B, ak('a'));
    expect(block(v, VAR).apps[1]).toStrictEqual({ key: 'a', license: '', provXml: '' });
    expect(addApplication(doc, STATIC, asKey('k6'), ak('a'))).toBe(doc);
  });

  it('updateApplication stores fields verbatim, removes undefined ones, ignores others', () => {
    const doc = fixture();
    const next = updateApplication(doc, VAR, B, ak('m1'), { provXml: 'C:\\MPAP_x_1.provxml', targetPartition: 'Data', license: undefined });
    expect(block(next, VAR).apps[0]).toStrictEqual({ key: 'm1', provXml: 'C:\\MPAP_x_1.provxml', targetPartition: 'Data' });
    expect(next.static).toBe(doc.static);
    expect(updateApplication(doc, VAR, B, ak('m1'), { license: '' })).toBe(doc);
    const stray = { key: 'zz' } as unknown as { license: string };
    expect(updateApplication(doc, VAR, B, ak('m1'), stray)).toBe(doc);
    expect(updateApplication(doc, VAR, B, ak('nope'), { license: 'x' })).toBe(doc);
  });

  it('removeApplication and moveApplication (clamped)', () => {
    let doc = fixture();
    doc = addApplication(doc, STATIC, B, ak('a2'));
    doc = addApplication(doc, STATIC, B, ak('a3'));
    expect(appKeys(removeApplication(doc, STATIC, B, ak('a2')), STATIC)).toEqual(['n1', 'a3']);
    expect(removeApplication(doc, STATIC, B, ak('nope'))).toBe(doc);
    expect(appKeys(moveApplication(doc, STATIC, B, ak('a3'), -7), STATIC)).toEqual(['a3', 'n1', 'a2']);
    expect(appKeys(moveApplication(doc, STATIC, B, ak('n1'), 70), STATIC)).toEqual(['a2', 'a3', 'n1']);
    expect(moveApplication(doc, STATIC, B, ak('a3'), 70)).toBe(doc);
  });
});
