import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { NumberStyleForm } from './settings-frame-forms.tsx';

const municipalityId = '00000000-0000-4000-8000-000000000002';
const version = 'c'.repeat(64);
const file = {
  format: 'styr/municipality',
  documentLabels: {},
} as unknown as MunicipalityFile;

describe('the number style on the settings page', () => {
  it('shows how figures print and saves the file with the chosen style, the default left out', async () => {
    const putSettings = vi.fn(async () => ({ changed: ['numberStyle'] }) as never);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ApiProvider api={{ settings: { putSettings } } as unknown as StyrApi}>
          <NumberStyleForm
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
    expect(screen.getByText('Så skrivs talen: \u22121 234,5')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Spara talformatet' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Bindestreck (-)' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Inget mellanrum' }));
    expect(screen.getByText('Så skrivs talen: -1234,5')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara talformatet' }));
    await vi.waitFor(() => expect(putSettings).toHaveBeenCalledTimes(1));
    expect(putSettings).toHaveBeenCalledWith(
      municipalityId,
      { version, file: { ...file, numberStyle: { minus: 'hyphen', thousands: 'none' } } },
      false,
    );
  });
});
