import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssignmentSection } from './assignment-section.tsx';
import { assignment, goal, id, yearView } from './plan-test-data.tsx';

const view = yearView({
  goals: [goal(2, 'Trygg stad'), goal(3, 'Trygga barn', { parentGoalId: id(2), depth: 1 })],
  assignments: [
    assignment(10, 'Fritidsbanker', { labels: ['fritid', 'barn'], category: 'Samverkan', goalIds: [id(3)] }),
    assignment(11, 'Tillnyktringsenhet', { labels: [], yearGiven: 2022 }),
  ],
});

describe('AssignmentSection', () => {
  it('shows the goals an assignment serves, its category and labels, and groups the list by label', () => {
    render(<AssignmentSection view={view} latest={null} />);
    expect(
      screen.getByText(/Kategori: Samverkan · Etiketter: fritid, barn · Bidrar till: Trygga barn/),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Gruppera uppdragen efter'), { target: { value: 'label' } });
    const groups = screen.getAllByRole('heading', { level: 3 }).map((heading) => [
      heading.textContent,
      within(heading.parentElement as HTMLElement)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('td, th')?.firstChild?.textContent),
    ]);
    expect(groups).toEqual([
      ['barn', ['Fritidsbanker']],
      ['fritid', ['Fritidsbanker']],
      ['Utan etikett', ['Tillnyktringsenhet']],
    ]);
  });
});
