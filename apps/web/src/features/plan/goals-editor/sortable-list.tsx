import { type ReactNode, type RefObject, useLayoutEffect, useRef } from 'react';
import { Button, GridList, GridListItem, type Key, useDragAndDrop } from 'react-aria-components';
import type { Position } from './structure-order.ts';
import '../../../styles/plan-goals-editor.css';

export interface SortableEntry {
  id: string;
  /** What the row is called, for screen readers, the drag handle and the move buttons. */
  name: string;
}

type Direction = 'up' | 'down';
const moveLabels: Record<Direction, string> = { up: 'Flytta upp', down: 'Flytta ner' };
const opposite: Record<Direction, Direction> = { up: 'down', down: 'up' };

const anywhere = () => true;

/** The move button last pressed: its row, where the row stood, and which way it went. */
type Moving = { id: string; from: number; direction: Direction };

/**
 * A row's "Flytta upp" and "Flytta ner". A row moved to the end (or start) of the list would lose the keyboard
 * with the button just pressed, which is then disabled: once the row shows in its new place, the keyboard
 * stays with it, on the same button or else the other.
 */
function MoveButtons({
  entry,
  index,
  targets,
  moving,
  onMove,
}: {
  entry: SortableEntry;
  index: number;
  targets: Record<Direction, boolean>;
  moving: RefObject<Moving | null>;
  onMove: (direction: Direction) => void;
}) {
  const buttons = { up: useRef<HTMLButtonElement>(null), down: useRef<HTMLButtonElement>(null) };
  useLayoutEffect(() => {
    const last = moving.current;
    if (!last || last.id !== entry.id || last.from === index) return;
    moving.current = null;
    const same = buttons[last.direction].current;
    (same && !same.disabled ? same : buttons[opposite[last.direction]].current)?.focus();
  });
  return (['up', 'down'] as const).map((direction) => (
    <Button
      key={direction}
      ref={buttons[direction]}
      className="button button-small button-secondary"
      aria-label={`${moveLabels[direction]} ${entry.name}`}
      isDisabled={!targets[direction]}
      onPress={() => onMove(direction)}
    >
      {moveLabels[direction]}
    </Button>
  ));
}

/**
 * A list ordered by dragging a row (by mouse, or by keyboard from its handle as React Aria's drag and drop
 * allows) or with its "Flytta upp" and "Flytta ner" buttons. The owner decides which moves are allowed,
 * e.g. goals only among the goals beneath the same parent, and saves the order. Goal areas, goals,
 * activities, measures under a goal and assignments are all ordered with it.
 */
export function SortableList<T extends SortableEntry>({
  label,
  entries,
  canMove = anywhere,
  onMove,
  children,
  disabled,
}: {
  label: string;
  entries: readonly T[];
  /** Whether `moved` may be placed before or after `target`; anywhere when not given. */
  canMove?: (moved: T, target: T) => boolean;
  onMove: (moved: T, target: T, position: Position) => void;
  /** The row's content and actions, beside the handle and the move buttons. */
  children: (entry: T, moves: ReactNode) => ReactNode;
  /**
   * While a move is being saved and the list read again, no other starts; the buttons stay focusable so the
   * keyboard keeps its place.
   */
  disabled: boolean;
}) {
  const dragged = useRef<T | null>(null);
  const moving = useRef<Moving | null>(null);
  const busy = useRef(disabled);
  busy.current = disabled;

  const byId = (key: Key) => entries.find((entry) => entry.id === String(key));
  const { dragAndDropHooks } = useDragAndDrop({
    isDisabled: disabled,
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': byId(key)?.name ?? String(key) })),
    onDragStart: (event) => {
      moving.current = null;
      dragged.current = byId([...event.keys][0] ?? '') ?? null;
    },
    getDropOperation: (target) => {
      const moved = dragged.current;
      const over = target.type === 'item' ? byId(target.key) : undefined;
      return moved && over && over.id !== moved.id && canMove(moved, over) ? 'move' : 'cancel';
    },
    onReorder: (event) => {
      const moved = byId([...event.keys][0] ?? '');
      const target = byId(event.target.key);
      if (moved && target && event.target.dropPosition !== 'on')
        onMove(moved, target, event.target.dropPosition);
    },
  });
  /** The nearest row up or down that the entry may pass, or null at the end. */
  const step = (entry: T, direction: Direction) => {
    const by = direction === 'up' ? -1 : 1;
    for (let index = entries.indexOf(entry) + by; index >= 0 && index < entries.length; index += by) {
      const other = entries[index] as T;
      if (canMove(entry, other)) return other;
    }
    return null;
  };
  const moves = (entry: T, index: number) => {
    const up = step(entry, 'up');
    const down = step(entry, 'down');
    return (
      <MoveButtons
        entry={entry}
        index={index}
        targets={{ up: up !== null, down: down !== null }}
        moving={moving}
        onMove={(direction) => {
          const target = direction === 'up' ? up : down;
          if (busy.current || !target) return;
          moving.current = { id: entry.id, from: index, direction };
          onMove(entry, target, direction === 'up' ? 'before' : 'after');
        }}
      />
    );
  };
  return (
    <GridList
      aria-label={label}
      className="sortable-list"
      items={entries}
      // A row's buttons depend on its place in the list, not only on its entry.
      dependencies={[entries, canMove, children]}
      dragAndDropHooks={dragAndDropHooks}
      selectionMode="none"
      // Tab reaches a row's handle and buttons in turn, as on the rest of the page; arrow keys move between rows.
      keyboardNavigationBehavior="tab"
    >
      {(entry) => (
        <GridListItem id={entry.id} textValue={entry.name} className="sortable-row">
          <Button slot="drag" className="drag-handle" aria-label={`Dra ${entry.name}`}>
            <span aria-hidden="true">⠿</span>
          </Button>
          <div className="sortable-content">{children(entry, moves(entry, entries.indexOf(entry)))}</div>
        </GridListItem>
      )}
    </GridList>
  );
}
