import type { CommitteeYearView, PlanDocument } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FrozenYearBanner } from './frozen-year-banner.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const document = (n: number, key: string, status: PlanDocument['status']): PlanDocument => ({
  id: id(n),
  document: key,
  status,
  decision: status === 'adopted' ? { date: `2023-0${n}-14`, paragraph: `§ ${n}` } : null,
  deadline: null,
  version: 2,
});
const view = (documents: PlanDocument[]): CommitteeYearView => ({
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2022,
  followUpPoints: [
    { key: 'arsrapport', name: 'Årsrapport', month: 12 },
    { key: 'augusti', name: 'Delårsrapport augusti', month: 8 },
  ],
  assessmentScales: {},
  documents,
  goalAreas: [],
  goals: [],
  indicators: [],
  assignments: [],
  labels: documentLabelDefaults,
});

describe('the banner of a year with adopted documents', () => {
  it('is not there while nothing is adopted', () => {
    const { container } = render(<FrozenYearBanner view={view([document(1, 'plan', 'review')])} />);
    expect(container.textContent).toBe('');
  });

  it('names who adopted each document, with the decision, and what it locks', () => {
    render(
      <FrozenYearBanner view={view([document(1, 'plan', 'adopted'), document(2, 'augusti', 'draft')])} />,
    );
    expect(screen.getByText('Delar av 2022 är fastställda och visas skrivskyddade.')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(
      'Verksamhetsplan 2022 fastställdes av Socialnämnden Prov 2023-01-14, § 1; mål, indikatorer, målvärden, uppdrag och handlingsplaner kan inte ändras.',
    );
  });

  it('says the year is closed once the last follow-up is adopted', () => {
    render(
      <FrozenYearBanner
        view={view([document(1, 'plan', 'adopted'), document(3, 'arsrapport', 'adopted')])}
      />,
    );
    expect(screen.getByText('Året 2022 är avslutat: årsrapporten är fastställd.')).toBeTruthy();
    expect(screen.getAllByRole('listitem')[1]?.textContent).toMatch(
      /^Årsrapport 2022 fastställdes av Socialnämnden Prov 2023-03-14, § 3; .*ekonomi och kontrollresultat kan inte ändras\.$/,
    );
  });
});
