import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { committeeId, renderWithApi } from './economy-test-setup.tsx';
import { SpreadsheetImportDialog } from './spreadsheet-import-dialog.tsx';

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
    renderWithApi(
      <SpreadsheetImportDialog
        committeeId={committeeId}
        year={2022}
        statementColumns={[]}
        onClose={() => {}}
      />,
      api,
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
