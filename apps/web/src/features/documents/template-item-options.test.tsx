import type { TemplateChapter } from '@styr/shared/contracts/documents';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TemplateItemOptions } from './template-item-options.tsx';

const goals: TemplateChapter = {
  key: 'mal',
  title: 'Nämndens mål',
  section: { kind: 'goals', goalKinds: ['committee'], parts: ['assessment', 'text'], heading: '{title}' },
  pageBreakBefore: false,
  appendix: false,
  children: [],
};

describe('how a chapter prints its items, in the template editor', () => {
  it('makes goals numbered chapters under every parent goal and keeps the parts set in the file', () => {
    const onChange = vi.fn();
    const { rerender } = render(<TemplateItemOptions chapter={goals} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Hur målen i ”Nämndens mål” skrivs ut'), {
      target: { value: 'chapters' },
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...goals.section, layout: 'chapters' });
    fireEvent.change(screen.getByLabelText('Var målen i ”Nämndens mål” står'), {
      target: { value: 'hierarchy' },
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...goals.section, nesting: 'hierarchy' });
    // A cleared heading pattern leaves no key behind: the default, as a template without it.
    fireEvent.change(screen.getByLabelText(/Rubrik för målen/), { target: { value: ' ' } });
    expect(onChange).toHaveBeenLastCalledWith({
      kind: 'goals',
      goalKinds: ['committee'],
      parts: ['assessment', 'text'],
    });
    rerender(
      <TemplateItemOptions
        chapter={{
          ...goals,
          key: 'uppdrag',
          title: 'Uppdrag',
          section: { kind: 'assignments', sources: ['budget'] },
        }}
        onChange={onChange}
      />,
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Hur uppdragen i ”Uppdrag” skrivs ut').value).toBe(
      'table',
    );
    // A table has no item headings to pattern.
    expect(screen.queryByLabelText(/Rubrik för uppdragen/)).toBeNull();
  });

  it('offers nothing for a chapter without items', () => {
    const { container } = render(
      <TemplateItemOptions chapter={{ ...goals, section: { kind: 'documentText' } }} onChange={vi.fn()} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
