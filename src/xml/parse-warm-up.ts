// A spare import worker (lib/parse-in-worker.ts) parses a small generated answer file while the page is idle.
// V8 compiles a function's optimized code only after the function has run a while, so the first real import
// otherwise spends its first few hundred kilobytes in slower code: on this project's bench machine, warming
// up took ~50 ms off parsing a 2.2 MB file. The text uses what real files do: targets with conditions,
// variants with a TargetRef and settings, comments, attribute values with entities.

import { counterKeys } from '../model/ids.ts';
import { CAF_NAMESPACE } from './names.ts';
import { fromXml } from './parse.ts';
import { fragmentsOf } from './serialize.ts';

/** An answer file of `n` targets and `n` variants (10 settings each): about 2.2 kB per pair. */
export function warmUpText(n: number): string {
  const out: string[] = [`<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="${CAF_NAMESPACE}" Name="Warm-up" Owner="CAF Studio" OwnerType="OEM">\n  <Targets>`];
  for (let i = 0; i < n; i++) {
    out.push(
      `    <Target Id="T${i}">\n      <TargetState>\n        <Condition Name="MCC" Value="${200 + i}" />\n        <Condition Name="MNC" Value="0${i % 100}" />\n` +
        `        <Condition Name="SPN" Value="Carrier &amp; Co ${i}" />\n      </TargetState>\n    </Target>`,
    );
  }
  out.push('  </Targets>\n  <Static>\n    <Settings Path="Multivariant">\n      <Setting Name="Enable" Value="1" />\n    </Settings>\n  </Static>');
  for (let i = 0; i < n; i++) {
    const settings: string[] = [];
    for (let j = 0; j < 10; j++) settings.push(`      <Setting Name="Setting${j}" Value="http://mms.example.com/${i}/${j}?a=1&amp;b=&quot;2&quot;" Type="string" />`);
    out.push(
      `  <!-- variant ${i} -->\n  <Variant Name="V${i}">\n    <TargetRefs>\n      <TargetRef Id="T${i}" />\n    </TargetRefs>\n` +
        `    <Settings Path="Messaging/PerSimSettings/$(__ICCID)">\n${settings.join('\n')}\n    </Settings>\n  </Variant>`,
    );
  }
  out.push('</ImageCustomizations>\n');
  return out.join('\n');
}

/** Parses and serializes a warm-up file, as an import does, and drops the result; false if it did not parse. */
export function warmUp(n = 60): boolean {
  let parts = 0;
  const parsed = fromXml(warmUpText(n), { keys: counterKeys('warm'), positions: false, onPart: () => parts++ });
  if (!parsed.ok) return false;
  fragmentsOf('target', parsed.doc.targets?.targets ?? []);
  fragmentsOf('variant', parsed.doc.variants);
  return parts === 2 * n;
}
