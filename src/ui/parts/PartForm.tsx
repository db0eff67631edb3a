// Shows the form of the selected part. The forms of targets, Static and variants (with the settings editor and
// the catalog browser) and the targets × variants and settings matrices load when first opened: the first screen shows the
// document form. A form that fails (or whose code cannot be loaded) is replaced by a notice; choosing another part
// or document tries again.

import { lazy, Suspense, useRef } from 'react';
import { useEditor } from '../../store/editor-store.ts';
import { assertNever } from '../../model/types.ts';
import { partId } from '../../model/refs.ts';
import { useWorkspace } from '../../store/workspace.ts';
import { DocumentForm } from './DocumentForm.tsx';
import { FaultBoundary } from '../common/FaultBoundary.tsx';
import { ImportsForm } from './ImportsForm.tsx';
import { FocusFirstField } from './FocusFirstField.tsx';

const TargetForm = lazy(() => import('../targets/TargetForm.tsx').then((m) => ({ default: m.TargetForm })));
const StaticForm = lazy(() => import('../static/StaticForm.tsx').then((m) => ({ default: m.StaticForm })));
const VariantForm = lazy(() => import('../variants/VariantForm.tsx').then((m) => ({ default: m.VariantForm })));
const MatrixView = lazy(() => import('../matrix/MatrixView.tsx').then((m) => ({ default: m.MatrixView })));
const SettingsMatrixView = lazy(() => import('../settings-matrix/SettingsMatrixView.tsx').then((m) => ({ default: m.SettingsMatrixView })));
const SimulatorView = lazy(() => import('../simulator/SimulatorView.tsx').then((m) => ({ default: m.SimulatorView })));

export function PartForm() {
  const currentId = useWorkspace((s) => s.currentId);
  const part = useEditor((s) => s.selection);
  const host = useRef<HTMLDivElement>(null);
  // The wrapper takes no box of its own (display: contents): it only lets FocusFirstField find the form's fields.
  return (
    <FaultBoundary area="form" resetKey={`${currentId} ${partId(part)}`}>
      <Suspense fallback={null}>
        <div ref={host} style={{ display: 'contents' }}>
          <SelectedForm />
        </div>
        <FocusFirstField host={host} />
      </Suspense>
    </FaultBoundary>
  );
}

function SelectedForm() {
  const part = useEditor((s) => s.selection);
  switch (part.kind) {
    case 'document':
      return <DocumentForm />;
    case 'imports':
      return <ImportsForm />;
    case 'matrix':
      return part.view === 'settings' ? <SettingsMatrixView /> : <MatrixView />;
    case 'simulator':
      return <SimulatorView />;
    case 'target':
      return <TargetForm key={part.key} targetKey={part.key} />;
    case 'static':
      return <StaticForm />;
    case 'variant':
      return <VariantForm key={part.key} variantKey={part.key} />;
    default:
      return assertNever(part);
  }
}
