import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';

/**
 * "Lägg till …", which opens a form in its place. The form is handed `done`, which closes it and announces its
 * message, and the cancel button that closes it unsaved.
 */
export function AddButton({
  label,
  onMessage,
  children,
}: {
  label: string;
  onMessage: (message: string) => void;
  children: (done: (message: string) => void, cancel: ReactNode) => ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Once the form closes, saved or not, the keyboard goes on from the button that opened it.
  const opened = useRef(false);
  useEffect(() => {
    if (adding) opened.current = true;
    else if (opened.current) button.current?.focus();
  }, [adding]);
  if (!adding)
    return (
      <Button ref={button} className="button" onPress={() => setAdding(true)}>
        {label}
      </Button>
    );
  const cancel = (
    <Button className="button button-small button-secondary" onPress={() => setAdding(false)}>
      Avbryt
    </Button>
  );
  return children((message) => {
    setAdding(false);
    onMessage(message);
  }, cancel);
}
