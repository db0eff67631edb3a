import { describe, expect, it } from 'vitest';
import { documentationUrl } from '../../../src/model/catalog/doc-url.ts';
import { CATALOG_SETTINGS } from '../../../src/model/catalog/catalog.ts';

describe('documentationUrl', () => {
  it('maps the Windows hardware docs to learn.microsoft.com/windows-hardware', () => {
    expect(documentationUrl({ repo: 'sfigg/commercialization-public', page: 'customize/mobile/mcsf/sending-sms-messages-to-smtp-addresses.md' })).toBe(
      'https://learn.microsoft.com/windows-hardware/customize/mobile/mcsf/sending-sms-messages-to-smtp-addresses',
    );
    expect(documentationUrl({ repo: 'sfigg/commercialization-public', page: 'manufacture/mobile/configure-customization-settings.md' })).toBe(
      'https://learn.microsoft.com/windows-hardware/manufacture/mobile/configure-customization-settings',
    );
  });

  it('drops the docset/ folder older revisions kept the pages in', () => {
    expect(documentationUrl({ repo: 'sfigg/commercialization-public', page: 'docset/customize/mobile/mcsf/mcsf-to-windows-provisioning-settings-map.md' })).toBe(
      'https://learn.microsoft.com/windows-hardware/customize/mobile/mcsf/mcsf-to-windows-provisioning-settings-map',
    );
  });

  it('maps the Windows IT pro docs to learn.microsoft.com/windows', () => {
    expect(documentationUrl({ repo: 'MicrosoftDocs/windows-itpro-docs', page: 'windows/configuration/wcd/wcd-messaging.md' })).toBe(
      'https://learn.microsoft.com/windows/configuration/wcd/wcd-messaging',
    );
  });

  it('gives no link for an unknown repository or a path that is not a plain page', () => {
    expect(documentationUrl({ repo: 'someone/else', page: 'customize/a.md' })).toBeUndefined();
    expect(documentationUrl({ repo: 'toString', page: 'customize/a.md' })).toBeUndefined();
    expect(documentationUrl({ repo: 'sfigg/commercialization-public', page: '../x.md' })).toBeUndefined();
    expect(documentationUrl({ repo: 'sfigg/commercialization-public', page: 'a/../../x.md' })).toBeUndefined();
    expect(documentationUrl({ repo: 'sfigg/commercialization-public', page: 'javascript:alert(1).md' })).toBeUndefined();
    expect(documentationUrl({ repo: 'sfigg/commercialization-public', page: 'customize/a.html' })).toBeUndefined();
  });

  it('links every catalog entry to an https page on learn.microsoft.com', () => {
    for (const s of CATALOG_SETTINGS) {
      const url = documentationUrl(s.source);
      expect(url, `${s.path}/${s.name} (${s.source.repo}: ${s.source.page})`).toMatch(/^https:\/\/learn\.microsoft\.com\/(windows-hardware|windows)\/[a-z0-9\-/.]+$/);
    }
  });
});
