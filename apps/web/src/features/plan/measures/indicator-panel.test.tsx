import type { Target } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StyrApi } from '../../../api/styr-api.ts';
import { conflictCells } from '../../../test-queries.ts';
import { committeeYear, conflict, goal, id } from '../goals-editor/plan-fixtures.tsx';
import { renderSection, view } from './measures-fixtures.tsx';

/** What the server answers a stale change of a measure's goals or targets with: the measure's facts. */
const factsConflict = () => conflict({ id: id(5), name: 'Andel nöjda', version: 4 });

/** The year as read again after someone saved the measures: each at version 4, with what else `fields` says. */
const savedLater = (fields: Partial<CommitteeYearView> = {}) =>
  committeeYear({
    ...view,
    indicators: view.indicators.map((entry) => ({ ...entry, version: 4 })),
    ...fields,
  });

/** Ticks "Trygga barn" among the goals Andel nöjda measures and saves, the year being `stored` if read again. */
async function chooseGoalWhileStored(
  setIndicatorGoals: StyrApi['planMeasures']['setIndicatorGoals'],
  stored: CommitteeYearView,
) {
  const { user } = renderSection({ setIndicatorGoals }, { plan: { getCommitteeYear: async () => stored } });
  await user.click(screen.getByRole('button', { name: 'Mål och målvärden för Andel nöjda' }));
  const form = screen.getByRole('form', { name: 'Mål för Andel nöjda' });
  await user.click(within(form).getByRole('checkbox', { name: 'Trygga barn' }));
  await user.click(within(form).getByRole('button', { name: 'Spara målen' }));
  return form;
}

/** Sets 82 % as Andel nöjda's target for 2025 and saves, the target read again being `stored`. */
async function setTargetWhileStored(stored: Target) {
  const setTarget = vi.fn().mockRejectedValue(factsConflict());
  const year = savedLater();
  const { user } = renderSection(
    { setTarget },
    {
      plan: {
        getCommitteeYear: async () => ({
          ...year,
          indicators: year.indicators.map((entry) =>
            entry.id === id(5) ? { ...entry, targets: [{ year: 2025, target: stored }] } : entry,
          ),
        }),
      },
    },
  );
  await user.click(screen.getByRole('button', { name: 'Mål och målvärden för Andel nöjda' }));
  const form = screen.getByRole('form', { name: 'Målvärde för Andel nöjda' });
  fireEvent.change(within(form).getByLabelText('Målvärde (%)'), { target: { value: '82' } });
  await user.click(within(form).getByRole('button', { name: 'Spara målvärdet' }));
  const alert = await within(form).findByRole('alert');
  /** The person's value and the stored one in the conflict's row of that label; null where it has none. */
  return (label: RegExp) => {
    const row = within(alert).queryByRole('row', { name: label });
    return (
      row &&
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    );
  };
}

describe('a measure’s goals and targets', () => {
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
    expect(await within(yesNo).findByText('Målvärdet för 2025 är sparat.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Mål och målvärden för Andel nöjda' }));
    // The year is chosen beside the form, which then shows that year's target.
    const panel = screen.getByRole('form', { name: 'Målvärde för Andel nöjda' }).parentElement as HTMLElement;
    fireEvent.change(within(panel).getByLabelText('År'), { target: { value: '2026' } });
    const share = screen.getByRole('form', { name: 'Målvärde för Andel nöjda' });
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
    expect(await within(share).findByText('Målvärdet för 2026 är sparat.')).toBeTruthy();
  });

  it('saves a measure’s goals again on a newer version when only another part of it changed', async () => {
    const setIndicatorGoals = vi
      .fn()
      .mockRejectedValueOnce(factsConflict())
      .mockResolvedValue({ id: id(5), version: 5 });
    const form = await chooseGoalWhileStored(setIndicatorGoals, savedLater());
    expect(await within(form).findByText('Målen som måttet mäter är sparade.')).toBeTruthy();
    expect(setIndicatorGoals.mock.calls.map((call) => call[2])).toEqual([
      { version: 3, goalIds: [id(2), id(3)] },
      { version: 4, goalIds: [id(2), id(3)] },
    ]);
  });

  it('compares a target with the one stored in between, part by part where both are of one kind', async () => {
    const cells = await setTargetWhileStored({ kind: 'numeric', value: 81 });
    expect(cells(/^Slag av målvärde/)).toEqual(['Ett tal', 'Ett tal']);
    expect(cells(/^Målvärde \(%\)/)).toEqual(['82', '81']);
    expect(cells(/^Målvärde för 2025/)).toBeNull();
  });

  it('shows the target stored in between whole where it is of another kind than the one chosen', async () => {
    const cells = await setTargetWhileStored({ kind: 'relative', relation: 'lower', baseYear: 2023 });
    expect(cells(/^Målvärde för 2025/)).toEqual(['82,0\u00a0%', 'Lägre än 2023']);
    expect(cells(/^Slag av målvärde/)).toEqual(['Ett tal', 'Jämfört med ett tidigare år']);
  });

  it('shows a conflict over a measure’s goals when someone else changed them in between', async () => {
    const setIndicatorGoals = vi.fn().mockRejectedValue(factsConflict());
    const form = await chooseGoalWhileStored(
      setIndicatorGoals,
      savedLater({ goals: [goal(2, 'Trygg stad', { indicatorIds: [id(6)] }), goal(3, 'Trygga barn')] }),
    );
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Eva Ek har ändrat målen som Andel nöjda mäter');
    expect(conflictCells(alert, 'Mål som måttet mäter')).toEqual(['Trygg stad, Trygga barn', '–']);
    expect(setIndicatorGoals).toHaveBeenCalledTimes(1);
  });
});
