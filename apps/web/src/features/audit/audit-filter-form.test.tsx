import type { Me } from '@styr/shared/contracts/auth';
import type { OrgNode } from '@styr/shared/contracts/org';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from 'react-aria-components';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { AuditFilterForm } from './audit-filter-form.tsx';
import type { AuditFilters } from './use-audit-log.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const me = {
  user: { id: id(1), email: 'revisor@test.example', displayName: 'Revisor', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Testkommun', shortName: null },
  grants: [],
  csrfToken: 'csrf',
} satisfies Me;
const hisingen = { id: id(3), name: 'Socialnämnden Hisingen' } as OrgNode;

function renderFilters(filters: AuditFilters = {}) {
  const onApply = vi.fn();
  const listAuditActors = async () => ({ actors: [{ id: id(4), displayName: 'Anna Administratör' }] });
  render(
    <I18nProvider locale="sv-SE">
      <QueryClientProvider client={new QueryClient()}>
        <ApiProvider api={{ audit: { listAuditActors } } as unknown as StyrApi}>
          <SignedInContext value={me}>
            <AuditFilterForm filters={filters} committees={[hisingen]} wholeMunicipality onApply={onApply} />
          </SignedInContext>
        </ApiProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return onApply;
}

/** Types the date into the picker's first part, as a person does; the picker moves on by itself. */
async function typeDate(label: string, iso: string) {
  const user = userEvent.setup();
  await user.click(
    within(screen.getByRole('group', { name: new RegExp(`^${label}`) })).getAllByRole(
      'spinbutton',
    )[0] as HTMLElement,
  );
  await user.keyboard(iso);
}

const filter = () => fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));

describe('the filters of the Ändringslogg', () => {
  it('applies the committee, person and period chosen, the rest left at all', async () => {
    const onApply = renderFilters();
    fireEvent.change(screen.getByLabelText('Nämnd'), { target: { value: id(3) } });
    // The people come from the log itself, after the form.
    await screen.findByRole('option', { name: 'Anna Administratör' });
    fireEvent.change(screen.getByLabelText('Person'), { target: { value: id(4) } });
    await typeDate('Från och med', '2024-01-01');
    await typeDate('Till och med', '2024-03-31');
    filter();
    await vi.waitFor(() => expect(onApply).toHaveBeenCalledTimes(1));
    expect(onApply).toHaveBeenCalledWith({
      committeeId: id(3),
      actorId: id(4),
      from: '2024-01-01',
      to: '2024-03-31',
    });
  });

  it('refuses a period that ends before it starts, at the field, and applies nothing', async () => {
    const onApply = renderFilters({ from: '2024-03-01' });
    await typeDate('Till och med', '2024-02-01');
    filter();
    expect(await screen.findByText('Från-datum får inte vara senare än till-datum')).toBeTruthy();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('starts from the filters in the address and clears them all', () => {
    const onApply = renderFilters({ committeeId: id(3), entityType: 'risk' });
    expect(screen.getByLabelText('Nämnd')).toHaveProperty('value', id(3));
    expect(screen.getByLabelText('Objekttyp')).toHaveProperty('value', 'risk');
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(onApply).toHaveBeenCalledWith({});
  });
});
