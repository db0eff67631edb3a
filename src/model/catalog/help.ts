// Help for catalog entries that were extracted automatically: composed from the facts we hold
// (topic, scope, constraints), so it says nothing the docs do not.

import type { CatalogConstraint, CatalogScope } from './types.ts';

interface HelpFacts {
  readonly kind: 'Setting' | 'Asset';
  readonly topic: string;
  readonly scope: CatalogScope;
  readonly constraints: readonly CatalogConstraint[];
  readonly typed: boolean;
}

const SCOPE_TEXT: Record<CatalogScope, string> = {
  'per-SIM': 'It is set per SIM: keep its group in a Variant.',
  'per-IMSI': 'It is set per IMSI (path with $(__IMSI)), in a Variant.',
  'per-device': 'It is set once for the device.',
  'per-IMSI+per-device':
    'It exists per IMSI (CellCore/PerIMSI/$(__IMSI)/…, in a Variant) and per device (CellCore/PerDevice/…, usually in Static).',
  unspecified: '',
};

const CONSTRAINT_TEXT: Record<CatalogConstraint, string> = {
  ImageTimeOnly: 'Image-time only: put it in Static, never in a Variant.',
  FirstVariationOnly: 'Applied at the first SIM only; a later SIM change does not update it.',
  Atomic: 'Atomic: set every setting of this group together.',
};

export function composeHelp(f: HelpFacts): string {
  const parts = [`${f.kind === 'Asset' ? 'An asset' : 'A setting'} from the docs page “${f.topic}”.`];
  const scope = SCOPE_TEXT[f.scope];
  if (scope) parts.push(scope);
  for (const c of f.constraints) parts.push(CONSTRAINT_TEXT[c]);
  if (!f.typed && f.kind === 'Setting') parts.push('Its value type is not catalogued; see the page for allowed values.');
  return parts.join(' ');
}
