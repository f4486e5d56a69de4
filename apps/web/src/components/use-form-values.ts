import { useState } from 'react';

export function useFormValues<T extends Record<string, unknown>>(
  initial: T,
  clearField: (name: string) => void,
) {
  const [values, setValues] = useState(initial);

  // A field's error is about the value just replaced, so it goes with it.
  const change =
    <K extends keyof T & string>(field: K) =>
    (value: T[K]) => {
      setValues((current) => ({ ...current, [field]: value }));
      clearField(field);
    };

  return { values, change };
}
