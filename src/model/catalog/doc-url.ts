// The public page a catalog entry's documentation source is published as. Pure. The catalog keeps where each
// entry was read from (a repository and a Markdown path in it); each known repository is a docset of Microsoft
// Learn, published under a fixed base, the page at its path without ".md". A source from any other repository
// has no known public page, so it gets no link.

export interface DocSource {
  readonly repo: string;
  readonly page: string;
}

/** Docsets by repository: where their pages are published, and the folder (if any) their paths may start with. */
const DOCSETS: Readonly<Record<string, { readonly base: string; readonly root?: string }>> = {
  // The Windows hardware docs (a mirror of MicrosoftDocs/commercialization-public): customize/mobile/mcsf/… is
  // learn.microsoft.com/windows-hardware/customize/mobile/mcsf/…; older revisions keep the pages under docset/.
  'sfigg/commercialization-public': { base: 'https://learn.microsoft.com/windows-hardware/', root: 'docset/' },
  'MicrosoftDocs/commercialization-public': { base: 'https://learn.microsoft.com/windows-hardware/', root: 'docset/' },
  // The Windows IT pro docs: windows/configuration/wcd/… is learn.microsoft.com/windows/configuration/wcd/….
  'MicrosoftDocs/windows-itpro-docs': { base: 'https://learn.microsoft.com/' },
};

const PAGE = /^[A-Za-z0-9][A-Za-z0-9._\-/]*\.md$/;

/** The public documentation page of `source`, or undefined when it has none we know of. */
export function documentationUrl(source: DocSource): string | undefined {
  const docset = Object.hasOwn(DOCSETS, source.repo) ? DOCSETS[source.repo] : undefined;
  if (!docset || !PAGE.test(source.page) || source.page.includes('..')) return undefined;
  const path = docset.root && source.page.startsWith(docset.root) ? source.page.slice(docset.root.length) : source.page;
  return docset.base + path.replace(/\.md$/, '');
}
