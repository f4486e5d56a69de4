import type { ReactNode } from 'react';

/**
 * A button whose work takes a moment: while it is under way the button says so (`pendingLabel`, e.g. "Loggar
 * ut…") and cannot be pressed again.
 */
export function PendingButton({
  pending,
  pendingLabel,
  type = 'button',
  className = 'button',
  disabled = false,
  onClick,
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  type?: 'button' | 'submit';
  className?: string;
  disabled?: boolean;
  onClick?: () => void;
  children: ReactNode;
}) {
  return (
    <button type={type} className={className} onClick={onClick} disabled={pending || disabled}>
      {pending ? pendingLabel : children}
    </button>
  );
}
