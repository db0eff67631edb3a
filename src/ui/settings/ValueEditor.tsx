// The Value field of a `<Setting>`, shaped by its catalog type (src/model/value-editor.ts): a select of the
// boolean spellings or enum options, a number field with its range, a list editor for multistrings, a text
// field with its length limit. Every editor keeps the value exactly as written and reports on the field.

import { useMemo } from 'react';
import type { CatalogSetting } from '../../model/catalog/types.ts';
import type { FieldRef } from '../../model/refs.ts';
import { booleanMeaning, choicesFor, describeValueEditor, integerReading, valueAdvice, valueProblem } from '../../model/value-editor.ts';
import { TextInput } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';
import { ComboInput } from '../common/ComboInput.tsx';
import { ListValueEditor } from './ListValueEditor.tsx';

export interface ValueEditorProps {
  readonly setting: CatalogSetting | undefined;
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly fieldRef: FieldRef;
  readonly testId: string;
}

export function ValueEditor({ setting, value, onChange, fieldRef, testId }: ValueEditorProps) {
  const editor = useMemo(() => describeValueEditor(setting), [setting]);
  const text = value ?? '';
  const problem = valueProblem(setting, text);
  // Shown in place of the hint: what the tool refuses, else what the documentation advises instead.
  const note = problem ?? valueAdvice(setting, text);
  const common = { label: 'Value', fieldRef, testId };
  switch (editor.kind) {
    case 'boolean':
    case 'fixed': {
      const meaning = editor.kind === 'boolean' && text !== '' ? booleanMeaning(text) : '';
      return (
        <SelectInput
          {...common}
          value={text === '' ? undefined : text}
          options={choicesFor(editor.options, text, problem)}
          onChange={(v) => onChange(v ?? '')}
          width={220}
          helperText={note ?? (meaning ? `${text} = ${meaning}` : editor.kind === 'boolean' ? 'yes/no' : undefined)}
        />
      );
    }
    case 'enum': {
      const current = editor.options.find((o) => o.value === text);
      if (editor.free) {
        return (
          <ComboInput
            {...common}
            value={text}
            options={editor.options.map((o) => o.value)}
            onChange={onChange}
            monospace
            helperText={note ?? current?.label ?? editor.hint}
          />
        );
      }
      return (
        <SelectInput
          {...common}
          value={text === '' ? undefined : text}
          options={choicesFor(editor.options, text, problem)}
          onChange={(v) => onChange(v ?? '')}
          width={300}
          helperText={note ?? undefined}
        />
      );
    }
    case 'integer': {
      const reading = integerReading(editor, text);
      return (
        <TextInput
          {...common}
          value={text}
          onChange={onChange}
          needed
          monospace
          helperText={note ?? [editor.hint, reading].filter(Boolean).join(' · ')}
        />
      );
    }
    case 'list':
      return <ListValueEditor {...common} value={text} onChange={onChange} hint={note ?? editor.hint} />;
    case 'text': {
      const count = editor.maxLength !== undefined ? ` (${text.length}/${editor.maxLength})` : '';
      return <TextInput {...common} value={text} onChange={onChange} needed monospace helperText={note ?? (editor.hint + count || undefined)} />;
    }
    case 'plain':
      return <TextInput {...common} value={text} onChange={onChange} needed monospace helperText={note ?? undefined} />;
    default: {
      const never: never = editor;
      return never;
    }
  }
}
