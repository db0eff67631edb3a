import { describe, expect, it } from 'vitest';
import { closest, editDistance, suggestName, suggestPath } from '../../../src/model/catalog/suggest.ts';

describe('editDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['abc', 'ab', 1],
    ['ab', 'abc', 1],
    ['abcd', 'abdc', 1], // one adjacent swap
    ['ca', 'abc', 3], // OSA: no edit of a swapped pair
    ['kitten', 'sitting', 3],
    ['Enable', 'enable', 1], // as written: case counts here, callers fold
  ])('%s -> %s = %i', (a, b, want) => {
    expect(editDistance(a, b)).toBe(want);
    expect(editDistance(b, a)).toBe(want);
  });

  it('gives up above the limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closest', () => {
  it.each([
    ['Enabel', ['Enable', 'Disable'], 'Enable'],
    ['ENABEL', ['Enable'], 'Enable'], // case ignored
    ['Enable', ['Enable', 'Enables'], undefined], // a known word is no misspelling
    ['Colr', ['Color', 'Colour'], 'Color'], // 1 edit beats 2
    ['Cat', ['Car', 'Cap'], undefined], // two as close: no suggestion
    ['ab', ['abc'], undefined], // too short to guess
    ['Enbl', ['Enable'], undefined], // 2 edits in a 4-letter word is too many
    ['Brightnes', ['Brightness'], 'Brightness'],
  ] as const)('%s among %j -> %s', (written, candidates, want) => {
    expect(closest(written, candidates)).toBe(want);
  });

  it('matches an OEM macro segment against the text written there and keeps that text', () => {
    expect(closest('Apps/{1234-5678}/Enabeld', ['Apps/$(LensAppGuid)/Enabled'])).toBe('Apps/{1234-5678}/Enabled');
    expect(closest('Apps/{1234}/x/Enabeld', ['Apps/$(LensAppGuid)/Enabled'])).toBeUndefined();
  });
});

describe('suggestPath', () => {
  it.each([
    ['Messaging/GlobalSetings', 'Messaging/GlobalSettings'],
    ['messaging/globalsetings', 'Messaging/GlobalSettings'],
    ['Messaging/PerSimSetings/$(__ICCID)', 'Messaging/PerSimSettings/$(__ICCID)'],
    ['Multivarient', 'Multivariant'],
    ['Messaging/GlobalSettings', undefined], // known
    ['Contoso/Private', undefined], // nothing close
    ['', undefined],
  ])('%s -> %s', (path, want) => {
    expect(suggestPath(path)).toBe(want);
  });
});

describe('suggestName', () => {
  const PS = 'Messaging/PerSimSettings/$(__ICCID)';
  it.each([
    [PS, 'AllowSMStoSMTPAdress', 'setting', [], 'AllowSMStoSMTPAddress'],
    [PS, 'allowsmstosmtpadress', 'setting', [], 'AllowSMStoSMTPAddress'],
    [PS, 'AllowSMStoSMTPAdress', 'setting', ['AllowSMStoSMTPAddress'], undefined], // already set: renaming doubles it
    [PS, 'AllowSMStoSMTPAddress', 'setting', [], undefined], // known
    ['Multivariant', 'Enabel', 'setting', [], 'Enable'],
    ['Contoso/Private', 'Enabel', 'setting', [], undefined], // unknown path
    ['Multivariant', 'Enabel', 'asset', [], undefined], // only entries of the same kind
  ] as const)('%s %s (%s, others %j) -> %s', (path, name, kind, others, want) => {
    expect(suggestName(path, name, kind, others)).toBe(want);
  });
});
