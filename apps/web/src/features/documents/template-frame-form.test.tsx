import type { DocumentFrameInput } from '@styr/shared/contracts/document-frame';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TemplateFrameForm } from './template-frame-form.tsx';

function Harness({ onChange }: { onChange: (frame: DocumentFrameInput) => void }) {
  const [frame, setFrame] = useState<DocumentFrameInput | undefined>(undefined);
  return (
    <TemplateFrameForm
      frame={frame}
      onChange={(next) => {
        setFrame(next);
        onChange(next);
      }}
    />
  );
}

describe('the document frame on the template page', () => {
  it('shows today’s frame for a template without one, and builds the frame the administrator chooses', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: 'Titelsida' })).toHaveProperty('checked', true);
    expect(screen.getByRole('combobox', { name: 'Innehållsförteckning' })).toHaveProperty('value', '3');
    expect(screen.getByText('Till exempel: Årsrapport 2025 Socialnämnden 6 (44)')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Innehållsförteckning' }), {
      target: { value: 'ingen' },
    });
    const lines = screen.getByRole('group', { name: 'Titelsidans rader, i ordning' });
    fireEvent.click(within(lines).getByRole('checkbox', { name: 'Kommunens namn' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kommunens logotyp' }));
    const footer = screen.getByRole('group', { name: 'Sidfot' });
    fireEvent.click(footer.querySelector('input[name="footer-committee"]') as HTMLElement);
    fireEvent.change(footer.querySelector('input[name="footer-separator"]') as HTMLElement, {
      target: { value: ' · ' },
    });
    fireEvent.change(footer.querySelector('select[name="footer-page-style"]') as HTMLElement, {
      target: { value: 'pageOf' },
    });
    expect(screen.getByText('Till exempel: Årsrapport 2025 · Sida 6 av 44')).toBeTruthy();
    expect(onChange).toHaveBeenLastCalledWith({
      titlePage: { lines: ['title', 'committee', 'municipality'], logo: true },
      contents: false,
      footer: { parts: ['title', 'page'], separator: ' · ', pageStyle: 'pageOf' },
      header: false,
    });
  });
});
