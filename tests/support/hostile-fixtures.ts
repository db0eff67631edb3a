// The hostile fixtures of issue 18: every file a hostile sender could try, built in memory (never committed),
// each with the outcome agreed for it. tests/hostile/hostile.test.ts opens every one; e2e/hostile.spec.ts opens
// the ten marked `nasty` through the page.

import { encodingFixtures } from './hostile-fixtures-encoding.ts';
import { limitFixtures } from './hostile-fixtures-limits.ts';
import { markupFixtures } from './hostile-fixtures-markup.ts';
import type { HostileFixture } from './hostile-fixture-types.ts';

export type { HostileExpectation, HostileFixture, Where } from './hostile-fixture-types.ts';

export const hostileFixtures: readonly HostileFixture[] = [...markupFixtures, ...encodingFixtures, ...limitFixtures];

export function hostileFixture(name: string): HostileFixture {
  const f = hostileFixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no hostile fixture named ${name}`);
  return f;
}
