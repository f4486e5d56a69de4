import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VersionConflict } from './version-conflict.tsx';

describe('VersionConflict', () => {
  it('tells at once that someone else saved, shows what is stored now and reloads it on request', () => {
    const onReload = vi.fn();
    render(
      <VersionConflict
        subject="Enhet Hemtjänst Nord"
        rows={[
          { label: 'Namn', value: 'Hemtjänst Nord' },
          { label: 'Gäller från', value: '2024-01-01' },
        ]}
        onReload={onReload}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('Någon annan har ändrat Enhet Hemtjänst Nord medan du redigerade'),
    ).toBeTruthy();
    const stored = [...alert.querySelectorAll('dt')].map((term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]);
    expect(stored).toEqual([
      ['Namn', 'Hemtjänst Nord'],
      ['Gäller från', '2024-01-01'],
    ]);
    // Without a way to keep one's own text, reloading is the only choice offered.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Hämta aktuella uppgifter',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Hämta aktuella uppgifter' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('offers to save one’s own version over the other only where the form kept it', () => {
    const onReload = vi.fn();
    const onKeepMine = vi.fn();
    render(<VersionConflict subject="målet" rows={[]} onReload={onReload} onKeepMine={onKeepMine} />);
    expect(
      screen.getByText('Din text finns kvar i formuläret. Välj vilken version som ska gälla.'),
    ).toBeTruthy();
    expect(screen.getByRole('alert').querySelector('dl')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Spara min version i stället' }));
    expect(onKeepMine).toHaveBeenCalledOnce();
    expect(onReload).not.toHaveBeenCalled();
  });
});
