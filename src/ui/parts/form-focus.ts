// "Move the focus into the form once it is shown": asked when a part is chosen in the part list (click, Enter,
// Space) or with Alt+↑/↓ from outside the list, met by PartForm once the chosen part's form is in the page (its
// code may still be loading when asked).

import { uiSignal } from '../common/ui-signal.ts';

/** 0 = nothing pending; else a new number for each request (asking twice for the same form focuses twice). */
export const formFocus = uiSignal(0);
let serial = 0;

export function focusFormSoon(): void {
  formFocus.set(++serial);
}

export function formFocusDone(): void {
  formFocus.set(0);
}

// A form's fields first (text fields, selects, autocompletes); failing that, its first focusable control.
const FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea, [role="combobox"]:not(input)';
const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button, a[href], [tabindex="0"], [role="combobox"]';

function usable(el: HTMLElement): boolean {
  return !el.matches(':disabled, [tabindex="-1"], [aria-hidden="true"], [aria-disabled="true"]') && el.getClientRects().length > 0;
}

/** The element of `host` a chosen form starts at: its first usable field, else its first usable control. */
export function firstField(host: ParentNode): HTMLElement | null {
  for (const selector of [FIELDS, FOCUSABLE]) {
    for (const el of host.querySelectorAll<HTMLElement>(selector)) if (usable(el)) return el;
  }
  return null;
}
