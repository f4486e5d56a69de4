import { useState } from 'react';
import { Button } from 'react-aria-components';
import { SpreadsheetImportDialog } from './spreadsheet-import-dialog.tsx';

/** Opens the dialog that reads figures or indicator values from an Excel or CSV file. */
export function SpreadsheetImport({ committeeId, year }: { committeeId: string; year: number }) {
  const [open, setOpen] = useState(false);
  return (
    <p className="page-actions">
      <Button className="button button-secondary" onPress={() => setOpen(true)}>
        Läs in från Excel eller CSV
      </Button>
      {open && (
        <SpreadsheetImportDialog committeeId={committeeId} year={year} onClose={() => setOpen(false)} />
      )}
    </p>
  );
}
