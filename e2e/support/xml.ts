// Node-side checks of the XML text the editor produces: well-formedness (saxes, strict, namespace-aware) and a
// tiny element tree to assert values. No DOM, no dependency on the app's own parser.

import { SaxesParser } from 'saxes';

export const CAF_NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

export interface XmlElement {
  readonly name: string;
  readonly ns: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses `text` strictly; throws with line/column on any well-formedness error. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(tag.attributes)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      attrs[k] = typeof a === 'string' ? a : a.value;
    }
    const el: XmlElement = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (error) throw error;
  if (!root) throw new Error('No root element');
  return root;
}

/** True when `text` is well-formed XML. */
export function isWellFormed(text: string): boolean {
  try {
    parseXml(text);
    return true;
  } catch {
    return false;
  }
}

/** Direct children of `el` named `name`. */
export function kids(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The single direct child named `name` (throws when there is not exactly one). */
export function child(el: XmlElement, name: string): XmlElement {
  const found = kids(el, name);
  if (found.length !== 1) throw new Error(`Expected one <${name}> in <${el.name}>, found ${found.length}`);
  return found[0];
}

/** Follows a path of element names from `el`, each step taking the single matching child. */
export function at(el: XmlElement, ...path: string[]): XmlElement {
  return path.reduce(child, el);
}

/** The settings of a `<Settings Path=...>` group of `owner`, as name → value. */
export function settingsOf(owner: XmlElement, path: string): Record<string, string | undefined> {
  const group = kids(owner, 'Settings').find((g) => g.attrs.Path === path);
  if (!group) throw new Error(`No <Settings Path="${path}"> in <${owner.name}>`);
  return Object.fromEntries(kids(group, 'Setting').map((s) => [s.attrs.Name, s.attrs.Value]));
}

/** The conditions of one `<TargetState>` as [Name, Value] pairs, in order. */
export function conditionsOf(state: XmlElement): [string | undefined, string | undefined][] {
  return kids(state, 'Condition').map((c) => [c.attrs.Name, c.attrs.Value]);
}
