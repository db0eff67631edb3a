// Which of several matching Targets applies last (assumption `priority`, docs/format.md §3.6): a Target ranks by
// its best matching TargetState, counted in matched SIM conditions (P0), then device conditions (P1), then all
// conditions; wildcards count as none. Lower ranks apply first and are overwritten.

import { parseWildCard } from '../conditions-grammar.ts';
import type { StateResult, TargetResult } from './target-match.ts';

const P0 = new Set(['mcc', 'mnc', 'spn', 'gid1', 'iccid', 'imsi', 'pnn', 'carrierid', 'roaming', 'uicc', 'uiccslot']);
const P1 = new Set(['processortype', 'processorname', 'aoac', 'powerplatformrole', 'architecture', 'server', 'region', 'lang', 'socidentifier']);

export interface Rank {
  readonly p0: number;
  readonly p1: number;
  readonly total: number;
}

export const NO_RANK: Rank = { p0: 0, p1: 0, total: 0 };

/** Negative when a ranks below b. */
export function compareRank(a: Rank, b: Rank): number {
  return a.p0 - b.p0 || a.p1 - b.p1 || a.total - b.total;
}

export function stateRank(s: StateResult): Rank {
  let p0 = 0;
  let p1 = 0;
  let total = 0;
  for (const r of s.conditions) {
    if (r.outcome !== 'match' || parseWildCard(r.condition.isWildCard) === true) continue;
    const name = (r.condition.name ?? '').toLowerCase();
    total++;
    if (P0.has(name)) p0++;
    else if (P1.has(name)) p1++;
  }
  return { p0, p1, total };
}

/** The rank of a Target's best matching state (NO_RANK when none matches). */
export function targetRank(t: TargetResult): Rank {
  let best: Rank | undefined;
  for (const s of t.states) {
    if (s.outcome !== 'match') continue;
    const r = stateRank(s);
    if (!best || compareRank(r, best) > 0) best = r;
  }
  return best ?? NO_RANK;
}

export function rankText(r: Rank): string {
  return `${r.p0} SIM, ${r.p1} device, ${r.total} in all`;
}
