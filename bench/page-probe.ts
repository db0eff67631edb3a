// In-page probes, injected with page.evaluate / addInitScript. Plain functions over the DOM: they must not
// close over anything from Node (Playwright serializes them as source).

/**
 * Installed before any page script runs: long tasks and first-load milestones. No probe keeps an animation-frame
 * loop running: a page that requests a frame every frame has its frames locked to the display's 60 Hz clock, so
 * a keystroke's frame would wait for the next tick (8 ms on average) only because of the measurement.
 */
export function installLoadProbe(): void {
  const w = window as unknown as { __bench: Record<string, unknown> };
  const b: Record<string, unknown> = { longTasks: [] as { start: number; duration: number }[] };
  w.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (b.longTasks as { start: number; duration: number }[]).push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.noLongTaskApi = true;
  }
  // First load to interactive: the document form's Name field is in the page and visible, a frame with it
  // has been painted (rAF, then a task after that frame), and the main thread is free to run a queued task.
  const check = () => {
    const input = document.querySelector('[data-testid="doc-name"]') as HTMLElement | null;
    if (!input || !input.getClientRects().length) return false;
    b.formVisible = performance.now();
    requestAnimationFrame(() => {
      setTimeout(() => {
        b.interactive = performance.now();
      }, 0);
    });
    return true;
  };
  const mo = new MutationObserver(() => {
    if (check()) mo.disconnect();
  });
  document.addEventListener('DOMContentLoaded', () => {
    if (!check()) mo.observe(document.body, { childList: true, subtree: true });
  });
}

/**
 * Keystroke recorder: for each keydown, when the preview's text changed (CodeMirror state, so a change outside
 * the visible lines counts too), when the problem counts changed, and when the frame after the preview change
 * was painted (a task queued from that frame's requestAnimationFrame callback). Checked in each animation frame
 * from the keydown on until the preview change is seen (at most 120 frames): frames are requested only after a
 * key, as the app itself does, not in a loop that runs all the time.
 */
export function installKeyProbe(): void {
  type Rec = {
    key: string;
    t0: number;
    task?: number;
    doc0: unknown;
    counts0: string;
    previewAt?: number;
    previewFrame?: number;
    countsAt?: number;
    countsFrame?: number;
    painted?: number;
    handled?: number;
  };
  const w = window as unknown as { __keys: { recs: Rec[]; view: () => { state: { doc: unknown } } | null; counts: () => string } };
  const view = () => {
    const c = document.querySelector('[data-testid="xml-preview"] .cm-content') as
      | (HTMLElement & { cmTile?: { root?: { view?: unknown } }; cmView?: { rootView?: { view?: unknown } } })
      | null;
    if (!c) return null;
    return ((c.cmTile?.root?.view ?? c.cmView?.rootView?.view) as { state: { doc: unknown } } | undefined) ?? null;
  };
  const counts = () =>
    `${document.querySelector('[data-testid="error-count"]')?.textContent ?? ''}/${document.querySelector('[data-testid="warning-count"]')?.textContent ?? ''}`;
  const recs: Rec[] = [];
  w.__keys = { recs, view, counts };
  let frame = 0;
  let watching = 0;
  const tick = () => {
    frame++;
    const now = performance.now();
    const v = view();
    let open = false;
    for (let i = Math.max(0, recs.length - 3); i < recs.length; i++) {
      const r = recs[i];
      if (r.previewAt === undefined && v && v.state.doc !== r.doc0) {
        r.previewAt = now;
        r.previewFrame = frame;
        setTimeout(() => (r.painted = performance.now()), 0);
      }
      if (r.countsAt === undefined && counts() !== r.counts0) {
        r.countsAt = now;
        r.countsFrame = frame;
      }
      // Watching stops at the frame that shows the preview change: counts that changed later are not "same frame".
      if (r.previewAt === undefined) open = true;
    }
    if (open && --watching > 0) requestAnimationFrame(tick);
    else watching = 0;
  };
  window.addEventListener(
    'keydown',
    (e) => {
      const rec: Rec = { key: e.key, t0: e.timeStamp, doc0: view()?.state.doc, counts0: counts() };
      recs.push(rec);
      setTimeout(() => (rec.task = performance.now()), 0);
      if (watching === 0) requestAnimationFrame(tick);
      watching = 120;
    },
    true,
  );
  // The end of the app's work for a key: a listener on window in the bubble phase runs after React's root
  // listener, which renders the change and runs its layout effects (the preview's ranged edit) before returning.
  window.addEventListener('input', () => {
    const r = recs[recs.length - 1];
    if (r && r.handled === undefined) r.handled = performance.now();
  });
}

/** Import probe: from the file input's change event to the imported document's Name in the form, painted. */
export function installImportProbe(args: { name: string; xmlLength: number }): void {
  const w = window as unknown as { __import: Record<string, unknown> };
  const r: Record<string, unknown> = {};
  w.__import = r;
  const input = document.querySelector('[data-testid="open-file-input"]') as HTMLInputElement;
  input.addEventListener('change', (e) => (r.start = e.timeStamp), { capture: true, once: true });
  const tick = () => {
    const now = performance.now();
    if (r.start !== undefined) {
      if (r.progressSeen === undefined && document.querySelector('[role="progressbar"]')) r.progressSeen = now;
      const name = document.querySelector('[data-testid="doc-name"]') as HTMLInputElement | null;
      if (r.editable === undefined && name && name.value === args.name) {
        r.editable = now;
        setTimeout(() => (r.painted = performance.now()), 0);
      }
      const err = document.querySelector('[data-testid="import-error-text"]');
      if (r.refused === undefined && err) r.refused = err.textContent;
      const c = document.querySelector('[data-testid="xml-preview"] .cm-content') as
        | (HTMLElement & { cmTile?: { root?: { view?: { state: { doc: { length: number } } } } } })
        | null;
      if (r.previewFull === undefined && c?.cmTile?.root?.view?.state.doc.length === args.xmlLength) r.previewFull = now;
    }
    if (r.painted === undefined || r.previewFull === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * The keystroke baseline: a bare page with one input whose input handler writes the value into a text node (the
 * "preview"), measured like the app: keydown timeStamp → the first task after the frame in which the text node
 * holds the change (checked in each animation frame from the keydown on, as installKeyProbe does).
 */
export function installBarePage(): void {
  document.body.innerHTML = '<input id="bare-input" style="font: 14px sans-serif; width: 400px"><pre id="bare-preview"></pre>';
  const input = document.getElementById('bare-input') as HTMLInputElement;
  const preview = document.getElementById('bare-preview') as HTMLElement;
  type Rec = { t0: number; text0: string; painted?: number; handled?: number };
  const recs: Rec[] = [];
  (window as unknown as { __bare: Rec[] }).__bare = recs;
  window.addEventListener('keydown', (e) => recs.push({ t0: e.timeStamp, text0: preview.textContent ?? '' }), true);
  input.addEventListener('input', () => {
    preview.textContent = `<Setting Name="Bare" Value="${input.value}" />`;
    const r = recs[recs.length - 1];
    if (r && r.handled === undefined) r.handled = performance.now();
  });
  let watching = 0;
  const tick = () => {
    let open = false;
    for (let i = Math.max(0, recs.length - 3); i < recs.length; i++) {
      const r = recs[i];
      if (r.painted === undefined && preview.textContent !== r.text0) {
        r.painted = -1;
        setTimeout(() => (r.painted = performance.now()), 0);
      }
      if (r.painted === undefined) open = true;
    }
    if (open && --watching > 0) requestAnimationFrame(tick);
    else watching = 0;
  };
  window.addEventListener(
    'keydown',
    () => {
      if (watching === 0) requestAnimationFrame(tick);
      watching = 120;
    },
    true,
  );
  input.focus();
}
