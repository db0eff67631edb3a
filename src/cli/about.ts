// What the `caf` command says about itself in machine-readable reports (SARIF's tool.driver): its name and
// version, and where its documentation lives. package.json is the one source: its version, and its repository URL,
// which is the base of every rule's link to docs/format.md.

import pkg from '../../package.json';

export const TOOL_NAME = 'caf';
export const TOOL_VERSION: string = pkg.version;

/** The repository's web address, from package.json's `repository.url` ("git+https://….git" → "https://…"). */
export const REPOSITORY_URL: string = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** docs/format.md as the repository's web view shows it; a rule's helpUri is this plus a section anchor. */
export const FORMAT_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/format.md`;
