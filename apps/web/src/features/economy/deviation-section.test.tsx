import type { SignificantDeviation } from '@styr/shared/contracts/economy';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DeviationSection } from './deviation-section.tsx';
import { committeeId, renderWithApi, scope } from './economy-test-setup.tsx';

const deviation = (followUp: string, title: string): SignificantDeviation => ({
  followUp,
  key: `avvikelse-${followUp}`,
  title,
  cause: 'Fler placeringar än budgeterat.',
  consequencesForClients: null,
  consequencesForOrganisation: null,
  economicConsequences: null,
  measures: null,
  version: 1,
});

function renderSection(updateDeviation = vi.fn()) {
  const user = renderWithApi(
    <DeviationSection
      deviations={[deviation('augusti', 'Placeringar i augusti'), deviation('arsrapport', 'Placeringar')]}
      year={2022}
      followUpName={(key) => (key === 'augusti' ? 'Delårsrapport augusti' : 'Årsrapport')}
      edit={{ committeeId, frozen: (followUp) => followUp === 'augusti' }}
    />,
    { economy: { updateDeviation } },
  );
  return { user, form: screen.getByRole('form', { name: 'Placeringar' }) };
}

describe('significant deviations in a year with an adopted follow-up', () => {
  it('shows the adopted follow-up’s deviation as read, and keeps the other one editable', () => {
    const { form } = renderSection();
    const adopted = screen.getByRole('article', { name: 'Placeringar i augusti' });
    expect(adopted.querySelector('input, textarea, button')).toBeNull();
    expect(adopted.textContent).toContain('Fler placeringar än budgeterat.');
    expect(within(form).getAllByRole('textbox').length).toBe(6);
  });

  it('saves the annual report’s deviation against its version, an emptied part as none', async () => {
    const updateDeviation = vi.fn(async (_scope: unknown, _target: unknown, body: object) => ({
      ...deviation('arsrapport', 'Placeringar'),
      ...body,
      version: 2,
    }));
    const { user, form } = renderSection(updateDeviation);
    await user.clear(within(form).getByLabelText(/^Orsak/));
    await user.type(within(form).getByLabelText(/^Vidtagna åtgärder/), 'Fler familjehem.');
    await user.click(within(form).getByRole('button', { name: /^Spara/ }));
    await vi.waitFor(() => expect(updateDeviation).toHaveBeenCalledOnce());
    expect(updateDeviation).toHaveBeenCalledWith(
      scope,
      { followUp: 'arsrapport', key: 'avvikelse-arsrapport' },
      {
        version: 1,
        title: 'Placeringar',
        cause: null,
        consequencesForClients: null,
        consequencesForOrganisation: null,
        economicConsequences: null,
        measures: 'Fler familjehem.',
      },
    );
    expect(await within(form).findByText('Avvikelsen är sparad.')).toBeTruthy();
  });

  it('says at the field that the heading may not be empty, and sends nothing', async () => {
    const updateDeviation = vi.fn();
    const { user, form } = renderSection(updateDeviation);
    await user.clear(within(form).getByLabelText('Rubrik'));
    await user.click(within(form).getByRole('button', { name: /^Spara/ }));
    expect(await within(form).findByText('Rubriken får inte vara tom')).toBeTruthy();
    expect(updateDeviation).not.toHaveBeenCalled();
  });
});
