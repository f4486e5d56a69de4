import type { ExportTable } from '@styr/shared/contracts/economy-files';
import { economyExportHref } from '../../api/economy-api.ts';
import { useMe } from '../auth/index.ts';

/** Downloads one of the economy's tables as an Excel file. */
export function ExcelLink({
  committeeId,
  year,
  table,
  name,
}: {
  committeeId: string;
  year: number;
  table: ExportTable;
  /** Completes "Ladda ner … som Excel" for screen readers, e.g. "resultaträkningen". */
  name: string;
}) {
  const municipalityId = useMe().user.municipalityId;
  return (
    <p className="page-actions">
      <a href={economyExportHref({ municipalityId, committeeId, year }, table)} download>
        Ladda ner som Excel<span className="visually-hidden"> ({name})</span>
      </a>
    </p>
  );
}
