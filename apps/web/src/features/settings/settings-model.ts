import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { slugOf } from '../../components/form/row-keys.ts';

/** The parts of a settings file as the server names them in `changed`, in Swedish. */
const partNames: Record<string, string> = {
  municipality: 'Kommunens uppgifter',
  orgKinds: 'Typer av enheter',
  indicatorUnits: 'Enheter för mått',
  keyFigureDefinitions: 'Kommunens nyckeltal',
  followUpPoints: 'Uppföljningstillfällen',
  assessmentScales: 'Bedömningsskalor',
  riskAreas: 'Riskområden',
  riskScale: 'Riskskala',
  statementTables: 'Resultaträkningar',
  statementLines: 'Resultaträkningarnas rader',
  documentLabels: 'Etiketter i dokumenten',
  documentTemplates: 'Dokumentmallar',
};

/** "Filen ändrar: Uppföljningstillfällen, Bedömningsskalor"; a part the client does not know keeps its own name. */
export function changeSummary(changed: readonly string[], subject = 'Filen'): string {
  if (changed.length === 0) return `${subject} ändrar ingenting.`;
  return `${subject} ändrar: ${changed.map((part) => partNames[part] ?? part).join(', ')}`;
}

/** The server refuses larger bodies; refusing in the browser spares the upload and says why in Swedish. */
export const maxFileBytes = 2 * 1024 * 1024;

export type ReadFile = { ok: true; file: unknown } | { ok: false; message: string };

/** A chosen file as JSON to send, or why it cannot be sent. The server judges the content. */
export function readSettingsFile(size: number, text: () => Promise<string>): Promise<ReadFile> {
  if (size > maxFileBytes)
    return Promise.resolve({
      ok: false,
      message: 'Filen är större än 2 MB och kan inte läsas in. Kontrollera att det är en inställningsfil.',
    });
  return text().then(
    (content): ReadFile => {
      try {
        return { ok: true, file: JSON.parse(content) };
      } catch {
        return {
          ok: false,
          message:
            'Filen är inte giltig JSON och kan inte läsas in. Välj en inställningsfil som du har laddat ner här.',
        };
      }
    },
    (): ReadFile => ({ ok: false, message: 'Filen gick inte att läsa. Välj den på nytt.' }),
  );
}

/** "ekmarks-kommun-installningar.json": ASCII only, so the name survives every file system and mail client. */
export function settingsFileName(municipalityName: string): string {
  return `${slugOf(municipalityName) || 'kommunen'}-installningar.json`;
}

/** The follow-up points a scale serves: those it names, and for the first scale also those no scale names. */
export function scalePoints(file: MunicipalityFile, scaleIndex: number): string[] {
  const scale = file.assessmentScales[scaleIndex];
  if (!scale) return [];
  const named = new Set(file.assessmentScales.flatMap((entry) => entry.followUpPoints));
  return file.followUpPoints
    .filter(
      (point) => scale.followUpPoints.includes(point.key) || (scaleIndex === 0 && !named.has(point.key)),
    )
    .map((point) => point.name);
}
