/** "Flytta upp" and "Flytta ned" for one entry of an ordered list, each naming the entry for screen readers. */
export function MoveButtons({
  name,
  index,
  count,
  onMove,
  disabled,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (position: number) => void;
  disabled: boolean;
}) {
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={`Flytta upp ${name}`}
        disabled={disabled || index === 0}
        onClick={() => onMove(index - 1)}
      >
        Upp
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={`Flytta ned ${name}`}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        Ned
      </button>
    </span>
  );
}
