// The FILE arguments of `caf check` and `caf format --check/--write`: a name of an existing file stands for itself;
// a glob pattern (`customizations/**/*.xml`, quoted so that no shell expands it) is expanded here, the same on
// every shell, Windows' included. Matches come sorted, each file once, relative to the working folder as the
// pattern was (absolute for an absolute pattern); node_modules and dot folders are not searched.

import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

export interface Expanded {
  readonly files: readonly string[];
  /** Patterns that matched no file (the command reports each, as a file it could not read). */
  readonly unmatched: readonly string[];
}

const IGNORE = ['**/node_modules/**'];

/** Characters without which an argument is no pattern: tinyglobby (three packages) is loaded only when one is there. */
const MAYBE_PATTERN = /[*?[\]{}()!+@]/;

/** `args` with every glob pattern replaced by the files it matches, in the order given, without repeats. */
export async function expandFiles(args: readonly string[], cwd = process.cwd()): Promise<Expanded> {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) files.push(f);
    seen.add(f);
  };
  for (const arg of args) {
    // An existing file is taken as named, even when its name holds glob characters ("a[1].xml").
    const tiny = MAYBE_PATTERN.test(arg) ? await import('tinyglobby') : null;
    if (!tiny?.isDynamicPattern(arg) || statSync(resolve(cwd, arg), { throwIfNoEntry: false })) {
      add(arg);
      continue;
    }
    // On Windows a backslash separates folders; in a pattern it would escape the next character.
    const pattern = process.platform === 'win32' ? arg.replaceAll('\\', '/') : arg;
    const matches = await tiny.glob(pattern, { cwd, absolute: isAbsolute(arg), onlyFiles: true, dot: false, expandDirectories: false, ignore: IGNORE });
    if (matches.length === 0) unmatched.push(arg);
    for (const m of matches.sort()) add(m);
  }
  return { files, unmatched };
}
