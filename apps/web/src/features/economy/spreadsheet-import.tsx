import type { StatementColumnView } from '@styr/shared/contracts/economy';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { SpreadsheetImportDialog } from './spreadsheet-import-dialog.tsx';

/**
 * Opens the dialog that reads figures or indicator values from an Excel or CSV file; `statementColumns` are the
 * statement tables' columns, whose own headings an exported sheet is read back by.
 */
export function SpreadsheetImport({
  committeeId,
  year,
  statementColumns,
}: {
  committeeId: string;
  year: number;
  statementColumns: readonly StatementColumnView[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <p className="page-actions">
      <Button className="button button-secondary" onPress={() => setOpen(true)}>
        Läs in från Excel eller CSV
      </Button>
      {open && (
        <SpreadsheetImportDialog
          committeeId={committeeId}
          year={year}
          statementColumns={statementColumns}
          onClose={() => setOpen(false)}
        />
      )}
    </p>
  );
}
