// The text of the document the editor starts with on a first visit (the founding scenario), written at build time
// by the app's own serializer and served as `virtual:founding-xml`. The first screen shows it in the XML preview
// while the serializer (xmlbuilder2, not part of the first screen's JavaScript) loads: the preview is whole in
// the first frame (issue 22, point 8) without the serializer's 60 KB in the first load.

import type { Plugin } from 'vite';
import { createFoundingDocument } from '../src/model/founding.ts';
import { counterKeys } from '../src/model/ids.ts';
import { toXml } from '../src/xml/serialize.ts';

export const FOUNDING_XML_ID = 'virtual:founding-xml';
const RESOLVED = `\0${FOUNDING_XML_ID}`;

export function foundingTextPlugin(): Plugin {
  return {
    name: 'caf-founding-xml',
    resolveId: (id) => (id === FOUNDING_XML_ID ? RESOLVED : undefined),
    // Keys do not show in the text: any generator gives the text of the editor's first document.
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(toXml(createFoundingDocument(counterKeys('f'))))};\n` : undefined),
  };
}
