import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StyrApi } from '../../../api/styr-api.ts';
import { area, committeeYear, conflict, goal, id, me, refusal, renderWithApi } from './plan-fixtures.tsx';
import { PlanGoalsEditor } from './plan-goals-editor.tsx';

const committee = id(1);
const inArea = { goalAreaId: id(20), version: 3 };

const view = (fields: Partial<CommitteeYearView> = {}) =>
  committeeYear({
    year: 2026,
    goalAreas: [area(20, 'Tidiga insatser'), area(21, 'Trygghet')],
    goals: [
      goal(2, 'Segregationen ska brytas', { ...inArea, kind: 'kfActivity' }),
      goal(3, 'Fler barn känner sig trygga', { ...inArea, parentGoalId: id(2), depth: 1 }),
      goal(4, 'Fler unga i arbete', { ...inArea, parentGoalId: id(2), depth: 1 }),
    ],
    ...fields,
  });

function renderEditor(
  planStructure: Partial<StyrApi['planStructure']>,
  year = view(),
  role: 'controller' | 'reader' = 'controller',
  plan: Partial<StyrApi['plan']> = {},
) {
  const grant = { id: id(7), userId: id(9), role, nodeId: committee, createdAt: '2026-01-01T00:00:00.000Z' };
  return renderWithApi(
    <PlanGoalsEditor view={year} />,
    {
      org: { getOrgTree: () => new Promise(() => {}) },
      plan: { getCommitteeYear: () => new Promise(() => {}), ...plan },
      planStructure,
    },
    me([grant]),
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
      .mockRejectedValueOnce(refusal('body.parentGoalId', 'Det överordnade målet finns inte i årets plan'))
      .mockResolvedValue({ ...goal(5, 'Trygg stad'), version: 1 });
    const { user } = renderEditor({ createGoal });
    await user.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nytt mål' });
    await user.click(within(dialog).getByRole('button', { name: 'Lägg till målet' }));
    expect(await within(dialog).findByText('Målet behöver en rubrik')).toBeTruthy();

    await user.selectOptions(within(dialog).getByLabelText('Slag av mål'), 'kfActivity');
    await user.type(within(dialog).getByLabelText('Rubrik'), 'Trygg stad');
    await user.selectOptions(within(dialog).getByLabelText(/Målområde/), id(21));
    // A council goal may not stand beneath the committee's own goals, so only the council goal is offered.
    const parents = within(dialog).getByLabelText(/Överordnat mål/);
    expect([...parents.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Inget överordnat mål',
      'Segregationen ska brytas',
    ]);
    await user.selectOptions(parents, id(2));
    await user.click(within(dialog).getByRole('button', { name: 'Lägg till målet' }));
    expect(await within(dialog).findByText('Det överordnade målet finns inte i årets plan')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Lägg till målet' }));
    await waitFor(() => expect(createGoal).toHaveBeenCalledTimes(2));
    expect(createGoal.mock.calls[1]?.[1]).toEqual({
      kind: 'kfActivity',
      title: 'Trygg stad',
      goalAreaId: id(21),
      parentGoalId: id(2),
      focus: null,
    });
    expect(await screen.findByText('Målet Trygg stad är tillagt.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says who changed a goal area in between, and saves one’s own version over it on purpose', async () => {
    const stored = { ...area(20, 'Tidiga insatser för barn'), version: 2 };
    const updateGoalArea = vi
      .fn()
      .mockRejectedValueOnce(conflict(stored))
      .mockResolvedValue({ ...stored, name: 'Tidiga insatser i skolan', version: 3 });
    const { user } = renderEditor({ updateGoalArea });
    await user.click(screen.getByRole('button', { name: 'Ändra Tidiga insatser' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ändra Tidiga insatser' });
    await user.clear(within(dialog).getByLabelText('Namn'));
    await user.type(within(dialog).getByLabelText('Namn'), 'Tidiga insatser i skolan');
    await user.click(within(dialog).getByRole('button', { name: 'Spara målområdet' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Eva Ek har ändrat målområdet Tidiga insatser');
    expect(within(alert).getByText('Tidiga insatser för barn')).toBeTruthy();
    expect(updateGoalArea.mock.calls[0]?.[2]).toMatchObject({ version: 1, name: 'Tidiga insatser i skolan' });

    await user.click(within(alert).getByRole('button', { name: 'Spara min version i stället' }));
    await waitFor(() => expect(updateGoalArea).toHaveBeenCalledTimes(2));
    // The texts left empty are sent as none.
    const none = { description: null, responsible: null, processLead: null };
    expect(updateGoalArea.mock.calls[1]?.[2]).toEqual({
      version: 2,
      name: 'Tidiga insatser i skolan',
      ...none,
    });
    expect(await screen.findByText('Målområdet Tidiga insatser i skolan är ändrat.')).toBeTruthy();
  });

  it('adds an activity with a date chosen in the date picker, and empties the form for the next', async () => {
    const createActivity = vi.fn().mockResolvedValue({
      id: id(40),
      title: 'Läxhjälp',
      ownerNodeId: null,
      due: '2026-06-30',
      status: 'notStarted',
      version: 1,
    });
    const { user } = renderEditor({ createActivity });
    await user.click(screen.getByRole('button', { name: 'Aktiviteter under Fler unga i arbete (0)' }));
    const form = await screen.findByRole('form', { name: 'Ny aktivitet' });
    await user.type(within(form).getByLabelText('Aktivitet'), 'Läxhjälp');
    const due = within(form).getByRole('group', { name: /Klar senast/ });
    await user.click(within(due).getAllByRole('spinbutton')[0] as HTMLElement);
    await user.keyboard('2026-06-30');
    await user.click(within(form).getByRole('button', { name: 'Lägg till aktiviteten' }));
    await waitFor(() => expect(createActivity).toHaveBeenCalled());
    expect(createActivity.mock.calls[0]?.slice(1)).toEqual([
      id(4),
      { title: 'Läxhjälp', ownerNodeId: null, due: '2026-06-30' },
    ]);
    await waitFor(() => expect(within(form).getByLabelText('Aktivitet')).toHaveProperty('value', ''));
  });

  it('moves a goal among the goals beneath the same parent and sends the whole order with versions', async () => {
    const orderGoals = vi.fn().mockResolvedValue({ items: [] });
    const { user } = renderEditor({ orderGoals });
    expect(screen.getByRole('button', { name: 'Flytta upp Fler barn känner sig trygga' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Flytta upp Fler unga i arbete' }));
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
    const nothing = { activities: 0, indicatorLinks: 0, followUpParts: 0 };
    const goalRemoval = vi.fn().mockResolvedValue({
      ...nothing,
      subGoals: 2,
      assessments: 3,
      assignmentLinks: 1,
      goalsLeftWithoutArea: 0,
      assignmentsLeftWithoutArea: 0,
    });
    const deleteGoal = vi.fn().mockResolvedValue(undefined);
    const { user } = renderEditor({ goalRemoval, deleteGoal });
    await user.click(screen.getByRole('button', { name: 'Ta bort Segregationen ska brytas' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort målet?' });
    expect(
      await within(dialog).findByText(
        'Målet har 2 delmål, 3 bedömningar och 1 koppling till uppdrag som tas bort med det.',
      ),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(deleteGoal).toHaveBeenCalled());
    expect(deleteGoal.mock.calls[0]?.slice(1)).toEqual([id(2), 3]);
    expect(await screen.findByText('Målet Segregationen ska brytas är borttaget.')).toBeTruthy();
  });
});
