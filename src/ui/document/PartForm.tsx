// Shows the form of the selected part.

import { useEditor } from '../../store/editor-store.ts';
import { assertNever } from '../../model/types.ts';
import { DocumentForm } from './DocumentForm.tsx';
import { ImportsForm } from './ImportsForm.tsx';
import { TargetForm } from '../targets/TargetForm.tsx';
import { StaticForm } from '../static/StaticForm.tsx';
import { VariantForm } from '../variants/VariantForm.tsx';

export function PartForm() {
  const part = useEditor((s) => s.selection);
  switch (part.kind) {
    case 'document':
      return <DocumentForm />;
    case 'imports':
      return <ImportsForm />;
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
