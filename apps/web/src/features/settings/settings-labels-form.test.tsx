import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SettingsLabelsForm } from './settings-labels-form.tsx';

const municipalityId = '00000000-0000-4000-8000-000000000002';
const version = 'b'.repeat(64);
// The form sends the loaded file back with only its labels changed; the other parts pass through untouched.
const file = {
  format: 'styr/municipality',
  followUpPoints: [{ key: 'bokslut', name: 'Bokslut', month: 12 }],
  documentLabels: { 'tables.sum': 'Totalt' },
} as unknown as MunicipalityFile;

function renderForm(putSettings: StyrApi['settings']['putSettings']) {
  const api = { settings: { putSettings } } as unknown as StyrApi;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api}>
        <SettingsLabelsForm
          municipalityId={municipalityId}
          version={version}
          file={file}
          saved={false}
          onSaved={() => undefined}
          onReload={() => undefined}
        />
      </ApiProvider>
    </QueryClientProvider>,
  );
}

describe('the form for the words documents print', () => {
  it('shows each word with its default, and saves own words only, an emptied field back to the default', async () => {
    const putSettings = vi.fn(async () => ({ changed: ['documentLabels'] }) as never);
    renderForm(putSettings);
    const sum = screen.getByLabelText(/Summarad i tabeller: ”Summa”/);
    expect(sum).toHaveProperty('value', 'Totalt');
    const kind = screen.getByLabelText(/Målets typ, vid varje mål: ”Nämndens eget mål”/);
    expect(kind).toHaveProperty('value', '');
    fireEvent.change(kind, { target: { value: '  Nämndmål ' } });
    fireEvent.change(sum, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara orden' }));
    await vi.waitFor(() => expect(putSettings).toHaveBeenCalledTimes(1));
    expect(putSettings).toHaveBeenCalledWith(
      municipalityId,
      { version, file: { ...file, documentLabels: { 'goalKind.committee': 'Nämndmål' } } },
      false,
    );
  });

  it('has nothing to save until a word changes', () => {
    renderForm(vi.fn());
    expect(screen.getByRole('button', { name: 'Spara orden' })).toHaveProperty('disabled', true);
  });
});
