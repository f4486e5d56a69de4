import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SettingsLabelsForm } from './settings-labels-form.tsx';
import { file, id, version } from './settings-test-data.ts';
import { answers, type Put, renderSettingsForm } from './settings-test-render.tsx';

// The form sends the loaded file back with only its words changed; the other parts pass through untouched.
const settings = { version, file: { ...file, documentLabels: { 'tables.sum': 'Totalt' } } };

describe('the form for the words documents print', () => {
  it('shows each word with its default, and saves own words only, an emptied field back to the default', async () => {
    const putSettings = vi.fn<Put>(async () => answers.changing(['documentLabels']));
    renderSettingsForm(SettingsLabelsForm, putSettings, settings);
    const sum = screen.getByLabelText(/Summarad i tabeller: ”Summa”/);
    expect(sum).toHaveProperty('value', 'Totalt');
    const kind = screen.getByLabelText(/Målets typ, vid varje mål: ”Nämndens eget mål”/);
    expect(kind).toHaveProperty('value', '');
    fireEvent.change(kind, { target: { value: '  Nämndmål ' } });
    fireEvent.change(sum, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara orden' }));
    expect(await screen.findByText('Orden är sparade.')).toBeTruthy();
    expect(putSettings).toHaveBeenCalledWith(
      id(2),
      { version, file: { ...file, documentLabels: { 'goalKind.committee': 'Nämndmål' } } },
      false,
    );
  });

  it('takes back what was written, to the words as saved', () => {
    renderSettingsForm(SettingsLabelsForm, vi.fn<Put>(), settings);
    const undo = screen.getByRole('button', { name: 'Ångra ändringarna' });
    expect(undo).toHaveProperty('disabled', true);
    const sum = screen.getByLabelText(/Summarad i tabeller: ”Summa”/);
    fireEvent.change(sum, { target: { value: 'Totalsumma' } });
    fireEvent.click(undo);
    expect(sum).toHaveProperty('value', 'Totalt');
    expect(screen.queryByText('Ej sparad ändring')).toBeNull();
  });
});
