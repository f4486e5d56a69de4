import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StyrApi } from '../../../api/styr-api.ts';
import { committeeYear, id, renderWithApi } from '../goals-editor/plan-fixtures.tsx';
import { YearFileImport } from './year-file-import.tsx';

const municipality = id(8);
const part = (created: string[] = [], changed: string[] = [], unchanged: string[] = []) => ({
  created,
  changed,
  unchanged,
  removed: [],
});

const renderImport = (planMeasures: Partial<StyrApi['planMeasures']>) =>
  renderWithApi(<YearFileImport view={committeeYear()} />, { planMeasures });

const choose = (content: string) =>
  fireEvent.change(screen.getByLabelText('Fil i formatet styr/committee-year (.json)'), {
    target: { files: [new File([content], 'plan-2025.json', { type: 'application/json' })] },
  });

describe('YearFileImport', () => {
  it('shows what the file would do and writes it only when confirmed', async () => {
    const previewYearFile = vi.fn().mockResolvedValue({
      preview: true,
      municipalityId: municipality,
      committeeId: id(1),
      year: 2025,
      parts: {
        goalAreas: part(),
        goals: part(['Trygg stad', 'Trygga barn']),
        indicators: part([], ['Andel nöjda'], ['Väntetid']),
        assignments: part(),
        risks: part(),
      },
    });
    const importYearFile = vi.fn().mockResolvedValue(undefined);
    renderImport({ previewYearFile, importYearFile });
    choose('{"format":"styr/committee-year"}');
    const button = screen.getByRole('button', { name: 'Förhandsgranska' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    const region = await screen.findByRole('region', { name: 'Förhandsgranskning' });
    expect(previewYearFile).toHaveBeenCalledWith(municipality, { format: 'styr/committee-year' });
    expect(importYearFile).not.toHaveBeenCalled();
    const rows = within(region)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows[2]).toEqual(['Mål', '2', '0', '0', '0']);
    expect(rows[3]).toEqual(['Mått', '0', '1', '1', '0']);
    expect(within(region).getByText('Trygg stad; Trygga barn')).toBeTruthy();

    fireEvent.click(within(region).getByRole('button', { name: 'Läs in filen' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Filen plan-2025.json är inläst.'),
    );
    expect(importYearFile).toHaveBeenCalledWith(municipality, { format: 'styr/committee-year' });
  });

  it('says so when the file is not JSON, and sends nothing', async () => {
    const previewYearFile = vi.fn();
    renderImport({ previewYearFile });
    choose('inte json');
    expect(
      await screen.findByText('Filen plan-2025.json är inte en JSON-fil i formatet styr/committee-year.'),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Förhandsgranska' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(previewYearFile).not.toHaveBeenCalled();
  });
});
