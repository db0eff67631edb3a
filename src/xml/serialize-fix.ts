// The one thing xmlbuilder2's writer gets wrong for a lossless round trip: it writes TAB, LF and CR raw.
// A parser normalises raw TAB/LF/CR in an attribute value to spaces, and a raw CR in text to LF, so
// those characters would not survive a re-parse. This pass rewrites them as character references,
// only inside attribute values (TAB/LF/CR) and text (CR). Comments, PIs and CDATA cannot hold
// references, so they are left alone. The serializer runs it only when a build saw such a character.

const ATTR_REFS: Readonly<Record<string, string>> = { '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** Rewrites raw TAB/LF/CR in attribute values and raw CR in text of xmlbuilder2 output. */
export function escapeWhitespaceRefs(xml: string): string {
  let out = '';
  let from = 0; // start of the not yet copied input
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const c = xml[i];
    if (c === '\r') {
      // a CR outside markup is text content
      out += xml.slice(from, i) + '&#xD;';
      from = ++i;
    } else if (c !== '<') {
      i++;
    } else if (xml.startsWith('<!--', i)) {
      i = skipPast(xml, '-->', i + 4);
    } else if (xml.startsWith('<![CDATA[', i)) {
      i = skipPast(xml, ']]>', i + 9);
    } else if (xml.startsWith('<?', i) || xml.startsWith('</', i)) {
      i = skipPast(xml, xml[i + 1] === '?' ? '?>' : '>', i + 2);
    } else {
      // a start tag: attribute values are the only quoted parts, and the writer escapes `"` and `>` in them
      let inValue = false;
      i++;
      while (i < n && (inValue || xml[i] !== '>')) {
        const ch = xml[i];
        if (ch === '"') inValue = !inValue;
        else if (inValue && ATTR_REFS[ch] !== undefined) {
          out += xml.slice(from, i) + ATTR_REFS[ch];
          from = i + 1;
        }
        i++;
      }
    }
  }
  return out + xml.slice(from);
}

function skipPast(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  return at < 0 ? xml.length : at + end.length;
}
