import { useId, useState } from 'react';
import { FieldProblem } from './form-fields.tsx';

/** What was typed, read as the value to apply, or the reason it cannot be. */
export type InlineReading = { value: string } | { problem: string };

/** What one kind of inline field asks for and how it reads what was typed. */
export interface InlineInput {
  label: string;
  type?: 'text' | 'url';
  maxLength?: number;
  applyLabel: (text: string) => string;
  canApply?: (text: string) => boolean;
  read: (text: string) => InlineReading;
}

/**
 * One line typed in the rich-text editor's toolbar row, e.g. a link's address: Enter applies it, Escape leaves it.
 * Not a form: it sits inside one, whose own Enter would save.
 */
export function RichTextInlineField({
  label,
  type = 'text',
  initial,
  maxLength,
  applyLabel,
  canApply = () => true,
  read,
  onApply,
  onCancel,
}: InlineInput & {
  initial: string;
  onApply: (value: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const allowed = canApply(text);
  const apply = () => {
    const reading = read(text);
    if ('problem' in reading) setProblem(reading.problem);
    else onApply(reading.value);
  };
  return (
    <div className="rich-text-link">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {problem && <FieldProblem id={errorId}>{problem}</FieldProblem>}
      <input
        id={id}
        className="input"
        type={type}
        maxLength={maxLength}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (allowed) apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="button" className="button button-small" disabled={!allowed} onClick={apply}>
        {applyLabel(text)}
      </button>
      <button type="button" className="button button-small button-secondary" onClick={onCancel}>
        Avbryt
      </button>
    </div>
  );
}
