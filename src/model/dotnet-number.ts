// .NET's number parsing as the imaging tool calls it (NumberStyles.Integer and NumberStyles.HexNumber): white
// space is U+0009-U+000D and U+0020 only, around the number; Integer allows one sign right before the digits;
// digits are ASCII only; HexNumber has no sign and no `0x`. Setting values, condition values and their tests
// share these readings.

const WS = '[\\t\\n\\v\\f\\r ]*';
const DECIMAL = new RegExp(`^${WS}([+-]?)([0-9]+)${WS}$`);
const HEX = new RegExp(`^${WS}([0-9a-fA-F]+)${WS}$`);

/** NumberStyles.Integer: the sign and the digits as written, or undefined when .NET would not read a number. */
export function dotnetDecimal(text: string): { readonly negative: boolean; readonly digits: string } | undefined {
  const m = DECIMAL.exec(text);
  return m ? { negative: m[1] === '-', digits: m[2] } : undefined;
}

/** NumberStyles.HexNumber: the hex digits as written, or undefined when .NET would not read a number. */
export function dotnetHex(text: string): string | undefined {
  return HEX.exec(text)?.[1];
}

/** The digits without their leading zeros (one zero for zero). */
export function significant(digits: string): string {
  return digits.replace(/^0+(?=.)/, '');
}
