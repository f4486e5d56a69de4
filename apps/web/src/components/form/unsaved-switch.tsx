import { useRef, useState } from 'react';
import { UnsavedWorkDialog } from './unsaved-work-dialog.tsx';

/**
 * A choice that replaces the form beneath it (a chapter, a figure, a follow-up): `guard` makes the change at once,
 * or, where the form holds unsaved changes, after asking. The form goes inside `<UnsavedWorkScope value={scope}>`;
 * `dialog` is the question.
 */
export function useUnsavedSwitch() {
  const scope = useRef(new Set<string>()).current;
  const [pending, setPending] = useState<{ change: () => void } | null>(null);
  return {
    scope,
    guard: (change: () => void) => (scope.size > 0 ? setPending({ change }) : change()),
    dialog: (
      <UnsavedWorkDialog
        isOpen={pending !== null}
        text="Om du byter nu försvinner det du har skrivit men inte sparat."
        goLabel="Byt utan att spara"
        onStay={() => setPending(null)}
        onGo={() => {
          pending?.change();
          setPending(null);
        }}
      />
    ),
  };
}
