// Checks of the `<Static>` block: its settings groups, applications and data assets, and the
// Multivariant/AutoDataConfig pair.

import type { StaticSection } from '../types.ts';
import type { PartRef } from '../refs.ts';
import { assertNever } from '../types.ts';
import type { ValidationContext } from './context.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { duplicateApplications, validateApplications, validateDataAssets } from './applications.ts';
import { multivariantState } from './multivariant.ts';
import { validateSettingsGroup } from './settings-groups.ts';

const PART: PartRef = { kind: 'static' };

export function validateStatic(section: StaticSection, ctx: ValidationContext): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  const place = { part: PART, inVariant: false, strict: ctx.strict };
  for (const item of section.items) {
    switch (item.kind) {
      case 'settings':
        out.push(...validateSettingsGroup(item, place));
        break;
      case 'applications':
        out.push(...validateApplications(item, PART, true));
        break;
      case 'dataAssets':
        out.push(...validateDataAssets(item));
        break;
      default:
        assertNever(item);
    }
  }
  out.push(...duplicateApplications(section.items, PART));
  const mv = multivariantState(section);
  if (mv.multivariantOn && mv.adcOn && mv.adcRef) {
    out.push(diag('multivariant-and-adc', 'Multivariant/Enable and AutoDataConfig/Enable are both 1: the imaging tool lets this through, but the documentation says only one may be on (the phone would configure itself twice). Set AutoDataConfig/Enable to 0.', mv.adcRef));
  }
  return out;
}
