import type { Me } from '@styr/shared/contracts/auth';
import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../api/api-context.tsx';
import { ApiError } from '../../../api/api-error.ts';
import type { StyrApi } from '../../../api/styr-api.ts';
import { SignedInContext } from '../../auth/index.ts';
import { PlanGoalsEditor } from './plan-goals-editor.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const committee = id(1);

const goal = (n: number, title: string, fields: Partial<Goal> = {}): Goal => ({
  id: id(n),
  key: `mal-${n}`,
  kind: 'committee',
  title,
  goalAreaId: id(20),
  parentGoalId: null,
  depth: 0,
  focus: null,
  planText: null,
  indicatorIds: [],
  activities: [],
  assessments: [],
  version: 3,
  ...fields,
});

const area = (n: number, name: string) => ({
  id: id(n),
  key: `omrade-${n}`,
  name,
  description: null,
  responsible: null,
  processLead: null,
  programmes: [],
  version: 1,
});

const view = (fields: Partial<CommitteeYearView> = {}): CommitteeYearView => ({
  committee: { id: committee, name: 'Socialnämnden Prov' },
  year: 2026,
  followUpPoints: [],
  assessmentScales: {},
  documents: [],
  goalAreas: [area(20, 'Tidiga insatser'), area(21, 'Trygghet')],
  goals: [
    goal(2, 'Segregationen ska brytas', { kind: 'kfActivity' }),
    goal(3, 'Fler barn känner sig trygga', { parentGoalId: id(2), depth: 1 }),
    goal(4, 'Fler unga i arbete', { parentGoalId: id(2), depth: 1 }),
  ],
  indicators: [],
  assignments: [],
  labels: documentLabelDefaults,
  ...fields,
});

const me = (role: 'controller' | 'reader'): Me => ({
  user: { id: id(9), email: 'controller@ekmark.example', displayName: 'Controller', municipalityId: id(8) },
  municipality: { id: id(8), name: 'Ekmarks kommun', shortName: 'Ekmark' },
  grants: [{ id: id(7), userId: id(9), role, nodeId: committee, createdAt: '2026-01-01T00:00:00.000Z' }],
  csrfToken: 'csrf',
});

function renderEditor(
  planStructure: Partial<StyrApi['planStructure']>,
  year = view(),
  role: 'controller' | 'reader' = 'controller',
) {
  const api = {
    org: { getOrgTree: () => new Promise(() => {}) },
    plan: { getCommitteeYear: () => new Promise(() => {}) },
    planStructure,
  } as unknown as StyrApi;
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiProvider api={api}>
        <SignedInContext value={me(role)}>
          <PlanGoalsEditor view={year} />
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

describe('PlanGoalsEditor', () => {
  it('shows no editing at all to a reader or once the plan is adopted', () => {
    const reader = renderEditor({}, view(), 'reader');
    expect(reader.container.textContent).toBe('');
    reader.unmount();
    const adopted = view({
      documents: [
        { id: id(30), document: 'plan', status: 'adopted', decision: null, deadline: null, version: 2 },
      ],
    });
    expect(renderEditor({}, adopted).container.textContent).toBe('');
  });

  it('adds a council goal with its kind, area and parent, and names a field the server refuses', async () => {
    const createGoal = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError({
          code: 'VALIDATION',
          message: 'Fel',
          details: [{ path: 'body.parentGoalId', message: 'Det överordnade målet finns inte i årets plan' }],
        }),
      )
      .mockResolvedValue({ ...goal(5, 'Trygg stad'), version: 1 });
    renderEditor({ createGoal });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nytt mål' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lägg till målet' }));
    expect(await within(dialog).findByText('Målet behöver en rubrik')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Slag av mål'), { target: { value: 'kfActivity' } });
    fireEvent.change(within(dialog).getByLabelText('Rubrik'), { target: { value: 'Trygg stad' } });
    fireEvent.change(within(dialog).getByLabelText(/Målområde/), { target: { value: id(21) } });
    // A council goal may not stand beneath the committee's own goals, so only the council goal is offered.
    const parents = within(dialog).getByLabelText(/Överordnat mål/);
    expect([...parents.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Inget överordnat mål',
      'Segregationen ska brytas',
    ]);
    fireEvent.change(parents, { target: { value: id(2) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lägg till målet' }));
    expect(await within(dialog).findByText('Det överordnade målet finns inte i årets plan')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lägg till målet' }));
    await waitFor(() => expect(createGoal).toHaveBeenCalledTimes(2));
    expect(createGoal.mock.calls[1]?.[1]).toEqual({
      kind: 'kfActivity',
      title: 'Trygg stad',
      goalAreaId: id(21),
      parentGoalId: id(2),
      focus: null,
    });
    expect(await screen.findByText('Målet Trygg stad är tillagt.')).toBeTruthy();
  });

  it('moves a goal among the goals beneath the same parent and sends the whole order with versions', async () => {
    const orderGoals = vi.fn().mockResolvedValue({ items: [] });
    renderEditor({ orderGoals });
    expect(screen.getByRole('button', { name: 'Flytta upp Fler barn känner sig trygga' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp Fler unga i arbete' }));
    await waitFor(() => expect(orderGoals).toHaveBeenCalled());
    expect(orderGoals.mock.calls[0]?.[1]).toEqual({
      items: [
        { id: id(2), version: 3 },
        { id: id(4), version: 3 },
        { id: id(3), version: 3 },
      ],
    });
    expect(await screen.findByText('Målet Fler unga i arbete är flyttat.')).toBeTruthy();
  });

  it('says what goes with a goal before removing it with its version', async () => {
    const goalRemoval = vi.fn().mockResolvedValue({
      subGoals: 2,
      activities: 0,
      assessments: 3,
      indicatorLinks: 0,
      assignmentLinks: 1,
      followUpParts: 0,
      goalsLeftWithoutArea: 0,
      assignmentsLeftWithoutArea: 0,
    });
    const deleteGoal = vi.fn().mockResolvedValue(undefined);
    renderEditor({ goalRemoval, deleteGoal });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Segregationen ska brytas' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort målet?' });
    expect(
      await within(dialog).findByText(
        'Målet har 2 delmål, 3 bedömningar och 1 koppling till uppdrag som tas bort med det.',
      ),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(deleteGoal).toHaveBeenCalled());
    expect(deleteGoal.mock.calls[0]?.slice(1)).toEqual([id(2), 3]);
    expect(await screen.findByText('Målet Segregationen ska brytas är borttaget.')).toBeTruthy();
  });
});
