import { committeeYearExportHref } from '../../api/plan-api.ts';
import { useMe } from '../auth/index.ts';

/** "socialnamnden-hisingen-2022.json": ASCII only, so that the name survives every file system and mail client. */
function fileName(committeeName: string, year: number): string {
  const slug = committeeName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'namnd'}-${year}.json`;
}

export function ExportLink({
  committeeId,
  committeeName,
  year,
}: {
  committeeId: string;
  committeeName: string;
  year: number;
}) {
  const municipalityId = useMe().user.municipalityId;
  return (
    <p className="page-actions">
      <a
        href={committeeYearExportHref(municipalityId, committeeId, year)}
        download={fileName(committeeName, year)}
      >
        Ladda ner som JSON
      </a>{' '}
      <span className="muted">
        – hela året i det öppna formatet, för import i Styr eller bearbetning i andra verktyg
      </span>
    </p>
  );
}
