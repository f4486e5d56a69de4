import type { Me } from '@styr/shared/contracts/auth';
import type { Part } from '@styr/shared/contracts/workflow';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import { ApiError } from '../../api/api-error.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { conflictCells } from '../../test-queries.ts';
import { SignedInContext } from '../auth/index.ts';
import { AssignForm, ReviewActions } from './part-actions.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const municipality = { id: id(2), name: 'Testkommun', shortName: null };
const controller = { id: id(1), email: 'controller@test.example', displayName: 'Controller' };
const me: Me = {
  user: { ...controller, municipalityId: municipality.id },
  municipality,
  grants: [],
  csrfToken: 'csrf',
};
const scope = { municipalityId: id(2), committeeId: id(3), year: 2022, followUp: 'arsrapport' };
const part: Part = {
  kind: 'goal',
  objectId: id(5),
  title: 'Fler i egen försörjning',
  node: { id: id(6), name: 'Mottagningsenheten' },
  state: 'ready',
  contribution: '<p>Fler fick arbete.</p>',
  reviewComment: null,
  updatedAt: '2023-01-20T10:00:00.000Z',
  version: 4,
};
const units = [
  { value: id(6), label: 'Mottagningsenheten (enhet)' },
  { value: id(7), label: 'Försörjningsstöd (enhet)' },
];

function renderWith(workflow: Partial<StyrApi['workflow']>, children: ReactNode) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={{ workflow } as unknown as StyrApi}>
        <SignedInContext value={me}>{children}</SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

describe('giving a part to a unit', () => {
  it('gives it to the unit chosen and says who reports now', async () => {
    const assignPart = vi.fn(async () => ({ ...part, node: { id: id(7), name: 'Försörjningsstöd' } }));
    const onAssigned = vi.fn();
    renderWith(
      { assignPart },
      <AssignForm scope={scope} item={part} currentNodeId={null} options={units} onAssigned={onAssigned} />,
    );
    fireEvent.change(screen.getByLabelText('Ge till enhet'), { target: { value: id(7) } });
    fireEvent.click(screen.getByRole('button', { name: /Ge uppgiften/ }));
    await vi.waitFor(() =>
      expect(onAssigned).toHaveBeenCalledWith('Försörjningsstöd rapporterar nu om Fler i egen försörjning.'),
    );
    expect(assignPart).toHaveBeenCalledWith(scope, 'goal', id(5), id(7));
  });

  it('says so where the committee has no units to give it to', () => {
    renderWith({}, <AssignForm scope={scope} item={part} currentNodeId={null} options={[]} />);
    expect(screen.getByText('Nämnden har inga enheter att ge uppgiften till.')).toBeTruthy();
  });
});

describe('sending a part back', () => {
  const open = () => {
    fireEvent.click(screen.getByRole('button', { name: /Skicka tillbaka…/ }));
    return screen.getByRole('dialog', { name: 'Skicka tillbaka Fler i egen försörjning' });
  };

  it('asks what needs to be done, then sends it against the version shown', async () => {
    const review = vi.fn(async () => ({ ...part, state: 'returned' as const, version: 5 }));
    renderWith({ review }, <ReviewActions scope={scope} part={part} frozen={false} />);
    const dialog = open();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(
      await within(dialog).findByText('Skriv vad som behöver göras när du skickar tillbaka'),
    ).toBeTruthy();
    expect(review).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText('Vad behöver göras?'), {
      target: { value: 'Beskriv vad kostnaden berodde på.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(
      await screen.findByText('Fler i egen försörjning är tillbakaskickad till Mottagningsenheten.'),
    ).toBeTruthy();
    expect(review).toHaveBeenCalledWith(scope, 'goal', id(5), {
      version: 4,
      decision: 'return',
      comment: 'Beskriv vad kostnaden berodde på.',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the part as now stored when someone changed it in between', async () => {
    const conflict = new ApiError({
      code: 'VERSION_CONFLICT',
      status: 409,
      message: 'Delen har ändrats.',
      current: { ...part, state: 'approved', version: 5 },
    });
    renderWith(
      { review: async () => Promise.reject(conflict) },
      <ReviewActions scope={scope} part={part} frozen={false} />,
    );
    const dialog = open();
    fireEvent.change(within(dialog).getByLabelText('Vad behöver göras?'), {
      target: { value: 'Komplettera.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka tillbaka' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Någon annan har ändrat Fler i egen försörjning');
    // The status the controller saw beside the one stored now; the comment is the controller's alone.
    expect(conflictCells(alert, 'Status')).toEqual(['Klar', 'Godkänd']);
    expect(conflictCells(alert, 'Vad behöver göras?')).toEqual(['Komplettera.', '–']);
  });
});
