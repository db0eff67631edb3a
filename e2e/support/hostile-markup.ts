// An answer file that carries script and markup in every kind of place the editor shows: attribute values the
// forms edit (document name, condition value, setting name and value), an unknown attribute, comments, CDATA, and
// unknown elements in the XHTML namespace. Each payload would set window.__pwned (and fetch from PAYLOAD_HOST) if
// any of it became live markup. Used by e2e/security.spec.ts.

/** A host no request may ever go to: the payloads' images and links point at it. */
export const PAYLOAD_HOST = 'https://payload.invalid';

/** Escapes text for an XML attribute value in double quotes. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function hostileAnswerFile(): string {
  const name = `<img src="${PAYLOAD_HOST}/name.png" onerror="window.__pwned='name'">`;
  const condition = "javascript:window.__pwned='condition'";
  const settingName = `<svg onload="window.__pwned='setting'">`;
  const settingValue = "<script>window.__pwned='value'</script>";
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- <img src="${PAYLOAD_HOST}/comment.png" onerror="window.__pwned='comment'"> -->
<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate"
    Name="${attr(name)}" Description="${attr(`<a href="javascript:window.__pwned='description'">x</a>`)}"
    Owner="${attr('"><script>alert(1)</script>')}" OwnerType="OEM">
  <Targets>
    <Target Id="T1" onclick="window.__pwned='attribute'" href="${attr(`javascript:alert('href')`)}">
      <TargetState>
        <Condition Name="MCC" Value="${attr(condition)}" />
      </TargetState>
    </Target>
  </Targets>
  <Static>
    <Settings Path="Multivariant">
      <Setting Name="Enable" Value="1" />
    </Settings>
    <script xmlns="http://www.w3.org/1999/xhtml">window.__pwned = 'xhtml script'; alert('xhtml')</script>
    <img xmlns="http://www.w3.org/1999/xhtml" src="${PAYLOAD_HOST}/xhtml.png" onerror="window.__pwned='xhtml img'" />
    <Note><![CDATA[<script>window.__pwned='cdata'</script><iframe src="${PAYLOAD_HOST}/frame"></iframe>]]></Note>
    <Note>&lt;img src=x onerror="window.__pwned='text'"&gt;</Note>
  </Static>
  <Variant Name="V1">
    <TargetRefs>
      <TargetRef Id="T1" />
    </TargetRefs>
    <!-- <script>window.__pwned='variant comment'</script> -->
    <Settings Path="Messaging/PerSimSettings/$(__ICCID)">
      <Setting Name="${attr(settingName)}" Value="${attr(settingValue)}" />
    </Settings>
  </Variant>
</ImageCustomizations>
`;
}
