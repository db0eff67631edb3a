// A SaxesParser that stays fast with many handlers. saxes keeps each handler in a property that `on` adds
// under a computed name; past about a dozen properties added that way V8 turns the parser into a
// dictionary-mode object, and every read of its state (the current chunk, index, line, column) becomes a
// hash lookup: with the ten handlers parse.ts registers, parsing ran 5-8 times slower (about 500 ms instead
// of 60 ms for a 2.2 MB file). Declaring every handler property in the constructor, by name, keeps the
// parser's shape fast; `on` then only overwrites existing properties. Speed only: with other property names
// (another saxes version) the declarations are unused and parsing is merely slower again (npm run bench shows it).

import { SaxesParser } from 'saxes';

type Options = { xmlns: true; position: true };

export class FastSaxesParser extends SaxesParser<Options> {
  constructor() {
    super({ xmlns: true, position: true });
    // Spelled out, not a loop over the names: assigning `self[name]` would be a computed-name store again.
    const self = this as unknown as Record<string, undefined>;
    self.xmldeclHandler = undefined;
    self.textHandler = undefined;
    self.piHandler = undefined;
    self.doctypeHandler = undefined;
    self.commentHandler = undefined;
    self.openTagStartHandler = undefined;
    self.attributeHandler = undefined;
    self.openTagHandler = undefined;
    self.closeTagHandler = undefined;
    self.cdataHandler = undefined;
    self.errorHandler = undefined;
    self.endHandler = undefined;
    self.readyHandler = undefined;
  }
}
