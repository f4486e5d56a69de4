/**
 * A form's values read from the stored object's fields of the same names: `blank` names the fields and is what a
 * new object's form starts from; a field the stored object leaves empty (null) is blank too.
 */
export const storedValues =
  <V extends Record<string, string | boolean>>(blank: V) =>
  <T extends { [K in keyof V]?: V[K] | null }>(stored: T | null): V => {
    const values = { ...blank };
    for (const name of Object.keys(blank) as (keyof V)[])
      values[name] = (stored?.[name] as V[keyof V] | null | undefined) ?? blank[name];
    return values;
  };
