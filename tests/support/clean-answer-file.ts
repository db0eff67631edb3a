// The smallest clean answer file, in canonical form (what `caf format` writes): the CLI tests' "passes" case.

export const ANSWER_NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

export const CLEAN_ANSWER_FILE = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${ANSWER_NS}" Name="Clean" Description="d" Owner="Contoso" OwnerType="OEM">
  <Static>
    <Settings Path="Multivariant">
      <Setting Name="Enable" Value="1" />
    </Settings>
  </Static>
</ImageCustomizations>
`;
