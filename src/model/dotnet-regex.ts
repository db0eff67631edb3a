// Whether .NET's Regex (System.Text.RegularExpressions, default options) compiles a pattern: the imaging tool
// compiles every `pattern:` condition body with it. A placeholder until the .NET syntax checker lands: it asks
// JavaScript's RegExp, whose dialect differs.

/** Why .NET's `new Regex(pattern)` would throw, or undefined when it compiles. */
export function dotnetRegexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
