// Issue 22, point 6: commented-out alternatives. A file modelled on Microsoft's published templates keeps a
// per-IMSI Variant and an optional settings group in comments; "Use this alternative" makes one part of the
// document (one undo step), "Comment out" turns a Variant back into a comment in its place. At 1024 × 768 and
// 1440 × 900.

import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { kids, parseXml } from './support/xml.ts';
import { ImportPage } from './pages/import-page.ts';

const FIXTURE = readFileSync(new URL('./fixtures/commented-variant.xml', import.meta.url), 'utf8');
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;

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

      // Fabrikam now holds a comment (the group's prose): a comment cannot hold another, so Comment out says why.
      await editor.tid('variant-comment-out').click();
      await expect(page.getByTestId('workspace-toast-message')).toContainText('holds a comment');
      await expect(editor.navVariant(0)).toContainText('Fabrikam');

      // Use the per-IMSI Variant again, then comment it out: it leaves the part list and stands as a comment.
      await editor.openDocument();
      await editor.tid('alternatives-root').getByTestId('use-alternative-0').click();
      await expect(editor.navVariant(1)).toContainText('FabrikamImsi');
      await editor.tid('variant-comment-out').click();
      await expect(editor.navVariant(1)).toHaveCount(0);
      await expect(editor.tid('document-form')).toBeVisible();
      xml = await editor.previewText();
      expect(kids(parseXml(xml), 'Variant').map((v) => v.attrs.Name)).toEqual(['Fabrikam']);
      expect(xml).toMatch(/ {2}<!-- Use for the per-IMSI case -->\n {2}<!--\n {2}<Variant Name="FabrikamImsi">\n[\s\S]*<Setting Name="SmsPageLimit" Value="8" \/>\n {4}<\/Settings>\n {2}<\/Variant>\n {2}-->/);
      // …and is offered back as an alternative.
      await expect(editor.tid('alternatives-root').getByTestId('alternative')).toHaveCount(1);
      await expect(editor.tid('alternatives-root').getByTestId('alternative')).toContainText('<Variant Name="FabrikamImsi">');

      // The downloaded file (written over the opened file's own text) says the same.
      const downloaded = await editor.download();
      expect(kids(parseXml(downloaded.text), 'Variant').map((v) => v.attrs.Name)).toEqual(['Fabrikam']);
      expect(downloaded.text).toContain('<!-- Use for the per-IMSI case -->');
      expect(downloaded.text).toContain('<Setting Name="ConvertLongSMStoMMS" Value="1" />');
      expect(downloaded.text).not.toContain('<!-- Optional: send long text messages as MMS.\n');
      expect(downloaded.text).toMatch(/<!--\n {2}<Variant Name="FabrikamImsi">/);
    });
  });
}
