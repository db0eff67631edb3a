// "Commented-out alternatives": the comments of a container that hold parts valid there (a per-IMSI Variant, an
// optional settings group...), each with its first line and "Use this alternative". Shows nothing when there are
// none, so a document without such comments looks as before.

import { useMemo } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { commentSignature, type AltContainer } from '../../model/alternatives.ts';
import { useEditor } from '../../store/editor-store.ts';
import { SectionCard } from '../common/SectionCard.tsx';
import { preloadable, usePreloaded } from '../common/preloadable.ts';
import { workspace } from '../../store/workspace-actions.ts';
import type { PartRef } from '../../model/refs.ts';

// The alternatives' actions read and write XML (the parser and the serializer): loaded when first needed, never
// with the first screen.
const alternativesModule = preloadable(() => import('../../store/alternatives.ts'));

const NOUN: Readonly<Record<AltContainer['kind'], string>> = { root: 'part', targets: 'target', static: 'block', variant: 'block' };

export function AlternativesList({ container }: { container: AltContainer }) {
  // '' unless a comment may hold markup: most documents never load the module.
  const signature = useEditor((s) => commentSignature(s.doc, container));
  const mod = usePreloaded(alternativesModule, signature !== '');
  const offered = useMemo(() => (mod ? mod.offeredAlternatives(signature, container.kind) : []), [mod, signature, container.kind]);
  if (!mod || offered.length === 0) return null;
  const noun = NOUN[container.kind];
  return (
    <SectionCard
      title="Commented-out alternatives"
      subtitle="Markup kept in comments, e.g. a per-IMSI variant or an optional group. Using one makes it part of the document."
      testId={`alternatives-${container.kind}`}
    >
      <Stack spacing={0.5}>
        {offered.map((alt, i) => (
          <Stack key={`${alt.childKey}:${alt.index}`} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="alternative">
            <Typography variant="body2" noWrap title={alt.title} sx={{ flexGrow: 1, minWidth: 0, fontFamily: alt.title.startsWith('<') ? 'monospace' : undefined }}>
              {alt.title}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0 }}>
              {alt.count} {noun}
              {alt.count === 1 ? '' : 's'}
            </Typography>
            <Button size="small" variant="outlined" sx={{ flexShrink: 0 }} onClick={() => mod.alternatives.use(container, alt)} data-testid={`use-alternative-${i}`}>
              Use this alternative
            </Button>
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
}

/** "Comment out" for a part of a container: the part becomes a comment of its XML, in its place; a refusal is told. */
export function CommentOutButton({ container, partKey, what, then, testId }: { container: AltContainer; partKey: string; what: string; then: PartRef; testId: string }) {
  return (
    <Button
      size="small"
      title={`Replace this ${what} with a comment holding its XML (Undo brings it back)`}
      onClick={() => {
        void alternativesModule.preload().then(({ alternatives }) => {
          const refused = alternatives.commentOut(container, partKey, what, then);
          if (refused) workspace.notify(refused);
        });
      }}
      data-testid={testId}
      sx={{ flexShrink: 0 }}
    >
      Comment out
    </Button>
  );
}
