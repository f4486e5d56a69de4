import type { UpdateAssignment } from '@styr/shared/contracts/plan';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AssignmentPlaceForm } from './assignment-place-form.tsx';
import { assignment, goal, id, renderSignedIn, yearView } from './plan-test-data.tsx';

const fritidsbanker = assignment(10, 'Fritidsbanker', { goalIds: [id(3)] });
const view = yearView({
  goals: [goal(2, 'Trygg stad'), goal(3, 'Trygga barn'), goal(4, 'Aktiv fritid')],
  assignments: [fritidsbanker],
});

function renderForm() {
  const updateAssignment = vi.fn(async (_scope: unknown, _id: string, body: UpdateAssignment) => ({
    id: fritidsbanker.id,
    category: body.category ?? null,
    labels: body.labels ?? [],
    goalIds: body.goalIds ?? [],
    version: 2,
  }));
  renderSignedIn(
    <AssignmentPlaceForm assignment={fritidsbanker} view={view} planName="Verksamhetsplan 2023" />,
    { updateAssignment },
  );
  return updateAssignment;
}

const save = () => screen.getByRole('button', { name: /^Spara\s*kategori, etiketter och mål/ });

describe("the form for an assignment's category, labels and goals", () => {
  it("saves the labels as a list and the goals in the plan's order, whatever the order they were ticked in", async () => {
    const user = userEvent.setup();
    const updateAssignment = renderForm();
    const goals = screen.getByRole('group', { name: /^Mål som uppdraget bidrar till/ });
    expect(
      within(goals)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Trygg stad', 'Trygga barn', 'Aktiv fritid']);
    expect((screen.getByRole('checkbox', { name: 'Trygga barn' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Aktiv fritid' }));
    await user.click(screen.getByRole('checkbox', { name: 'Trygg stad' }));
    await user.click(screen.getByRole('checkbox', { name: 'Trygga barn' }));
    await user.type(screen.getByLabelText(/^Kategori/), ' Samverkan ');
    await user.type(screen.getByLabelText(/^Etiketter/), 'fritid, , barn ');
    await user.click(save());

    expect(await screen.findByText('Uppdragets kategori, etiketter och mål är sparade.')).toBeTruthy();
    expect(updateAssignment.mock.calls[0]?.[2]).toEqual({
      version: 1,
      category: 'Samverkan',
      labels: ['fritid', 'barn'],
      goalIds: [id(2), id(4)],
    });
  });

  it('says at the labels field that a label is too long, and sends nothing', async () => {
    const user = userEvent.setup();
    const updateAssignment = renderForm();
    const labels = screen.getByLabelText(/^Etiketter/);
    await user.click(labels);
    await user.paste(`barn, ${'x'.repeat(101)}`);
    await user.click(save());
    await waitFor(() => expect(labels.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('En etikett får vara högst 100 tecken')).toBeTruthy();
    expect(updateAssignment).not.toHaveBeenCalled();
  });
});
