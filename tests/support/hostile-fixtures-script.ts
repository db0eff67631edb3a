// Markup and script text in every kind of value: it must open as text, come back as text, and be written
// escaped (no element named script, img or svg in any serialization).

import type { AnswerFile } from '../../src/model/types.ts';
import { CAF_NS, DECL, utf8 } from './hostile-bytes.ts';
import { opens, same, type HostileFixture } from './hostile-fixture-types.ts';

export const SCRIPT_PAYLOADS = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</ImageCustomizations><script>alert(2)</script>',
  '<![CDATA[<script>alert(3)</script>]]>',
  '&lt;b&gt; &amp;amp; &#60;',
  '{{constructor.constructor("alert(4)")()}}',
  '${alert(5)}',
  '<!-- x --><?pi x?>',
] as const;

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const p = (i: number) => SCRIPT_PAYLOADS[i % SCRIPT_PAYLOADS.length];
const a = (i: number) => escAttr(p(i));

/** Every value of the file holds a payload; the number is its index in SCRIPT_PAYLOADS (mod its length). */
function scriptText(): string {
  return `${DECL}
<!-- ${'<script>alert(6)</script>'} -->
<ImageCustomizations xmlns="${CAF_NS}" Name="${a(0)}" Description="${a(1)}" Owner="${a(2)}" OwnerType="OEM">
  <Imports><Import Source="${a(3)}" /></Imports>
  <Targets><Target Id="${a(4)}"><TargetState><Condition Name="${a(5)}" Value="${a(6)}" /></TargetState></Target></Targets>
  <Static>
    <Settings Path="${a(7)}"><Setting Name="${a(8)}" Value="${a(9)}" /><Asset Name="${a(10)}" Source="${a(11)}" DisplayName="${a(12)}" /></Settings>
    <Applications><Application Source="${a(13)}" License="${a(14)}" /></Applications>
    <DataAssets Type="MapData"><DataAsset Source="${a(15)}" /></DataAssets>
    <Note data="${a(16)}">${escText(p(17))}</Note>
    <Note><![CDATA[<script>alert(7)</script>]]></Note>
    <?note <script>alert(8)</script>?>
  </Static>
  <Variant Name="${a(18)}"><TargetRefs><TargetRef Id="${a(4)}" /></TargetRefs><Settings Path="${a(7)}"><Setting Name="${a(8)}" Value="${a(19)}" /></Settings></Variant>
</ImageCustomizations>
`;
}

function check(doc: AnswerFile): string | null {
  const s = doc.static?.items ?? [];
  const settings = s.find((i) => i.kind === 'settings');
  const apps = s.find((i) => i.kind === 'applications');
  const data = s.find((i) => i.kind === 'dataAssets');
  const setting = settings?.entries[0];
  const asset = settings?.entries[1];
  const state = doc.targets?.targets[0]?.states[0];
  const v = doc.variants[0];
  const vs = v?.items[0]?.kind === 'settings' ? v.items[0].entries[0] : undefined;
  const note = doc.static?.end?.find((t) => t.kind === 'element');
  const noteText = note?.kind === 'element' ? note.children.find((t) => t.kind === 'text') : undefined;
  const checks: [string, unknown, number][] = [
    ['Name', doc.name, 0],
    ['Description', doc.description, 1],
    ['Owner', doc.owner, 2],
    ['Import Source', doc.imports?.imports[0]?.source, 3],
    ['Target Id', doc.targets?.targets[0]?.id, 4],
    ['Condition Name', state?.conditions[0]?.name, 5],
    ['Condition Value', state?.conditions[0]?.value, 6],
    ['Settings Path', settings?.kind === 'settings' ? settings.path : undefined, 7],
    ['Setting Name', setting?.name, 8],
    ['Setting Value', setting?.kind === 'setting' ? setting.value : undefined, 9],
    ['Asset Name', asset?.name, 10],
    ['Asset Source', asset?.kind === 'asset' ? asset.source : undefined, 11],
    ['Asset DisplayName', asset?.kind === 'asset' ? asset.displayName : undefined, 12],
    ['Application Source', apps?.kind === 'applications' ? apps.apps[0]?.source : undefined, 13],
    ['Application License', apps?.kind === 'applications' ? apps.apps[0]?.license : undefined, 14],
    ['DataAsset Source', data?.kind === 'dataAssets' ? data.assets[0]?.source : undefined, 15],
    ['Variant Name', v?.name, 18],
    ['TargetRef Id', v?.targetRefs?.refs[0]?.id, 4],
    ['Variant Setting Value', vs?.kind === 'setting' ? vs.value : undefined, 19],
    ['unknown attribute', note?.kind === 'element' ? note.attrs.find((x) => x.name === 'data')?.value : undefined, 16],
    ['unknown text', noteText?.kind === 'text' ? noteText.text : undefined, 17],
  ];
  for (const [what, actual, i] of checks) {
    const wrong = same(what, actual, p(i));
    if (wrong) return wrong;
  }
  return null;
}

export const scriptFixture: HostileFixture = {
  name: 'script-in-every-value',
  about: 'markup and script text in every kind of value, a comment, a PI, CDATA and unknown text',
  bytes: () => utf8(scriptText()),
  expect: opens(check),
  nasty: true,
};

/** Markup that became markup: an element named script, img or svg outside comments, CDATA and PIs. */
export function liveMarkup(xml: string): string | null {
  const bare = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<\?[\s\S]*?\?>/g, '');
  const m = /<\s*(script|img|svg)\b/i.exec(bare);
  return m ? `live <${m[1]}> in the serialized text` : null;
}
