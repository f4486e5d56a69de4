import type { UpdateGoal } from '@styr/shared/contracts/plan';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { conflictCells } from '../../test-queries.ts';
import { GoalTextForm } from './goal-text-form.tsx';
import { goal, id, renderSignedIn, yearView } from './plan-test-data.tsx';

const council = goal(2, 'Staden ska vara trygg');
const own = goal(3, 'Barn ska växa upp tryggt', { parentGoalId: council.id, focus: 'fokus skolan' });
const view = yearView({ goals: [council, own] });

const savedText = (body: UpdateGoal, version: number) => ({
  id: own.id,
  kind: own.kind,
  title: body.title ?? own.title,
  focus: body.focus ?? null,
  planText: body.planText ?? null,
  parentGoalId: body.parentGoalId ?? null,
  goalAreaId: null,
  version,
});

function renderForm(updateGoal: StyrApi['plan']['updateGoal']) {
  renderSignedIn(<GoalTextForm goal={own} view={view} planName="Verksamhetsplan 2023" />, { updateGoal });
  // jsdom runs the button's label and its hidden context together: "Sparatexterna för målet …".
  return screen.getByRole('button', { name: /^Spara\s*texterna för målet Barn ska växa upp tryggt$/ });
}

describe("the form for a goal's texts", () => {
  it('saves nothing while the person types, and everything together on Spara', async () => {
    const user = userEvent.setup();
    const updateGoal = vi.fn(async (_scope: unknown, _goal: string, body: UpdateGoal) => savedText(body, 2));
    const save = renderForm(updateGoal);
    const title = screen.getByLabelText('Rubrik');
    await user.clear(title);
    await user.type(title, 'Alla barn ska växa upp tryggt');
    await user.selectOptions(screen.getByLabelText(/^Överordnat mål/), '');
    // Longer than a pause that used to save by itself.
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(updateGoal).not.toHaveBeenCalled();
    expect(screen.getByText('Ej sparad ändring')).toBeTruthy();

    await user.click(save);
    expect(await screen.findByText('Målets texter är sparade.')).toBeTruthy();
    expect(updateGoal).toHaveBeenCalledOnce();
    expect(updateGoal.mock.calls[0]?.[2]).toEqual({
      version: 1,
      title: 'Alla barn ska växa upp tryggt',
      focus: 'fokus skolan',
      planText: null,
      parentGoalId: null,
    });
    expect(screen.queryByText('Ej sparad ändring')).toBeNull();
  });

  it('says at the field that a goal needs a title, and sends nothing', async () => {
    const user = userEvent.setup();
    const updateGoal = vi.fn();
    const save = renderForm(updateGoal);
    await user.clear(screen.getByLabelText('Rubrik'));
    await user.click(save);
    expect(await screen.findByText('Målet behöver en rubrik')).toBeTruthy();
    expect(screen.getByLabelText('Rubrik').getAttribute('aria-invalid')).toBe('true');
    expect(updateGoal).not.toHaveBeenCalled();
  });

  it('names who saved in between and saves my version over theirs only when asked', async () => {
    const user = userEvent.setup();
    const theirs = { ...savedText({ version: 1, title: own.title, focus: 'fokus fritiden' }, 2) };
    const updateGoal = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError({
          code: 'VERSION_CONFLICT',
          message: 'Någon annan har ändrat målet.',
          status: 409,
          current: theirs,
          changedBy: { name: 'Nils Nämndsekreterare', at: '2023-03-01T09:30:00Z' },
        }),
      )
      .mockImplementationOnce(async (_scope: unknown, _goal: string, body: UpdateGoal) => savedText(body, 3));
    const save = renderForm(updateGoal);
    const focus = screen.getByLabelText(/^Fokus/);
    await user.clear(focus);
    await user.type(focus, 'fokus förskolan');
    await user.click(save);

    const conflict = await screen.findByRole('alert');
    expect(
      within(conflict).getByText(/^Nils Nämndsekreterare har ändrat målet Barn ska växa upp tryggt/),
    ).toBeTruthy();
    expect(conflictCells(conflict, 'Fokus')).toEqual(['fokus förskolan', 'fokus fritiden']);
    expect(updateGoal).toHaveBeenCalledOnce();

    await user.click(within(conflict).getByRole('button', { name: 'Spara min version i stället' }));
    await waitFor(() => expect(updateGoal).toHaveBeenCalledTimes(2));
    expect(updateGoal.mock.calls[1]?.[2]).toMatchObject({ version: 2, focus: 'fokus förskolan' });
    expect(await screen.findByText('Målets texter är sparade.')).toBeTruthy();
  });

  it('offers as parent goal every other goal of the year but those beneath it', () => {
    const beneath = goal(4, 'Fler barn i förskolan', { parentGoalId: own.id });
    renderSignedIn(
      <GoalTextForm
        goal={own}
        view={yearView({ goals: [council, own, beneath] })}
        planName="Verksamhetsplan 2023"
      />,
      {},
    );
    const parent = screen.getByLabelText(/^Överordnat mål/) as HTMLSelectElement;
    expect([...parent.options].map((option) => option.textContent)).toEqual([
      'Inget överordnat mål',
      'Staden ska vara trygg',
    ]);
    expect(parent.value).toBe(id(2));
  });
});
