import { type FieldError, get, useFormState } from 'react-hook-form';
import { FieldProblem } from '../form-fields.tsx';

/**
 * The message about a list as a whole ("Minst ett riskområde behövs"). The form keeps it at the list's own name
 * or, once the list has fields of its own, under `root`.
 */
export function listErrorOf(error: unknown): string | undefined {
  const found = error as (FieldError & { root?: FieldError }) | undefined;
  return found?.root?.message ?? (typeof found?.message === 'string' ? found.message : undefined);
}

/** The message the form holds for the field at `path`, where it holds one. */
export function messageAt(errors: unknown, path: string): string | undefined {
  const found: { message?: unknown } | undefined = get(errors, path);
  return typeof found?.message === 'string' ? found.message : undefined;
}

/** The message about the list `name` as a whole, said where the list starts. */
export function ListError({ name }: { name: string }) {
  const { errors } = useFormState({ name });
  const message = listErrorOf(get(errors, name));
  if (!message) return null;
  return <FieldProblem id={undefined}>{message}</FieldProblem>;
}

/**
 * Move up, move down and remove for one row of a list in a form (e.g. one `useFieldArray` field). The buttons name
 * the row for screen readers; a moved row's button keeps the focus (by the row's id), so moving it again is one
 * more key press.
 */
export function RowButtons({
  id,
  name,
  index,
  count,
  onMove,
  onRemove,
  removable = true,
  noun,
}: {
  /** Stable through moves, such as the id `useFieldArray` gives the row. */
  id: string;
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  /** False where the list may not grow shorter. */
  removable?: boolean;
  /** Named in the visible text ("Flytta skalan upp") where the buttons stand apart from the row's fields. */
  noun?: string;
}) {
  const move = (step: -1 | 1) => {
    onMove(step);
    requestAnimationFrame(() => document.getElementById(`${step === -1 ? 'upp' : 'ned'}-${id}`)?.focus());
  };
  return (
    <div className="row-buttons">
      <button
        type="button"
        id={`upp-${id}`}
        className="button button-small button-secondary"
        disabled={index === 0}
        aria-label={`Flytta upp ”${name}”`}
        onClick={() => move(-1)}
      >
        {noun ? `Flytta ${noun} upp` : 'Upp'}
      </button>
      <button
        type="button"
        id={`ned-${id}`}
        className="button button-small button-secondary"
        disabled={index === count - 1}
        aria-label={`Flytta ned ”${name}”`}
        onClick={() => move(1)}
      >
        {noun ? `Flytta ${noun} ned` : 'Ned'}
      </button>
      <button
        type="button"
        className="button button-small button-danger"
        disabled={!removable}
        aria-label={`Ta bort ”${name}”`}
        onClick={onRemove}
      >
        {noun ? `Ta bort ${noun}` : 'Ta bort'}
      </button>
    </div>
  );
}
