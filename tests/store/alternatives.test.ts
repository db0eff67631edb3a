import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../../src/store/editor-store.ts';
import { EMPTY_HISTORY } from '../../src/store/history.ts';
import { alternatives, offeredAlternatives } from '../../src/store/alternatives.ts';
import { commentSignature } from '../../src/model/alternatives.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { counterKeys } from '../../src/model/ids.ts';

const FIXTURE = readFileSync(new URL('../../e2e/fixtures/commented-variant.xml', import.meta.url), 'utf8');
const ROOT = { kind: 'root' } as const;

beforeEach(() => {
  const r = fromXml(FIXTURE, { keys: counterKeys('f') });
  if (!r.ok) throw new Error(r.error.message);
  useEditor.getState().load({ doc: r.doc, selection: { kind: 'document' }, history: EMPTY_HISTORY });
});

describe('alternatives in the editor store', () => {
  it('offers only the comment that holds a Variant, titled by its prose', () => {
    const offered = offeredAlternatives(commentSignature(useEditor.getState().doc, ROOT), 'root');
    expect(offered).toEqual([{ childKey: null, index: 0, title: 'Use for the per-IMSI case', count: 1 }]);
  });

  it('uses it as one undo step and selects the new Variant; undo restores the comment', () => {
    const before = useEditor.getState().doc;
    alternatives.use(ROOT, { childKey: null, index: 0 });
    const s = useEditor.getState();
    expect(s.doc.variants.map((v) => v.name)).toEqual(['Fabrikam', 'FabrikamImsi']);
    expect(s.selection).toEqual({ kind: 'variant', key: s.doc.variants[1].key });
    expect(s.history.past.at(-1)?.label).toBe('Use commented-out alternative');
    s.undo();
    expect(useEditor.getState().doc).toBe(before);
  });

  it('comments out a Variant in one step, and refuses (saying why) one whose XML holds "--"', () => {
    alternatives.use(ROOT, { childKey: null, index: 0 });
    const [fabrikam, imsi] = useEditor.getState().doc.variants;
    useEditor.getState().edit('name', (d) => ({ ...d, variants: [{ ...fabrikam, name: 'a--b' }, imsi] }));
    expect(alternatives.commentOut(ROOT, fabrikam.key, 'variant', { kind: 'document' })).toMatch(/“--”/);
    expect(alternatives.commentOut(ROOT, imsi.key, 'variant', { kind: 'document' })).toBeUndefined();
    const s = useEditor.getState();
    expect(s.doc.variants.map((v) => v.name)).toEqual(['a--b']);
    expect(s.selection).toEqual({ kind: 'document' });
    expect(s.history.past.at(-1)?.label).toBe('Comment out variant');
    expect(toXml(s.doc)).toMatch(/<!-- Use for the per-IMSI case -->\n {2}<!--\n {2}<Variant Name="FabrikamImsi">/);
  });

  it('offers a whole-body alternative only while the document lacks its sections', () => {
    const body = '<Targets><Target Id="T"><TargetState><Condition Name="MCC" Value="310" /></TargetState></Target></Targets>';
    const doc = { ...useEditor.getState().doc, end: [{ kind: 'comment', text: body }] as const };
    expect(offeredAlternatives(commentSignature(doc, ROOT), 'root')).toEqual([]);
    const bare = { ...doc, targets: undefined };
    expect(offeredAlternatives(commentSignature(bare, ROOT), 'root')).toEqual([{ childKey: null, index: 0, title: body, count: 1 }]);
  });

  it('has no signature (nothing to parse) when no comment may hold markup', () => {
    const doc = { ...useEditor.getState().doc, end: [{ kind: 'comment', text: ' just prose & notes ' }] as const };
    expect(commentSignature(doc, ROOT)).toBe('');
    expect(offeredAlternatives('', 'root')).toEqual([]);
  });
});
