/**
 * Move up, move down and remove for one entry of a list in a settings form. The buttons name the entry for screen
 * readers; a moved entry's button keeps the focus (by its id), so moving it again is one more key press.
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
  id: string;
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  /** False where the list may not grow shorter (a risk scale's two steps). */
  removable?: boolean;
  /** Named in the visible text ("Flytta skalan upp") where the buttons stand apart from the entry's fields. */
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
