import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { renderInApp } from '../../test-providers.tsx';
import { conflictCells } from '../../test-queries.ts';
import { ActionFollowUpForm } from './action-follow-up-form.tsx';
import { plan, points, scope, view } from './action-plan-test-data.ts';

describe('the follow-up of a plan’s actions', () => {
  it('saves the statuses at the chosen follow-up, of the actions followed up', async () => {
    const setFollowUps = vi.fn(async () => ({ ...plan, version: 4 }));
    const { user } = renderInApp(
      <ActionFollowUpForm scope={scope} view={view} plan={plan} points={points} />,
      {
        actionPlans: { setFollowUps },
      },
    );
    await user.selectOptions(screen.getByLabelText('Uppföljning'), 'Delårsrapport augusti');
    const action = screen.getByRole('group', { name: 'Sociala aktiviteter' });
    await user.selectOptions(within(action).getByLabelText('Status'), 'Pågående');
    await user.type(within(action).getByLabelText('Kommentar (valfritt)'), ' Två grupper i gång ');
    await user.click(screen.getByRole('button', { name: 'Spara uppföljningen' }));
    expect(await screen.findByText('Uppföljningen är sparad.')).toBeTruthy();
    expect(setFollowUps).toHaveBeenCalledWith(scope, plan.id, 'augusti', {
      version: 3,
      entries: [{ action: 'aktiviteter', status: 'ongoing', comment: 'Två grupper i gång' }],
    });
  });
  it('asks before another follow-up replaces unsaved statuses, and stays unless told to go on', async () => {
    const { user } = renderInApp(
      <ActionFollowUpForm scope={scope} view={view} plan={plan} points={points} />,
      {},
    );
    const chosen = () => (screen.getByLabelText('Uppföljning') as HTMLSelectElement).value;
    const status = () =>
      within(screen.getByRole('group', { name: 'Sociala aktiviteter' })).getByLabelText('Status');
    await user.selectOptions(status(), 'Pågående');
    await user.selectOptions(screen.getByLabelText('Uppföljning'), 'Delårsrapport augusti');
    const question = await screen.findByRole('alertdialog', { name: 'Du har ändringar som inte är sparade' });
    await user.click(within(question).getByRole('button', { name: 'Stanna kvar och spara' }));
    expect(chosen()).toBe('arsrapport');
    expect((status() as HTMLSelectElement).value).toBe('ongoing');

    await user.selectOptions(screen.getByLabelText('Uppföljning'), 'Delårsrapport augusti');
    await user.click(await screen.findByRole('button', { name: 'Byt utan att spara' }));
    expect(chosen()).toBe('augusti');
    expect((status() as HTMLSelectElement).value).toBe('');
    // Nothing unsaved now: the next change of follow-up asks nothing.
    await user.selectOptions(screen.getByLabelText('Uppföljning'), 'Årsrapport');
    expect(chosen()).toBe('arsrapport');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('on a version conflict compares each action’s follow-up in a row named by the action', async () => {
    const [area] = plan.focusAreas;
    const [strategy] = area?.strategies ?? [];
    const [action] = strategy?.actions ?? [];
    if (!area || !strategy || !action) throw new Error('The plan has an action');
    const followedUp = {
      ...action,
      followUps: [{ followUp: 'arsrapport', status: 'done', comment: 'Klart' }],
    };
    const theirs = {
      ...plan,
      focusAreas: [{ ...area, strategies: [{ ...strategy, actions: [followedUp] }] }],
      version: 4,
    } as ActionPlan;
    const setFollowUps = vi.fn(async () => {
      throw new ApiError({ code: 'VERSION_CONFLICT', message: 'Ändrad', status: 409, current: theirs });
    });
    const { user } = renderInApp(
      <ActionFollowUpForm scope={scope} view={view} plan={plan} points={points} />,
      { actionPlans: { setFollowUps } },
    );
    const group = screen.getByRole('group', { name: 'Sociala aktiviteter' });
    await user.selectOptions(within(group).getByLabelText('Status'), 'Pågående');
    await user.click(screen.getByRole('button', { name: 'Spara uppföljningen' }));

    const alert = await screen.findByRole('alert');
    expect(conflictCells(alert, 'Sociala aktiviteter')).toEqual(['Pågående', 'Genomförd: Klart']);
    expect(within(alert).queryByRole('row', { name: /^Status/ })).toBeNull();
  });
});
