import { within } from '@testing-library/react';

/** The cells of a version conflict's row for one field: what the person wrote, then what is stored now. */
export function conflictCells(conflict: HTMLElement, field: string): (string | null)[] {
  const row = within(conflict).getByRole('rowheader', { name: field }).closest('tr');
  if (!row) throw new Error(`Raden ${field} saknas`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}
