import type { Me } from '@styr/shared/contracts/auth';
import type { CommitteeYearView, Goal, ReportScale } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { AssessmentForm } from './assessment-form.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

type Level = ReportScale['levels'][number];

const scale = (key: string, name: string, levelRequired: boolean, levels: Level[]): ReportScale => ({
  key,
  name,
  levelRequired,
  levels,
});
const level = (key: string, label: string, tone: Level['tone']): Level => ({ key, label, tone });

/** Three levels of the municipality's own, none of Göteborg's, and assessment in words only allowed. */
const ownScale = scale('niva', 'Måluppfyllelse', false, [
  level('uppfyllt', 'Uppfyllt', 'good'),
  level('delvis', 'Delvis uppfyllt', 'partial'),
  level('ej-uppfyllt', 'Ej uppfyllt', 'bad'),
]);
const annualScale = scale('arsbedomning', 'Årsbedömning', true, [
  level('hog', 'Hög', 'good'),
  level('lag', 'Låg', 'bad'),
]);
const points = [
  { key: 'augusti', name: 'Delårsrapport augusti', month: 8 },
  { key: 'arsrapport', name: 'Årsrapport', month: 12 },
];

const goalWith = (assessments: Goal['assessments']): Goal => ({
  id: id(2),
  key: 'mal',
  kind: 'committee',
  title: 'Fler går till egen försörjning',
  parentGoalId: null,
  depth: 0,
  goalAreaId: null,
  focus: null,
  planText: null,
  indicatorIds: [],
  activities: [],
  assessments,
  version: 1,
});

const view = (goal: Goal): CommitteeYearView => ({
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2024,
  followUpPoints: points,
  assessmentScales: { augusti: ownScale, arsrapport: annualScale },
  documents: [],
  goalAreas: [],
  goals: [goal],
  indicators: [],
  assignments: [],
  labels: documentLabelDefaults,
});

const me: Me = {
  user: { id: id(3), email: 'controller@prov.example', displayName: 'Controller', municipalityId: id(4) },
  municipality: { id: id(4), name: 'Provkommunen', shortName: null },
  grants: [],
  csrfToken: 'csrf',
};

function renderForm(goal: Goal, followUp: 'augusti' | 'arsrapport') {
  const setAssessment = vi.fn(async (_scope: unknown, _goal: string, point: string, body: object) => ({
    followUp: point,
    version: 2,
    ...body,
  }));
  const api = { plan: { setAssessment } } as unknown as StyrApi;
  const point = points.find((entry) => entry.key === followUp) ?? points[0];
  if (!point) throw new Error('no point');
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api}>
        <SignedInContext value={me}>
          <AssessmentForm
            goal={goal}
            context={{
              view: view(goal),
              point,
              documentName: `${point.name} 2024`,
              isLast: followUp === 'arsrapport',
              readOnly: false,
              activitiesFrozen: false,
            }}
          />
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
  return setAssessment;
}

const offered = (legend: string) =>
  within(screen.getByRole('group', { name: legend }))
    .getAllByRole('radio')
    .map((radio) => radio.closest('label')?.textContent?.trim());

describe('the goal assessment input', () => {
  it('offers exactly the follow-up’s own levels, and no level only where its scale allows it', () => {
    renderForm(goalWith([]), 'augusti');
    expect(offered('Måluppfyllelse i delårsrapport augusti')).toEqual([
      '●Uppfyllt',
      '◐Delvis uppfyllt',
      '○Ej uppfyllt',
      'Ingen nivå – bedömning i ord',
    ]);
  });

  it('offers the annual report’s own scale, with a level required', () => {
    renderForm(goalWith([]), 'arsrapport');
    expect(offered('Måluppfyllelse i årsrapport')).toEqual(['●Hög', '○Låg']);
  });

  it('asks for the analysis before an assessment in words only is sent', async () => {
    const setAssessment = renderForm(goalWith([]), 'augusti');
    fireEvent.click(screen.getByRole('radio', { name: 'Ingen nivå – bedömning i ord' }));
    fireEvent.click(screen.getByRole('button', { name: /Spara bedömning/ }));
    expect(await screen.findByText('Skriv analysen: en bedömning utan nivå görs i ord')).toBeTruthy();
    expect(setAssessment).not.toHaveBeenCalled();
  });

  it('sends a stored assessment in words only with no level', async () => {
    const stored = {
      followUp: 'augusti',
      level: null,
      analysis: '<p>Arbetet går enligt plan.</p>',
      version: 1,
    };
    const setAssessment = renderForm(goalWith([stored]), 'augusti');
    const words = screen.getByRole('radio', { name: 'Ingen nivå – bedömning i ord' }) as HTMLInputElement;
    expect(words.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Spara bedömning/ }));
    await waitFor(() => expect(setAssessment).toHaveBeenCalledOnce());
    expect(setAssessment.mock.calls[0]?.[3]).toEqual({
      version: 1,
      level: null,
      analysis: '<p>Arbetet går enligt plan.</p>',
    });
  });
});
