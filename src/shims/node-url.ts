// Browser stand-in for Node's 'url' module, used only by @oozcitak/url (a dependency of xmlbuilder2).
// It is never called when building XML; it only keeps Vite from externalizing 'url'.
export function domainToASCII(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return '';
  }
}
export function domainToUnicode(domain: string): string {
  return domain;
}
export default { domainToASCII, domainToUnicode };
