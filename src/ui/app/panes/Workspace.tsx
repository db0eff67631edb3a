// The three panes under the top bar, resizable by dragging or with the keyboard, sizes remembered (pane-layout.ts):
//   [parts] | [form / setting help / problems] | [XML preview]
// The preview collapses to a narrow rail and comes back (PreviewRail). Each pane is its own layout and paint
// boundary (contain: strict; its size comes from the group): a keystroke in the form re-lays out the form and the
// preview, not the page. Minimum sizes keep every pane usable from a 1024 px window down to 853 CSS px (1280 px
// at 150 % zoom); the panes' own content wraps to the width it is given.

import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import { Group, Panel, usePanelRef, type Layout } from 'react-resizable-panels';
import { PaneSeparator } from './PaneSeparator.tsx';
import { PreviewRail, RAIL_WIDTH } from './PreviewRail.tsx';
import { usePaneLayout } from './pane-layout.ts';

export interface WorkspaceProps {
  readonly parts: ReactNode;
  readonly form: ReactNode;
  /** The help pane under the form (forms with settings), or null. */
  readonly help: ReactNode;
  /** The problems list under the form, or null when closed. */
  readonly problems: ReactNode;
  readonly preview: ReactNode;
}

const MAIN_IDS = ['pane-parts', 'pane-centre', 'pane-preview'];
const PANE = { height: '100%', minHeight: 0, contain: 'strict' } as const;

/** Below this window width the parts list and the preview start narrower, leaving the form its room. */
const NARROW_WINDOW = 1100;

/** The first sizes: the parts list 240 px (200 in a narrow window), the preview 35 % (30 %), the form the rest. */
function firstLayout(): Layout {
  const width = Math.max(window.innerWidth, 1);
  const narrow = width < NARROW_WINDOW;
  const parts = Math.min(30, ((narrow ? 200 : 240) / width) * 100);
  const preview = narrow ? 30 : 35;
  return { 'pane-parts': parts, 'pane-centre': 100 - parts - preview, 'pane-preview': preview };
}

export function Workspace({ parts, form, help, problems, preview }: WorkspaceProps) {
  const main = usePaneLayout('main', MAIN_IDS, firstLayout);
  const previewRef = usePanelRef();
  const [collapsed, setCollapsed] = useState(false);
  const toggle = () => {
    const panel = previewRef.current;
    if (!panel) return;
    if (panel.isCollapsed()) panel.expand();
    else panel.collapse();
    main.remember();
  };
  return (
    <Group
      orientation="horizontal"
      id="panes-main"
      groupRef={main.groupRef}
      defaultLayout={main.defaultLayout}
      onLayoutChanged={main.onLayoutChanged}
      style={{ flexGrow: 1, minHeight: 0 }}
    >
      <Panel id="pane-parts" minSize={160} maxSize="40%" groupResizeBehavior="preserve-pixel-size">
        <Box component="nav" sx={{ ...PANE, overflow: 'hidden', bgcolor: 'background.default' }}>
          {parts}
        </Box>
      </Panel>
      <PaneSeparator id="pane-separator-parts" label="Resize the parts list and the form" />
      <Panel id="pane-centre" minSize={320}>
        <Centre form={form} help={help} problems={problems} />
      </Panel>
      <PaneSeparator id="pane-separator-preview" label="Resize the form and the XML preview" />
      <Panel
        id="pane-preview"
        minSize={240}
        collapsible
        collapsedSize={RAIL_WIDTH}
        panelRef={previewRef}
        onResize={() => setCollapsed(previewRef.current?.isCollapsed() ?? false)}
      >
        <Box component="aside" aria-label="XML preview" sx={{ ...PANE, display: 'flex', bgcolor: 'background.paper' }}>
          <PreviewRail collapsed={collapsed} onToggle={toggle} />
          {/* Kept mounted while collapsed (the editor and its scroll position survive); hidden from everyone. */}
          <Box sx={{ flexGrow: 1, minWidth: 0, height: '100%', display: collapsed ? 'none' : 'block' }} id="preview-pane-body">
            {preview}
          </Box>
        </Box>
      </Panel>
    </Group>
  );
}

/** The centre column: the form, the help of the focused setting, the problems list; resizable between them. */
function Centre({ form, help, problems }: Pick<WorkspaceProps, 'form' | 'help' | 'problems'>) {
  const ids = ['pane-form', ...(help ? ['pane-help'] : []), ...(problems ? ['pane-problems'] : [])];
  const centre = usePaneLayout('centre', ids);
  return (
    <Group orientation="vertical" id="panes-centre" groupRef={centre.groupRef} defaultLayout={centre.defaultLayout} onLayoutChanged={centre.onLayoutChanged}>
      <Panel id="pane-form" minSize={140}>
        <Box component="main" sx={{ ...PANE, overflowY: 'auto', p: 2 }}>
          {form}
        </Box>
      </Panel>
      {help && (
        <>
          <PaneSeparator id="pane-separator-help" label="Resize the form and the setting help" />
          <Panel id="pane-help" defaultSize="22%" minSize={64}>
            <Box component="section" aria-label="Setting help" sx={{ ...PANE, overflowY: 'auto', bgcolor: 'background.paper' }}>
              {help}
            </Box>
          </Panel>
        </>
      )}
      {problems && (
        <>
          <PaneSeparator id="pane-separator-problems" label="Resize the form and the problems list" />
          <Panel id="pane-problems" defaultSize="28%" minSize={96}>
            <Box component="section" aria-label="Problems" sx={{ ...PANE, bgcolor: 'background.paper' }}>
              {problems}
            </Box>
          </Panel>
        </>
      )}
    </Group>
  );
}
