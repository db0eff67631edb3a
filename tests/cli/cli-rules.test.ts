// The rules of machine-readable reports (src/cli/rules.ts): every code has help text and a link to a section of
// docs/format.md that exists, and the links are built on the repository named in package.json.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_DOC_URL, REPOSITORY_URL, TOOL_VERSION } from '../../src/cli/about.ts';
import { allRules, ruleOf } from '../../src/cli/rules.ts';
import { DIAGNOSTIC_CODES } from '../../src/model/validate/codes.ts';
import { repoRoot } from '../support/cli-package.ts';

/** GitHub's anchor of a Markdown heading: lowercased, punctuation (§ and . included) dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

const doc = readFileSync(`${repoRoot}docs/format.md`, 'utf8');
const headings = [...doc.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]);
const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { version: string; repository: { url: string }; homepage: string };

describe('report rules', () => {
  it('link every code to a heading of docs/format.md whose number they name', () => {
    const rules = allRules();
    expect(rules.length).toBe(Object.keys(DIAGNOSTIC_CODES).length + 17);
    const anchors = new Map(headings.map((h) => [anchor(h), h]));
    for (const r of rules) {
      expect(r.helpUri.startsWith(`${FORMAT_DOC_URL}#`), r.id).toBe(true);
      const heading = anchors.get(r.helpUri.slice(FORMAT_DOC_URL.length + 1));
      expect(heading, `${r.id}: ${r.helpUri}`).toBeDefined();
      expect(heading!.startsWith(`${r.section} `), `${r.id}: ${heading}`).toBe(true);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it('take the diagnostics\' text from the validator\'s table', () => {
    expect(ruleOf('atomic-incomplete')).toMatchObject({ description: DIAGNOSTIC_CODES['atomic-incomplete'].description, section: '§5.2' });
    expect(ruleOf('misread-encoding').section).toBe('§11.1');
  });

  it('build the links on package.json\'s repository, and the version on its version', () => {
    expect(`git+${REPOSITORY_URL}.git`).toBe(pkg.repository.url);
    expect(pkg.homepage.startsWith(REPOSITORY_URL)).toBe(true);
    expect(FORMAT_DOC_URL).toBe(`${REPOSITORY_URL}/blob/main/docs/format.md`);
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
