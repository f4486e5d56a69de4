import {
  createContext,
  type ReactNode,
  type RefObject,
  useCallback,
  useContext,
  useEffect,
  useRef,
} from 'react';
import { type FieldValues, get } from 'react-hook-form';
import type { ConflictRow } from '../version-conflict.tsx';

/** How a field of a form is named and shows one of its values beside another in a version conflict. */
export interface ComparedField {
  label: string;
  show: (value: unknown) => ReactNode;
}

type Register = (name: string, field: RefObject<ComparedField>) => () => void;

const ComparedFieldsContext = createContext<Register | null>(null);

export const ComparedFieldsProvider = ComparedFieldsContext.Provider;

/**
 * The fields a SaveForm holds, in the order they were placed: a version conflict compares each of them, so that
 * a form names its fields once, where they are placed.
 */
export function useComparedFields() {
  const fields = useRef(new Map<string, RefObject<ComparedField>>());
  const register = useCallback<Register>((name, field) => {
    fields.current.set(name, field);
    return () => {
      if (fields.current.get(name) === field) fields.current.delete(name);
    };
  }, []);
  /** Each field's value as stored now beside the one the person wrote. */
  const rows = (stored: FieldValues, mine: FieldValues): ConflictRow[] =>
    [...fields.current].map(([name, { current: field }]) => ({
      label: field.label,
      value: field.show(get(stored, name)),
      mine: field.show(get(mine, name)),
    }));
  return { register, rows };
}

/** Lists the named field of the enclosing SaveForm in a version conflict, its values shown by `show`; null: not. */
export function useComparedField(name: string, label: string, show: ComparedField['show'] | null) {
  const register = useContext(ComparedFieldsContext);
  const field = useRef<ComparedField>({ label, show: show ?? shownText });
  field.current = { label, show: show ?? shownText };
  const compared = show !== null;
  useEffect(() => (compared ? register?.(name, field) : undefined), [register, name, compared]);
}

/**
 * Fields compared in a version conflict as one row, the whole of `name`'s value shown by `show`: a list's rows,
 * whose fields are named alike for every row.
 */
export function ComparedAsOne({
  name,
  label,
  show,
  children,
}: {
  name: string;
  label: string;
  show: ComparedField['show'] | null;
  children: ReactNode;
}) {
  useComparedField(name, label, show);
  return <ComparedFieldsContext.Provider value={null}>{children}</ComparedFieldsContext.Provider>;
}

/** A typed text as it stands, or a dash where it is empty. */
export const shownText = (value: unknown): string =>
  (typeof value === 'string' ? value.trim() : value == null ? '' : String(value)) || '–';

/** The label of the chosen option, or a dash where none is chosen (an empty value is a prompt, not a choice). */
export const shownChoice =
  (options: readonly { value: string; label: ReactNode }[]) =>
  (value: unknown): ReactNode =>
    (value !== '' && options.find((option) => option.value === value)?.label) || '–';

/** The labels of the chosen options, in the list's order, or a dash where none is chosen. */
export const shownChoices =
  (options: readonly { value: string; label: ReactNode }[]) =>
  (value: unknown): ReactNode => {
    const chosen = Array.isArray(value) ? value : [];
    const labels = chosen.map((entry) => options.find((option) => option.value === entry)?.label ?? entry);
    return labels.length === 0
      ? '–'
      : labels.map((label, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the labels are shown in the order chosen and never move
          <span key={index}>
            {index > 0 && ', '}
            {label}
          </span>
        ));
  };
