// Hand-built documents behind the serializer's golden files (tests/fixtures/golden/*.xml).

import type { AnswerFile, Setting, SettingsGroup, Trivia } from '../../src/model/types.ts';
import { asKey } from '../../src/model/ids.ts';

let n = 0;
function setting(name: string, value?: string, extra: Partial<Setting> = {}): Setting {
  return { kind: 'setting', key: asKey(`e${++n}`), name, value, ...extra };
}
function settings(path: string, entries: SettingsGroup['entries'], extra: Partial<SettingsGroup> = {}): SettingsGroup {
  return { kind: 'settings', key: asKey(`g${++n}`), path, entries, ...extra };
}
const comment = (text: string): Trivia => ({ kind: 'comment', text });

/** The seed page "Sending SMS messages to SMTP addresses", filled in. */
export const foundingDoc: AnswerFile = {
  name: 'SMStoSMTP',
  description: 'Send SMS messages to email (SMTP) addresses',
  owner: 'Contoso',
  ownerType: 'OEM',
  targets: {
    targets: [
      {
        key: asKey('t1'),
        id: 'Operator',
        states: [
          {
            key: asKey('s1'),
            conditions: [
              { key: asKey('c1'), name: 'MCC', value: '310' },
              { key: asKey('c2'), name: 'MNC', value: '010' },
              { key: asKey('c3'), name: 'SPN', value: 'Contoso Mobile' },
            ],
          },
        ],
      },
    ],
  },
  static: {
    items: [settings('Multivariant', [setting('Enable', '1')]), settings('AutoDataConfig', [setting('Enable', '0')])],
  },
  variants: [
    {
      key: asKey('v1'),
      name: 'Operator',
      targetRefs: { refs: [{ key: asKey('r1'), id: 'Operator' }] },
      items: [
        settings('Messaging/PerSimSettings/$(__ICCID)', [
          setting('AllowSMStoSMTPAddress', '1'),
          setting('SMStoSMTPShortCode', '12345'),
        ]),
      ],
    },
  ],
};

/** Characters an XML writer must escape, and characters it must leave alone. */
export const escapingDoc: AnswerFile = {
  name: `& < > " '`,
  description: 'tab\tlf\ncr\rcrlf\r\nend',
  owner: '日本語 😀',
  ownerType: 'OEM',
  static: {
    items: [settings('Path/With/$(__ICCID)', [setting('Name', 'a]]>b\t"x"')])],
    end: [
      { kind: 'text', text: `text & < > ]]> "q" 'a' 日本\r\nline` },
      { kind: 'cdata', text: 'raw <&> ]]> done' },
      comment(' コメント & <tag> '),
    ],
  },
  variants: [],
};

/** Every element kind, with comments and processing instructions in every place they may stand. */
export const everyKindDoc: AnswerFile = {
  name: 'EveryKind',
  description: 'All elements',
  owner: 'Contoso',
  ownerType: 'MobileOperator',
  priority: '2',
  prolog: [comment(' prolog comment '), { kind: 'pi', target: 'caf-studio', data: 'version="1"' }],
  epilog: [comment(' epilog comment ')],
  imports: {
    before: [comment(' before Imports ')],
    imports: [
      { key: asKey('i1'), source: '$(CurrentFileDir)\\common.xml' },
      { key: asKey('i2'), source: 'C:\\caf\\other.xml', before: [comment(' before Import ')] },
    ],
    end: [comment(' end of Imports ')],
  },
  targets: {
    before: [comment(' before Targets ')],
    targets: [
      {
        key: asKey('t1'),
        id: 'Operator',
        before: [comment(' before Target ')],
        states: [
          {
            key: asKey('s1'),
            before: [comment(' before TargetState ')],
            conditions: [
              { key: asKey('c1'), name: 'MCC', value: '310', before: [comment(' before Condition ')] },
              { key: asKey('c2'), name: 'MNC', value: '010' },
            ],
            end: [comment(' end of TargetState ')],
          },
          {
            key: asKey('s2'),
            conditions: [
              { key: asKey('c3'), name: 'MCC', value: '311' },
              { key: asKey('c4'), name: 'MNC', isWildCard: 'true' },
            ],
          },
        ],
        end: [comment(' end of Target ')],
      },
      {
        key: asKey('t2'),
        id: 'Roaming',
        states: [{ key: asKey('s3'), conditions: [{ key: asKey('c5'), name: 'SPN', value: 'Roam' }] }],
      },
      { key: asKey('t3'), id: 'Empty', states: [] },
    ],
    end: [comment(' end of Targets ')],
  },
  static: {
    before: [comment(' before Static '), { kind: 'pi', target: 'note', data: 'static' }],
    items: [
      {
        kind: 'dataAssets',
        key: asKey('g1'),
        type: 'MapData',
        before: [comment(' before DataAssets ')],
        assets: [
          { key: asKey('d1'), source: 'C:\\maps\\usa', before: [comment(' before DataAsset ')] },
          { key: asKey('d2'), source: 'C:\\maps\\can' },
        ],
        end: [comment(' end of DataAssets ')],
      },
      {
        kind: 'applications',
        key: asKey('g2'),
        before: [comment(' before Applications ')],
        apps: [
          {
            key: asKey('a1'),
            source: 'C:\\apps\\app.xap',
            license: 'C:\\apps\\license.xml',
            provXml: 'C:\\apps\\MPAP_app_01.provxml',
            targetPartition: 'MainOS',
            before: [comment(' before Application ')],
          },
        ],
        end: [comment(' end of Applications ')],
      },
      settings(
        'Multivariant',
        [
          setting('Enable', '1', { before: [comment(' before Setting ')] }),
          setting('PersistVariantData', '1', { type: 'integer' }),
        ],
        { before: [comment(' before Settings ')], end: [comment(' end of Settings ')] },
      ),
      settings('EventSounds', [
        {
          kind: 'asset',
          key: asKey('e-asset'),
          name: 'Ringtones',
          source: 'C:\\tones\\ring.wma',
          targetFileName: 'ring.wma',
          displayName: 'Ring',
          type: 'OEM',
          before: [comment(' before Asset ')],
        },
      ]),
    ],
    end: [comment(' end of Static ')],
  },
  variants: [
    {
      key: asKey('v1'),
      name: 'Operator',
      before: [comment(' before Variant ')],
      targetRefs: {
        before: [comment(' before TargetRefs ')],
        refs: [{ key: asKey('r1'), id: 'Operator', before: [comment(' before TargetRef ')] }],
        end: [comment(' end of TargetRefs ')],
      },
      items: [
        {
          kind: 'applications',
          key: asKey('g3'),
          apps: [
            { key: asKey('a2'), license: 'C:\\apps\\l2.xml', provXml: 'C:\\apps\\MPAP_app_02.provxml' },
          ],
        },
        settings('Messaging/PerSimSettings/$(__ICCID)', [setting('AllowSMStoSMTPAddress', 'True')]),
      ],
      end: [comment(' end of Variant ')],
    },
    {
      key: asKey('v2'),
      name: 'Roaming',
      targetRefs: { refs: [{ key: asKey('r2'), id: 'Roaming' }] },
      items: [settings('Messaging', [setting('RoamingSMS', '0')])],
    },
  ],
  end: [comment(' end of ImageCustomizations '), { kind: 'text', text: 'mixed text in the root' }],
};

/** Unknown elements (with prefixes and nested children) and unknown attributes, kept in place. */
export const unknownsDoc: AnswerFile = {
  name: 'Unknowns',
  owner: 'Contoso',
  ownerType: 'OEM',
  extraAttrs: [
    { name: 'xmlns:x', value: 'urn:example:x' },
    { name: 'x:Rev', value: '2' },
  ],
  prolog: [comment(' prolog ')],
  targets: {
    targets: [
      {
        key: asKey('t1'),
        id: 'A',
        extraAttrs: [{ name: 'x:Note', value: 'kept' }],
        states: [],
        before: [
          {
            kind: 'element',
            name: 'x:Meta',
            attrs: [
              { name: 'xmlns:y', value: 'urn:example:y' },
              { name: 'x:Kind', value: 'note' },
            ],
            // As read from a file: the white space between its children is part of its content, written as is.
            children: [
              { kind: 'text', text: '\n      ' },
              { kind: 'element', name: 'y:Inner', attrs: [], children: [{ kind: 'text', text: 'text' }] },
              { kind: 'text', text: '\n      ' },
              { kind: 'element', name: 'Plain', attrs: [{ name: 'a', value: '1' }], children: [] },
              comment(' inside unknown '),
              { kind: 'cdata', text: '<raw>' },
              { kind: 'text', text: '\n    ' },
            ],
          },
        ],
      },
    ],
    extraAttrs: [{ name: 'x:Section', value: 'targets' }],
  },
  variants: [
    {
      key: asKey('v1'),
      name: 'V',
      extraAttrs: [{ name: 'Obsolete', value: '' }],
      // Comments and PIs inside an empty-content element are written inside it, with no white space added.
      targetRefs: { refs: [{ key: asKey('r1'), id: 'A', inner: [comment(' why A '), { kind: 'pi', target: 'x-tool', data: 'ref' }] }] },
      items: [],
      end: [{ kind: 'element', name: 'x:Trailer', attrs: [], children: [] }],
    },
  ],
};

