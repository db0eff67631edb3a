// Issue 22, point 6: commented-out alternatives. A file modelled on Microsoft's published templates keeps a
// per-IMSI Variant and an optional settings group in comments; "Use this alternative" makes one part of the
// document (one undo step), "Comment out" turns a Variant into a comment in its place, and back. At 1024 × 768
// and 1440 × 900.

import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { VIEWPORTS } from './support/viewports.ts';
import { kids, parseXml } from './support/xml.ts';
import { ImportPage } from './pages/import-page.ts';

const FIXTURE = readFileSync(new URL('./fixtures/commented-variant.xml', import.meta.url), 'utf8');

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('use a commented-out Variant, undo it, and comment a Variant out', async ({ editor, page }) => {
      const imp = new ImportPage(page);
      await imp.setInputFile({ name: 'commented-variant.xml', text: FIXTURE });
      await expect(editor.navVariant(0)).toContainText('Fabrikam');
      await expect(editor.navVariant(1)).toHaveCount(0);

      // The Document form lists the one comment that holds a Variant, by its first line; prose is not offered.
      await editor.openDocument();
      const list = editor.tid('alternatives-root');
      await expect(list.getByTestId('alternative')).toHaveCount(1);
      await expect(list.getByTestId('alternative')).toContainText('Use for the per-IMSI case');
      await expect(list).not.toContainText('Fill in the Owner');

      // Use it: the Variant is in the part list and in the XML, in place of the comment.
      await list.getByTestId('use-alternative-0').click();
      await expect(editor.navVariant(1)).toContainText('FabrikamImsi');
      await expect(editor.tid('variant-form')).toBeVisible();
      let xml = await editor.previewText();
      expect(kids(parseXml(xml), 'Variant').map((v) => v.attrs.Name)).toEqual(['Fabrikam', 'FabrikamImsi']);
      expect(xml).toContain('  <!-- Use for the per-IMSI case -->\n  <Variant Name="FabrikamImsi">');
      expect(xml).toContain('<!-- Fill in the Owner before you build the image. -->');
      expect(xml).not.toContain('<!-- Use for the per-IMSI case\n');

      // One undo step brings the comment back.
      await editor.undo();
      await expect(editor.navVariant(1)).toHaveCount(0);
      xml = await editor.previewText();
      expect(xml).toContain('<!-- Use for the per-IMSI case\n  <Variant Name="FabrikamImsi">');

      // The optional group inside the Variant is offered in the Variant form.
      await editor.openVariant(0);
      const groups = editor.tid('alternatives-variant');
      await expect(groups.getByTestId('alternative')).toContainText('Optional: send long text messages as MMS.');
      await groups.getByTestId('use-alternative-0').click();
      await expect(groups).toHaveCount(0);
      xml = await editor.previewText();
      expect(xml).toContain('<Setting Name="ConvertLongSMStoMMS" Value="1" />');
      expect(xml).not.toContain('<!-- Optional: send long text messages as MMS.\n');

      // Comment out Fabrikam: it leaves the part list and stands as a comment in its place, its own comment (the
      // group's prose) written as a look-alike, since a comment cannot hold a comment.
      await editor.tid('variant-comment-out').click();
      await expect(editor.navVariant(0)).toHaveCount(0);
      await expect(editor.tid('nav-no-variants')).toBeVisible();
      await expect(editor.tid('document-form')).toBeVisible();
      xml = await editor.previewText();
      expect(kids(parseXml(xml), 'Variant')).toHaveLength(0);
      expect(xml).toMatch(/ {2}<!--\n {2}<Variant Name="Fabrikam">\n[\s\S]*<!~~ Optional: send long text messages as MMS. ~~>\n[\s\S]*\n {2}<\/Variant>\n {2}-->/);

      // It is offered back first, before the per-IMSI one; using it restores the Variant and its comment.
      const offered = editor.tid('alternatives-root').getByTestId('alternative');
      await expect(offered).toHaveCount(2);
      await expect(offered.nth(0)).toContainText('<Variant Name="Fabrikam">');
      await expect(offered.nth(1)).toContainText('Use for the per-IMSI case');
      await editor.tid('alternatives-root').getByTestId('use-alternative-0').click();
      await expect(editor.navVariant(0)).toContainText('Fabrikam');
      xml = await editor.previewText();
      expect(xml).toContain('    <!-- Optional: send long text messages as MMS. -->\n');

      // The downloaded file (written over the opened file's own text) says the same.
      const downloaded = await editor.download();
      expect(kids(parseXml(downloaded.text), 'Variant').map((v) => v.attrs.Name)).toEqual(['Fabrikam']);
      expect(downloaded.text).toContain('<!-- Optional: send long text messages as MMS. -->');
      expect(downloaded.text).toContain('<Setting Name="ConvertLongSMStoMMS" Value="1" />');
      expect(downloaded.text).toContain('<!-- Use for the per-IMSI case\n  <Variant Name="FabrikamImsi">');
      expect(downloaded.text).not.toContain('<!~~');
    });
  });
}
