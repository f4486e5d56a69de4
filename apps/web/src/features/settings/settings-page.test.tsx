import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { Settings } from '../../api/settings-api.ts';
import { SettingsPage } from './settings-page.tsx';
import { file, version } from './settings-test-data.ts';
import { answers, renderWithApi } from './settings-test-render.tsx';

/** The settings as the server keeps them: a write names the version it read, and a newer one refuses it. */
function fakeServer() {
  let stored: Settings = { version, file };
  let writes = 0;
  return {
    getSettings: vi.fn(async () => stored),
    putSettings: vi.fn(async (_id: string, body: { version: string; file: unknown }, dryRun: boolean) => {
      if (body.version !== stored.version)
        throw new ApiError({ code: 'VERSION_CONFLICT', status: 409, message: 'Ändrat.', current: stored });
      if (!dryRun) {
        writes += 1;
        stored = { version: String(writes).padStart(64, '0'), file: body.file as Settings['file'] };
      }
      return answers.changing(['orgKinds']);
    }),
  };
}

describe('the settings page', () => {
  it('keeps what is written in one form while another saves, and says so when that form is saved later', async () => {
    const settings = fakeServer();
    renderWithApi(
      { settings, documents: { getLogo: async () => null } },
      <MemoryRouter>
        <SettingsPage />
      </MemoryRouter>,
    );
    const sum = await screen.findByLabelText(/Summarad i tabeller: ”Summa”/);
    fireEvent.change(sum, { target: { value: 'Totalt' } });
    fireEvent.change(screen.getByLabelText('Namn på typen Enhet'), { target: { value: 'Resultatenhet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara namnen' }));
    expect(await screen.findByText('Inställningarna är sparade.')).toBeTruthy();
    // The names are saved and the page shows them; the words written meanwhile are still there, unsaved.
    expect(await screen.findByLabelText('Namn på typen Resultatenhet')).toBeTruthy();
    expect(sum).toHaveProperty('value', 'Totalt');

    fireEvent.click(screen.getByRole('button', { name: 'Spara orden' }));
    const conflict = await screen.findByRole('alert');
    expect(conflict.textContent).toContain('Någon annan har ändrat kommunens inställningar');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Spara min version i stället' }));
    expect(await screen.findByText('Orden är sparade.')).toBeTruthy();
    const written = settings.putSettings.mock.lastCall?.[1].file as Settings['file'];
    expect(written.documentLabels).toEqual({ 'tables.sum': 'Totalt' });
    // Saved over the names saved before, not over the settings the words form first read.
    expect(written.orgKinds.find((kind) => kind.kind === 'unit')?.label).toBe('Resultatenhet');
  });
});
