import type { Me } from '@styr/shared/contracts/auth';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../api/api-context.tsx';
import type { StyrApi } from '../../../api/styr-api.ts';
import { SignedInContext } from '../../auth/index.ts';
import { YearFileImport } from './year-file-import.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const view = {
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2025,
  followUpPoints: [],
  assessmentScales: {},
  documents: [],
  goalAreas: [],
  goals: [],
  indicators: [],
  assignments: [],
  labels: documentLabelDefaults,
} satisfies CommitteeYearView;
const me: Me = {
  user: { id: id(1), email: 'controller@ekmark.example', displayName: 'Controller', municipalityId: id(20) },
  municipality: { id: id(20), name: 'Ekmarks kommun', shortName: 'Ekmark' },
  grants: [],
  csrfToken: 'csrf',
};
const part = (created: string[] = [], changed: string[] = [], unchanged: string[] = []) => ({
  created,
  changed,
  unchanged,
  removed: [],
});

function renderImport(planMeasures: Partial<StyrApi['planMeasures']>) {
  const api = { planMeasures } as unknown as StyrApi;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api}>
        <SignedInContext value={me}>
          <YearFileImport view={view} />
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

const choose = (content: string) =>
  fireEvent.change(screen.getByLabelText('Fil i formatet styr/committee-year (.json)'), {
    target: { files: [new File([content], 'plan-2025.json', { type: 'application/json' })] },
  });

describe('YearFileImport', () => {
  it('shows what the file would do and writes it only when confirmed', async () => {
    const previewYearFile = vi.fn().mockResolvedValue({
      preview: true,
      municipalityId: id(20),
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
    expect(previewYearFile).toHaveBeenCalledWith(id(20), { format: 'styr/committee-year' });
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
    expect(importYearFile).toHaveBeenCalledWith(id(20), { format: 'styr/committee-year' });
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
