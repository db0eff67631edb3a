// The first visit's preview text is written at build time (scripts/founding-text.ts): it must be exactly what the
// serializer writes for the document the editor starts with, and stand for that document only while it is unedited.

import { describe, expect, it } from 'vitest';
import FOUNDING_XML from 'virtual:founding-xml';
import { toXml } from '../../src/xml/serialize.ts';
import { isFirstDocument, newFoundingDocument, useEditor } from '../../src/store/editor-store.ts';
import { setRootAttribute } from '../../src/model/answer-file.ts';

describe('the founding document\'s text written at build time', () => {
  it('is the text the serializer writes for the editor\'s first document', () => {
    const { doc } = useEditor.getState();
    expect(isFirstDocument(doc)).toBe(true);
    expect(FOUNDING_XML).toBe(toXml(doc));
    expect(FOUNDING_XML).toContain('<Settings Path="Messaging/PerSimSettings/$(__ICCID)">');
  });

  it('stands for that document object only: an edit or another founding document is not it', () => {
    const { doc } = useEditor.getState();
    expect(isFirstDocument(setRootAttribute(doc, 'name', 'Other'))).toBe(false);
    const another = newFoundingDocument();
    expect(isFirstDocument(another)).toBe(false);
    // Same text, other keys: the build-time text does not depend on keys.
    expect(toXml(another)).toBe(FOUNDING_XML);
  });
});
