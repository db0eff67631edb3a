import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addItem, editItem, joinItems, removeItemAt, splitItems } from '../../src/model/list-items.ts';
import { describeValueEditor } from '../../src/model/value-editor.ts';
import { findSetting } from '../../src/model/catalog/lookup.ts';

describe('multistring items', () => {
  it('splits and joins on ";" losslessly', () => {
    for (const v of ['', 'a', 'a;b', 'a;;b', 'a;', ';a']) expect(joinItems(splitItems(v))).toBe(v);
    expect(splitItems('')).toEqual(['']);
    expect(joinItems(removeItemAt([''], 0))).toBe('');
    expect(splitItems('1234;5678')).toEqual(['1234', '5678']);
  });

  it('adds and removes items', () => {
    expect(addItem(['a'])).toEqual(['a', '']);
    expect(removeItemAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('editItem', () => {
  it('replaces the item when the text has no ";" and keeps the caret in it', () => {
    expect(editItem(['a', 'b'], 1, 'xy', 2)).toEqual({ ok: true, items: ['a', 'xy'], focus: 1, caret: 2 });
  });

  it('splits a pasted "a;b;c" into three items in place, the caret at the end of the last', () => {
    expect(editItem(['x', '', 'z'], 1, '1234;5678;9', 11)).toEqual({ ok: true, items: ['x', '1234', '5678', '9', 'z'], focus: 3, caret: 1 });
  });

  it('splits at a typed ";" and moves the caret to the start of the next item', () => {
    // "abcd" with ";" typed after "ab": the caret was after the ";".
    expect(editItem(['abcd'], 0, 'ab;cd', 3)).toEqual({ ok: true, items: ['ab', 'cd'], focus: 1, caret: 0 });
    // A ";" typed at the end starts an empty item.
    expect(editItem(['ab'], 0, 'ab;', 3)).toEqual({ ok: true, items: ['ab', ''], focus: 1, caret: 0 });
  });

  it('keeps the caret in the piece it is in when a paste lands mid-item', () => {
    // "abcd", "x;y" pasted after "ab": "abx;ycd", the caret after "y".
    expect(editItem(['abcd'], 0, 'abx;ycd', 5)).toEqual({ ok: true, items: ['abx', 'ycd'], focus: 1, caret: 1 });
    // The caret just before a ";" stays in the piece before it.
    expect(editItem(['abcd'], 0, 'ab;cd', 2)).toEqual({ ok: true, items: ['ab', 'cd'], focus: 0, caret: 2 });
  });

  it('refuses what XML cannot carry, as a value with a message, and an item that does not exist', () => {
    const bad = editItem(['a'], 0, 'a\u0002', 2);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/U\+0002/);
    expect(editItem(['a'], 3, 'b', 1)).toMatchObject({ ok: false });
  });

  it('stores exactly the text the user now sees joined (any items, index, text and caret)', () => {
    const item = fc.string({ maxLength: 6 }).filter((s) => !s.includes(';'));
    const typed = fc.array(fc.oneof(fc.constantFrom(';', 'a', 'b', ' '), fc.string({ maxLength: 2 })), { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), fc.nat(), typed, fc.nat(), (items, i, text, c) => {
        const index = i % items.length;
        const caret = c % (text.length + 1);
        const r = editItem(items, index, text, caret);
        if (!r.ok) return; // only characters XML cannot carry
        const expected = [...items.slice(0, index), text, ...items.slice(index + 1)].join(';');
        expect(joinItems(r.items)).toBe(expected);
        expect(r.items.every((it) => !it.includes(';'))).toBe(true);
        // The caret's place in the joined text is where it was typed.
        const before = r.items.slice(0, r.focus).reduce((n, it) => n + it.length + 1, 0);
        const typedAt = items.slice(0, index).reduce((n, it) => n + it.length + 1, 0) + caret;
        expect(before + r.caret).toBe(typedAt);
        expect(r.caret).toBeLessThanOrEqual(r.items[r.focus].length);
      }),
    );
  });
});

describe('the list hint', () => {
  it('says how items are separated, as the messages do', () => {
    const ports = findSetting('Messaging/PerSimSettings/$(__ICCID)', 'SmsInterceptPorts')!;
    const editor = describeValueEditor(ports);
    expect(editor.kind === 'list' && editor.hint).toMatch(/separated by ";".*typed or pasted starts the next item/);
  });
});
