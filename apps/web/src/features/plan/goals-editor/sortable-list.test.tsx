import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SortableList } from './sortable-list.tsx';
import { moveTo } from './structure-order.ts';

const rows = ['Lokaler', 'Personal', 'Fordon'].map((name) => ({ id: name.toLowerCase(), name }));

/** Saves a move as the editors do: the list is busy until the saved order comes back. */
function Harness() {
  const [entries, setEntries] = useState(rows);
  const [saving, setSaving] = useState(false);
  return (
    <SortableList
      label="Poster"
      entries={entries}
      disabled={saving}
      onMove={(moved, over, position) => {
        setSaving(true);
        setTimeout(() => {
          const order = moveTo(
            entries.map((entry) => entry.id),
            moved.id,
            over.id,
            position,
          );
          setEntries(order.map((id) => entries.find((entry) => entry.id === id) ?? moved));
          setSaving(false);
        }, 10);
      }}
    >
      {(entry, moves) => (
        <>
          <span className="sortable-title">{entry.name}</span>
          <span className="sortable-actions">{moves}</span>
        </>
      )}
    </SortableList>
  );
}

const order = () => screen.getAllByRole('row').map((row) => row.textContent?.split('Flytta')[0]?.slice(1));
const button = (name: string) => screen.getByRole('button', { name });

/** Renders the list and moves one row with the mouse; the keyboard is then where the move leaves it. */
async function moveFirst(buttonName: string, after: string[]) {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(button(buttonName));
  await waitFor(() => expect(order()).toEqual(after));
  return user;
}

describe('SortableList', () => {
  it('keeps the keyboard on the moved row: on the same button, or the other once the row reaches the end', async () => {
    const user = await moveFirst('Flytta ner Lokaler', ['Personal', 'Lokaler', 'Fordon']);
    expect(document.activeElement).toBe(button('Flytta ner Lokaler'));

    await user.keyboard('{Enter}');
    await waitFor(() => expect(order()).toEqual(['Personal', 'Fordon', 'Lokaler']));
    expect(button('Flytta ner Lokaler')).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(button('Flytta upp Lokaler'));

    await user.keyboard('{Enter}');
    await waitFor(() => expect(order()).toEqual(['Personal', 'Lokaler', 'Fordon']));
    expect(document.activeElement).toBe(button('Flytta upp Lokaler'));
  });

  it('keeps the keyboard on a row moved up to the start, on its move down button', async () => {
    await moveFirst('Flytta upp Personal', ['Personal', 'Lokaler', 'Fordon']);
    expect(document.activeElement).toBe(button('Flytta ner Personal'));
  });
});
