// Generated answer files for the targets × variants matrix: `targets` targets Op0…, `variants` variants V0…,
// each variant referring to Op(i mod targets), plus any extra TargetRefs a test asks for (e.g. a dangling one).

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

export function gridAnswerFile(targets: number, variants: number, extraRefs: Readonly<Record<number, readonly string[]>> = {}): string {
  const lines = [`<?xml version="1.0" encoding="utf-8"?>`, `<ImageCustomizations xmlns="${NS}" Name="Grid" Owner="Contoso" OwnerType="OEM">`, '  <Targets>'];
  for (let i = 0; i < targets; i++) {
    lines.push(`    <Target Id="Op${i}">`, '      <TargetState>', `        <Condition Name="MCC" Value="${100 + (i % 800)}" />`, '      </TargetState>', '    </Target>');
  }
  lines.push('  </Targets>');
  for (let i = 0; i < variants; i++) {
    lines.push(`  <Variant Name="V${i}">`, '    <TargetRefs>', `      <TargetRef Id="Op${i % targets}" />`);
    for (const id of extraRefs[i] ?? []) lines.push(`      <TargetRef Id="${id}" />`);
    lines.push('    </TargetRefs>', '    <Settings Path="Connectivity/Sample">', `      <Setting Name="Name" Value="v${i}" />`, '    </Settings>', '  </Variant>');
  }
  lines.push('</ImageCustomizations>', '');
  return lines.join('\n');
}
