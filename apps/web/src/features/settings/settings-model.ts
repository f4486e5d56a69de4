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
