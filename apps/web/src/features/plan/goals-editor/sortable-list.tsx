import { type ReactNode, useRef } from 'react';
import { Button, GridList, GridListItem, type Key, useDragAndDrop } from 'react-aria-components';
import type { Position } from './structure-order.ts';

export interface SortableEntry {
  id: string;
  /** What the row is called, for screen readers, the drag handle and the move buttons. */
  name: string;
}

/**
 * A list ordered by dragging a row (by mouse, or by keyboard from its handle as React Aria's drag and drop
 * allows) or with its "Flytta upp" and "Flytta ner" buttons. The owner decides which moves are allowed,
 * e.g. goals only among the goals beneath the same parent, and saves the order.
 */
export function SortableList<T extends SortableEntry>({
  label,
  entries,
  canMove,
  onMove,
  children,
  disabled,
}: {
  label: string;
  entries: readonly T[];
  /** Whether `moved` may be placed before or after `target`. */
  canMove: (moved: T, target: T) => boolean;
  onMove: (moved: T, target: T, position: Position) => void;
  /** The row's content and actions, beside the handle and the move buttons. */
  children: (entry: T, moves: ReactNode) => ReactNode;
  /** While a move is being saved, no other starts; the buttons stay focusable so the keyboard keeps its place. */
  disabled: boolean;
}) {
  const dragged = useRef<T | null>(null);
  const press = (entry: T, direction: 'up' | 'down', target: T | null) => {
    if (disabled || !target) return;
    onMove(entry, target, direction === 'up' ? 'before' : 'after');
  };
  const byId = (key: Key) => entries.find((entry) => entry.id === String(key));
  const { dragAndDropHooks } = useDragAndDrop({
    isDisabled: disabled,
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': byId(key)?.name ?? String(key) })),
    onDragStart: (event) => {
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
  const step = (entry: T, direction: -1 | 1) => {
    const at = entries.indexOf(entry);
    for (let index = at + direction; index >= 0 && index < entries.length; index += direction) {
      const other = entries[index] as T;
      if (canMove(entry, other)) return other;
    }
    return null;
  };
  return (
    <GridList
      aria-label={label}
      className="sortable-list"
      items={entries}
      dragAndDropHooks={dragAndDropHooks}
      selectionMode="none"
      // Tab reaches a row's handle and buttons in turn, as on the rest of the page; arrow keys move between rows.
      keyboardNavigationBehavior="tab"
    >
      {(entry) => {
        const up = step(entry, -1);
        const down = step(entry, 1);
        const moves = (
          <>
            <Button
              className="button button-small button-secondary"
              aria-label={`Flytta upp ${entry.name}`}
              isDisabled={!up}
              onPress={() => press(entry, 'up', up)}
            >
              Flytta upp
            </Button>
            <Button
              className="button button-small button-secondary"
              aria-label={`Flytta ner ${entry.name}`}
              isDisabled={!down}
              onPress={() => press(entry, 'down', down)}
            >
              Flytta ner
            </Button>
          </>
        );
        return (
          <GridListItem id={entry.id} textValue={entry.name} className="sortable-row">
            <Button slot="drag" className="drag-handle" aria-label={`Dra ${entry.name}`}>
              <span aria-hidden="true">⠿</span>
            </Button>
            <div className="sortable-content">{children(entry, moves)}</div>
          </GridListItem>
        );
      }}
    </GridList>
  );
}
