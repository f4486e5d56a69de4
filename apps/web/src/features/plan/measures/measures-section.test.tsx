import type { Me } from '@styr/shared/contracts/auth';
import type { Assignment, CommitteeYearView, Goal, Indicator } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../api/api-context.tsx';
import { ApiError } from '../../../api/api-error.ts';
import type { StyrApi } from '../../../api/styr-api.ts';
import { SignedInContext } from '../../auth/index.ts';
import { MeasuresSection } from './measures-section.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const goal = (n: number, title: string, indicatorIds: string[]): Goal => ({
  id: id(n),
  key: `mal-${n}`,
  kind: 'committee',
  title,
  goalAreaId: null,
  parentGoalId: null,
  depth: 0,
  focus: null,
  planText: null,
  indicatorIds,
  activities: [],
  assessments: [],
  version: 1,
});

const indicator = (n: number, name: string, fields: Partial<Indicator> = {}): Indicator => ({
  id: id(n),
  key: `matt-${n}`,
  name,
  unit: '%',
  valueKind: 'share',
  decimals: 1,
  direction: 'higher',
  source: 'kolada',
  sourceReference: 'U21468',
  definition: null,
  definitionKey: null,
  values: [],
  targets: [{ year: 2025, target: { kind: 'numeric', value: 80.5 } }],
  status: 'noValue',
  version: 3,
  ...fields,
});

const assignment = (n: number, title: string): Assignment => ({
  id: id(n),
  key: `uppdrag-${n}`,
  title,
  description: null,
  source: 'council',
  decisionReference: 'KF 2024-11-21 § 458',
  yearGiven: 2025,
  alsoGivenTo: ['Kulturnämnden'],
  coordinatedBy: null,
  category: null,
  labels: [],
  goalIds: [],
  goalAreaId: null,
  planText: null,
  carriedOver: false,
  reports: [],
  version: 2,
});

const view: CommitteeYearView = {
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2025,
  followUpPoints: [],
  assessmentScales: {},
  documents: [],
  goalAreas: [],
  goals: [goal(2, 'Trygg stad', [id(5), id(6)]), goal(3, 'Trygga barn', [])],
  indicators: [
    indicator(5, 'Andel nöjda'),
    indicator(6, 'Rutin finns', { unit: 'ja/nej', valueKind: 'yesPartlyNo', targets: [] }),
  ],
  assignments: [assignment(10, 'Fritidsbanker'), assignment(11, 'Tillnyktringsenhet')],
  labels: documentLabelDefaults,
};

const me: Me = {
  user: { id: id(1), email: 'controller@ekmark.example', displayName: 'Controller', municipalityId: id(20) },
  municipality: { id: id(20), name: 'Ekmarks kommun', shortName: 'Ekmark' },
  grants: [],
  csrfToken: 'csrf',
};

function renderSection(planMeasures: Partial<StyrApi['planMeasures']>, editable = true) {
  const api = {
    planMeasures,
    plan: { getIndicatorUnits: async () => [{ unit: '%', decimals: 1, valueKind: 'share' }] },
    org: { getOrgTree: async () => ({ municipality: {}, kinds: [], served: [], nodes: [] }) },
  } as unknown as StyrApi;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api}>
        <SignedInContext value={me}>
          <MeasuresSection view={view} editable={editable} />
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

describe('MeasuresSection', () => {
  it('shows each measure with its source, goals and targets in Swedish, and offers nothing to change when read only', () => {
    renderSection({}, false);
    expect(screen.getByText('% · Kolada U21468 · Högre är bättre', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText(/Mäter: Trygg stad\. Målvärden: 2025: 80,5/)).toBeTruthy();
    expect(
      screen.getAllByText('KF/KS uppdrag utanför budget · KF 2024-11-21 § 458 · även Kulturnämnden'),
    ).toHaveLength(2);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('adds a measure for the goals chosen, and puts the server’s refusal on the field it names', async () => {
    const createIndicator = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError({
          code: 'VALIDATION',
          message: 'Enheten finns inte',
          details: [
            { path: 'body.unit', message: 'Enheten ”%” finns inte bland kommunens enheter (”antal”)' },
          ],
        }),
      )
      .mockResolvedValueOnce({ ...indicator(7, 'Väntetid') });
    renderSection({ createIndicator });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till mått' }));
    const form = screen.getByRole('form', { name: 'Nytt mått' });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till måttet' }));
    expect(await within(form).findByText('Måttet behöver ett namn')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText('Namn'), { target: { value: 'Väntetid' } });
    fireEvent.change(within(form).getByLabelText('Enhet'), { target: { value: '%' } });
    fireEvent.change(within(form).getByLabelText(/Id hos källan/), { target: { value: 'N00945' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till måttet' }));
    expect(await within(form).findByText(/Välj minst ett mål som måttet mäter/)).toBeTruthy();
    expect(createIndicator).not.toHaveBeenCalled();

    fireEvent.click(within(form).getByRole('checkbox', { name: 'Trygga barn' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till måttet' }));
    expect(
      await within(form).findByText('Enheten ”%” finns inte bland kommunens enheter (”antal”)'),
    ).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till måttet' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Måttet Väntetid är tillagt.'));
    expect(createIndicator.mock.calls[1]?.[1]).toMatchObject({
      name: 'Väntetid',
      unit: '%',
      sourceReference: 'N00945',
      goalIds: [id(3)],
    });
  });

  it('adds an assignment given also to another committee and serving a goal', async () => {
    const createAssignment = vi.fn().mockResolvedValue(assignment(12, 'Öppna en mötesplats'));
    const api = {
      planMeasures: { createAssignment },
      plan: { getIndicatorUnits: async () => [] },
      org: {
        getOrgTree: async () => ({
          municipality: {},
          kinds: [],
          served: [],
          nodes: [
            { id: id(1), kind: 'committee', name: 'Socialnämnden Prov' },
            { id: id(30), kind: 'committee', name: 'Kulturnämnden' },
          ],
        }),
      },
    } as unknown as StyrApi;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ApiProvider api={api}>
          <SignedInContext value={me}>
            <MeasuresSection view={view} editable />
          </SignedInContext>
        </ApiProvider>
      </QueryClientProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till uppdrag' }));
    const form = screen.getByRole('form', { name: 'Nytt uppdrag' });
    fireEvent.change(within(form).getByLabelText('Uppdrag'), { target: { value: 'Öppna en mötesplats' } });
    fireEvent.change(within(form).getByLabelText('Källa'), { target: { value: 'committee' } });
    fireEvent.change(within(form).getByLabelText(/^Beslut/), { target: { value: 'SN 2025-01-23 § 5' } });
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'Kulturnämnden' }));
    fireEvent.change(within(form).getByLabelText(/Samordnas av/), {
      target: { value: 'Socialnämnden Prov' },
    });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Trygg stad' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till uppdraget' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Uppdraget är tillagt.'));
    expect(createAssignment.mock.calls[0]?.[1]).toMatchObject({
      title: 'Öppna en mötesplats',
      source: 'committee',
      decisionReference: 'SN 2025-01-23 § 5',
      alsoGivenTo: ['Kulturnämnden'],
      coordinatedBy: 'Socialnämnden Prov',
      goalIds: [id(2)],
    });
  });

  it('sets a ja/nej target for a ja/delvis/nej measure, and a number read the Swedish way for another', async () => {
    const setTarget = vi.fn().mockResolvedValue({ id: id(6), version: 4 });
    renderSection({ setTarget });
    fireEvent.click(screen.getByRole('button', { name: 'Mål och målvärden för Rutin finns' }));
    const yesNo = screen.getByRole('form', { name: 'Målvärde för Rutin finns' });
    const kinds = within(yesNo).getByLabelText('Slag av målvärde');
    expect([...kinds.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Inget målvärde',
      'Ja eller nej',
    ]);
    fireEvent.change(kinds, { target: { value: 'yesNo' } });
    fireEvent.change(within(yesNo).getByLabelText('Målvärde'), { target: { value: 'nej' } });
    fireEvent.click(within(yesNo).getByRole('button', { name: 'Spara målvärdet' }));
    await waitFor(() =>
      expect(setTarget).toHaveBeenCalledWith(expect.anything(), id(6), 2025, {
        version: 3,
        target: { kind: 'yesNo', value: 'nej' },
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Mål och målvärden för Andel nöjda' }));
    const share = screen.getByRole('form', { name: 'Målvärde för Andel nöjda' });
    fireEvent.change(within(share).getByLabelText('År'), { target: { value: '2026' } });
    fireEvent.change(within(share).getByLabelText('Slag av målvärde'), { target: { value: 'numeric' } });
    fireEvent.change(within(share).getByLabelText('Målvärde (%)'), { target: { value: 'åttio' } });
    fireEvent.click(within(share).getByRole('button', { name: 'Spara målvärdet' }));
    expect(await within(share).findByText('”åttio” är inte ett tal')).toBeTruthy();
    fireEvent.change(within(share).getByLabelText('Målvärde (%)'), { target: { value: '82,5' } });
    fireEvent.click(within(share).getByRole('button', { name: 'Spara målvärdet' }));
    await waitFor(() =>
      expect(setTarget).toHaveBeenLastCalledWith(expect.anything(), id(5), 2026, {
        version: 3,
        target: { kind: 'numeric', value: 82.5 },
      }),
    );
  });

  it('asks before removing, saying what goes with the measure, and removes with the version', async () => {
    const indicatorRemoval = vi.fn().mockResolvedValue({
      values: 2,
      targets: 1,
      reports: 0,
      parts: 0,
      links: 1,
      keptElsewhere: true,
      blocker: null,
    });
    const removeIndicator = vi.fn().mockResolvedValue(undefined);
    renderSection({ indicatorRemoval, removeIndicator });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Andel nöjda' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(await within(dialog).findByText('2 utfall för 2025')).toBeTruthy();
    expect(within(dialog).getByText('1 målvärde för 2025')).toBeTruthy();
    expect(within(dialog).getByText('1 koppling till årets mål')).toBeTruthy();
    expect(within(dialog).getByText('Andra års uppgifter om måttet finns kvar.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort måttet' }));
    await waitFor(() => expect(removeIndicator).toHaveBeenCalledWith(expect.anything(), id(5), 3));
  });

  it('moves an assignment and a measure under its goal by keyboard-reachable buttons', async () => {
    const moveAssignment = vi.fn().mockResolvedValue({ id: id(11), version: 3 });
    const moveIndicator = vi.fn().mockResolvedValue({ id: id(6), version: 4 });
    renderSection({ moveAssignment, moveIndicator });
    expect(
      (screen.getByRole('button', { name: 'Flytta upp Fritidsbanker' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp Tillnyktringsenhet' }));
    await waitFor(() =>
      expect(moveAssignment).toHaveBeenCalledWith(expect.anything(), id(11), { version: 2, position: 0 }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp Rutin finns under Trygg stad' }));
    await waitFor(() =>
      expect(moveIndicator).toHaveBeenCalledWith(expect.anything(), id(2), id(6), {
        version: 3,
        position: 0,
      }),
    );
  });
});
