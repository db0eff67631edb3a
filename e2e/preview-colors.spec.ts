// The preview colors the XML it shows (tag names, quoted values, comments, the declaration) for the lines in view,
// a comment over several lines included, and keeps coloring the line a keystroke changes.

import { test, expect } from './support/fixtures.ts';
import { ImportPage } from './pages/import-page.ts';

const TEXT = `<?xml version="1.0" encoding="utf-8"?>
<!-- A comment
     over three lines
     with a <Tag> and "quotes" in it -->
<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="Colors" Description="x" Owner="Contoso" OwnerType="OEM">
  <Static>
    <Settings Path="Multivariant">
      <Setting Name="Enable" Value="1" />
    </Settings>
  </Static>
</ImageCustomizations>
`;

const GREEN = 'rgb(0, 136, 85)';
const RED = 'rgb(170, 17, 17)';
const BROWN = 'rgb(153, 68, 0)';

test('the preview colors tags, values and a comment over several lines, and the line being typed into', async ({ editor, page }) => {
  await new ImportPage(page).setInputFile({ name: 'colors.xml', text: TEXT });
  await expect(editor.docName()).toHaveValue('Colors');
  const preview = editor.preview();
  const line = (text: string) => preview.locator('.cm-line', { hasText: text }).first();
  const colorOf = (span: ReturnType<typeof line>) => span.evaluate((el) => getComputedStyle(el).color);

  // Each line of the comment is colored as a comment, the second and third too (they start inside it).
  for (const part of ['A comment', 'over three lines', 'with a <Tag>']) {
    const span = line(part).locator('span', { hasText: part });
    await expect(span).toHaveClass(/cx-comment/);
    expect(await colorOf(span)).toBe(BROWN);
  }
  // The quoted "quotes" and <Tag> inside the comment are not a value or a tag.
  await expect(line('with a <Tag>').locator('.cx-value, .cx-tag')).toHaveCount(0);
  // A setting line: the tag name green, both values red, the attribute names plain.
  const setting = line('<Setting Name="Enable"');
  await expect(setting.locator('.cx-tag')).toHaveText(['Setting']);
  await expect(setting.locator('.cx-value')).toHaveText(['"Enable"', '"1"']);
  expect(await colorOf(setting.locator('.cx-tag'))).toBe(GREEN);
  expect(await colorOf(setting.locator('.cx-value').first())).toBe(RED);
  await expect(line('<?xml').locator('.cx-pi')).toHaveText('<?xml version="1.0" encoding="utf-8"?>');

  // Typing into the Owner field: the root's line shows the new value, colored as a value.
  await editor.openDocument();
  const owner = editor.docOwner();
  await owner.click();
  await owner.press('End');
  await owner.pressSequentially(' Ltd');
  const root = line('<ImageCustomizations');
  await expect(root.locator('.cx-value', { hasText: '"Contoso Ltd"' })).toHaveCount(1);
  await expect(root.locator('.cx-tag')).toHaveText(['ImageCustomizations']);
});
