// Browser stand-in for @oozcitak/url's URL algorithms, which @oozcitak/dom (under xmlbuilder2) uses only in
// the Node.baseURI and Document.URL getters. The serializer never reads them, so the 20 kB URL parser is left
// out of the bundle (vite.config.ts aliases it here). A document's URL is about:blank.
export function urlSerializer(): string {
  return 'about:blank';
}
