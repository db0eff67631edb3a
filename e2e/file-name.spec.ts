// Journey (e): the downloaded file's name is derived from the document Name and always safe.

import { test, expect } from './support/fixtures.ts';
import { isWellFormed } from './support/xml.ts';

const CASES: readonly (readonly [name: string, file: string])[] = [
  ['a/b:c?', 'a_b_c_.xml'],
  ['', 'customizations.xml'],
  ['Contoso Phones', 'Contoso Phones.xml'],
  ['report.xml', 'report.xml'],
];

for (const [name, expected] of CASES) {
  test(`document Name ${JSON.stringify(name)} downloads as ${expected}`, async ({ editor }) => {
    await editor.fill(editor.docName(), name);
    const previewText = await editor.previewText();
    const file = await editor.download();
    expect(file.fileName).toBe(expected);
    expect(file.fileName).not.toMatch(/[<>:"/\\|?*]/);
    expect(file.text).toBe(previewText);
    expect(isWellFormed(file.text)).toBe(true);
  });
}
