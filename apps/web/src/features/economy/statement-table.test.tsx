import type { StatementTableView } from '@styr/shared/contracts/economy';
import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatementTable } from './statement-table.tsx';

const summary: StatementTableView = {
  key: 'sammandrag',
  title: 'Resultaträkning sammandrag',
  columnsChosen: true,
  columns: [
    { id: 'ub', kind: 'budget', year: 2024, month: null, label: 'Ursprunglig budget' },
    { id: 'utfall', kind: 'actual', year: 2024, month: null, label: null },
  ],
  rows: [
    {
      line: 'netto',
      label: 'Nettokostnad',
      computed: true,
      values: { ub: '-270000000', utfall: '-299999000' },
    },
  ],
  warnings: [
    {
      line: 'netto',
      column: 'utfall',
      printed: '-299999000',
      computed: '-300000000',
      message: 'Nettokostnad, Bokslut 2024: det tryckta beloppet skiljer sig från det beräknade',
    },
  ],
};

describe('StatementTable', () => {
  it('shows the table under its own title and columns, and a printed figure that differs as a warning', () => {
    const { getByRole } = render(<StatementTable statement={summary} year={2024} />);
    const table = getByRole('table', { name: 'Resultaträkning sammandrag 2024, mnkr' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Mnkr', 'Ursprunglig budget', 'Bokslut 2024']);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['−270,0', '−300,0 (tryckt)']);
    expect(getByRole('status').textContent).toContain(
      'Nettokostnad, Bokslut 2024: det tryckta beloppet skiljer sig från det beräknade',
    );
  });

  it('shows no warning where every printed figure agrees', () => {
    const { queryByRole } = render(<StatementTable statement={{ ...summary, warnings: [] }} year={2024} />);
    expect(queryByRole('status')).toBeNull();
  });
});
