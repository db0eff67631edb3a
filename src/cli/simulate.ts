// `caf simulate FILE --mcc 310 --mnc 410 [--spn …] [--gid1 …] [--iccid …] [--imsi …] [--uiname …]
// [--condition NAME=VALUE]… [--later-sim] [--json]`: what a phone gets for one SIM (src/model/simulate/,
// docs/format.md §3.6). Prints the Targets that match or may match with the reason, the Variants applied in order
// and the effective settings; the JSON also lists every assumption. Exit 0, or 2 for a usage error or a file that
// cannot be opened.

import { parseArgs } from 'node:util';
import { ASSUMPTIONS } from '../model/simulate/assumptions.ts';
import type { SimInput } from '../model/simulate/sim-input.ts';
import type { AppliedTarget, SimulationResult } from '../model/simulate/simulate.ts';
import { simulate } from '../model/simulate/simulate.ts';
import type { TargetResult } from '../model/simulate/target-match.ts';
import { rankText } from '../model/simulate/priority.ts';
import type { CliIo } from './io.ts';
import { openDocument } from './open.ts';

export const SIMULATE_USAGE = `Usage: caf simulate FILE [--mcc N] [--mnc N] [--spn TEXT] [--gid1 HEX] [--iccid N] [--imsi N]
                    [--uiname TEXT] [--condition NAME=VALUE]... [--later-sim] [--json]
A value not given is unknown: a Target that depends on it "may match" and is not applied.
--condition NAME=VALUE  any other condition name (repeatable)
--later-sim             not the first SIM the phone sees: FirstVariationOnly groups do not apply
--json                  one JSON object, with every assumption the simulator makes`;

const FIELDS = { mcc: 'MCC', mnc: 'MNC', spn: 'SPN', gid1: 'GID1', iccid: 'ICCID', imsi: 'IMSI', uiname: 'UIName' } as const;

interface SimArgs {
  readonly file: string;
  readonly sim: SimInput;
  readonly json: boolean;
}

export function parseSimulateArgs(argv: readonly string[]): SimArgs | { readonly error: string } | 'help' {
  const options = {
    ...Object.fromEntries(Object.keys(FIELDS).map((k) => [k, { type: 'string' as const }])),
    condition: { type: 'string' as const, multiple: true },
    json: { type: 'boolean' as const },
    'later-sim': { type: 'boolean' as const },
    help: { type: 'boolean' as const, short: 'h' },
  };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    return { error: `simulate: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (v.help) return 'help';
  if (parsed.positionals.length !== 1) return { error: `simulate takes one FILE (got ${parsed.positionals.length})` };
  const values: Record<string, string> = {};
  for (const [flag, name] of Object.entries(FIELDS)) {
    const x = v[flag];
    if (typeof x === 'string') values[name] = x;
  }
  for (const c of (v.condition as string[] | undefined) ?? []) {
    const at = c.indexOf('=');
    if (at <= 0) return { error: `--condition takes NAME=VALUE (got "${c}")` };
    values[c.slice(0, at)] = c.slice(at + 1);
  }
  return { file: parsed.positionals[0], sim: { values, first: v['later-sim'] !== true }, json: v.json === true };
}

const OUTCOME = { match: 'match', 'no-match': 'no match', unknown: 'may match' } as const;
const idOf = (t: TargetResult): string => JSON.stringify(t.target.id ?? '');

function simLine(sim: SimInput): string {
  const known = Object.entries(sim.values).filter(([, x]) => x !== '');
  const text = known.length > 0 ? known.map(([k, x]) => `${k}=${JSON.stringify(x)}`).join(', ') : 'nothing known';
  return `SIM: ${text} (${sim.first === false ? 'a later SIM' : 'the first SIM'})`;
}

function appliedLines(list: readonly AppliedTarget[]): string[] {
  return list.map((a, i) => `  ${i + 1}. Target ${JSON.stringify(a.merged.id)}: ${a.merged.variants.map((v) => (v.name ? JSON.stringify(v.name) : '(unnamed)')).join(', ')}  [rank: ${rankText(a.rank)}]`);
}

export function formatSimulation(r: SimulationResult): string {
  const lines = [simLine(r.sim), '', 'Targets:'];
  const shown = r.targets.filter((t) => t.outcome !== 'no-match');
  for (const t of shown) lines.push(`  ${OUTCOME[t.outcome].padEnd(9)} ${idOf(t)}: ${t.reason}`);
  const none = r.targets.length - shown.length;
  if (shown.length === 0) lines.push('  (none matches or may match)');
  if (none > 0) lines.push(`  (${none} other Target${none === 1 ? '' : 's'} do not match; --json gives every reason)`);
  lines.push('', 'Variants applied, in order (the last one wins):');
  lines.push(...(r.applied.length > 0 ? appliedLines(r.applied) : ['  (none)']));
  if (r.possible.length > 0) lines.push('', 'Variants that apply only if their Target matches:', ...appliedLines(r.possible));
  lines.push('', 'Effective settings:');
  for (const s of r.settings) {
    const head = s.value !== undefined || s.source !== undefined ? `${JSON.stringify(s.value ?? '')}  [${s.source}]` : '(not applied)';
    lines.push(`  ${s.path}/${s.name} = ${head}`);
    for (const c of s.contributions) {
      if (c.status === 'applied') continue;
      lines.push(`      ${c.status}: ${JSON.stringify(c.value ?? '')} from ${c.label}${c.note ? ` (${c.note})` : ''}`);
    }
  }
  if (r.settings.length === 0) lines.push('  (none)');
  lines.push('', 'How this is decided (assumptions this result depends on):');
  for (const a of ASSUMPTIONS) if (r.assumptions.includes(a.id)) lines.push(`  - ${a.id}: ${a.text}`);
  return `${lines.join('\n')}\n`;
}

function targetJson(t: TargetResult) {
  return {
    id: t.target.id ?? null,
    outcome: t.outcome,
    reason: t.reason,
    states: t.states.map((s) => ({
      index: s.index,
      outcome: s.outcome,
      reason: s.reason,
      conditions: s.conditions.map((c) => ({ name: c.condition.name ?? null, value: c.condition.value ?? null, isWildCard: c.condition.isWildCard ?? null, outcome: c.outcome, reason: c.reason, assumptions: c.assumptions })),
    })),
  };
}

const appliedJson = (a: AppliedTarget) => ({ targetId: a.merged.id, variants: a.merged.variants.map((v) => v.name ?? null), rank: a.rank });

export function simulationJson(file: string, r: SimulationResult): string {
  const out = {
    file,
    sim: r.sim,
    targets: r.targets.map(targetJson),
    applied: r.applied.map(appliedJson),
    possible: r.possible.map(appliedJson),
    settings: r.settings.map((s) => ({
      path: s.path,
      name: s.name,
      value: s.value ?? null,
      source: s.source ?? null,
      contributions: s.contributions.map((c) => ({ value: c.value ?? null, source: c.label, stage: c.stage, status: c.status, ...(c.note ? { note: c.note } : {}) })),
    })),
    assumptionsUsed: r.assumptions,
    assumptions: ASSUMPTIONS,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function runSimulate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseSimulateArgs(argv);
  if (args === 'help') {
    io.out(`${SIMULATE_USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    io.err(`caf: ${args.error}\n\n${SIMULATE_USAGE}\n`);
    return 2;
  }
  const doc = await openDocument(args.file, io);
  if (!doc) return 2;
  const r = simulate(doc, args.sim);
  io.out(args.json ? simulationJson(args.file, r) : formatSimulation(r));
  return 0;
}
