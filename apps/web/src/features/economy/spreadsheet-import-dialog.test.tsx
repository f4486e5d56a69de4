import type { Me } from '@styr/shared/contracts/auth';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import { ApiError } from '../../api/api-error.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { SpreadsheetImportDialog } from './spreadsheet-import-dialog.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const me: Me = {
  user: { id: id(1), email: 'controller@test.example', displayName: 'Controller', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Testkommun', shortName: null },
  grants: [],
  csrfToken: 'csrf',
};

describe('reading in a spreadsheet', () => {
  it('replaces the check’s good news with the refusal when saving is refused, naming the report', async () => {
    const refusal = new ApiError({
      code: 'FROZEN',
      status: 409,
      message: 'Årsrapport 2022 är fastställd och kan inte ändras.',
    });
    const importSpreadsheet = vi.fn(async (_scope: unknown, body: { dryRun: boolean }) => {
      if (body.dryRun) {
        return {
          saved: false,
          changes: [{ cell: 'Blad1!B2', label: 'Intäkter', column: 'Utfall', value: '12' }],
        };
      }
      throw refusal;
    });
    const api = {
      economy: {
        previewSpreadsheet: vi.fn(async () => ({
          sheets: [
            {
              name: 'Blad1',
              rowCount: 2,
              columnCount: 2,
              rows: [
                ['Rad', 'Utfall'],
                ['Intäkter', '12'],
              ],
            },
          ],
        })),
        importSpreadsheet,
      },
    };
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ApiProvider api={api as unknown as StyrApi}>
          <SignedInContext value={me}>
            <SpreadsheetImportDialog
              committeeId={id(3)}
              year={2022}
              statementColumns={[]}
              onClose={() => {}}
            />
          </SignedInContext>
        </ApiProvider>
      </QueryClientProvider>,
    );
    const file = new File(['Rad;Utfall\nIntäkter;12\n'], 'figurer.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Fil (.xlsx eller .csv)'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Kontrollera' }, { timeout: 5000 }));
    expect(await screen.findByText('Kontrollen gick bra. Detta sparas:')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Spara 1 värden' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Inget har sparats');
    expect(alert.textContent).toContain('Årsrapport 2022 är fastställd och kan inte ändras.');
    expect(screen.queryByText('Kontrollen gick bra. Detta sparas:')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Spara/ })).toBeNull();
  });
});
