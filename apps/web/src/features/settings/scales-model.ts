import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { freshRow, keyedValues, loadedRows, type Row } from './settings-draft.ts';

export type Scale = MunicipalityFile['assessmentScales'][number];
export type Level = Scale['levels'][number];
export type ScaleRow = Row<Scale> & { levels: Row<Level>[] };

export const scaleRows = (file: MunicipalityFile): ScaleRow[] =>
  loadedRows(file.assessmentScales).map((row) => ({ ...row, levels: loadedRows(row.value.levels) }));

export const freshScale = (): ScaleRow => ({
  ...freshRow<Scale>({ key: '', name: '', levelRequired: true, levels: [], followUpPoints: [] }),
  levels: [freshRow<Level>({ key: '', label: '', tone: 'good' })],
});

/** The loaded file with the form's scales; new scales and levels are keyed by their names. */
export function withScales(file: MunicipalityFile, rows: readonly ScaleRow[]): MunicipalityFile {
  const scales = rows.map((row) => ({
    ...row,
    value: { ...row.value, levels: keyedValues(row.levels, (level) => level.label) },
  }));
  return { ...file, assessmentScales: keyedValues(scales, (scale) => scale.name) };
}

const fieldNames: Record<string, string> = {
  name: 'namn',
  key: 'nyckel',
  label: 'benämning',
  tone: 'ton',
  levels: 'nivåer',
  levelRequired: 'nivå krävs',
  followUpPoints: 'används vid',
};

/** "assessmentScales[0].levels[1].label" → "Skala 1, nivå 2, benämning". */
export function scaleProblemPlace(path: string): string {
  const match = /^assessmentScales(?:\[(\d+)\](?:\.levels\[(\d+)\])?(?:\.(\w+))?)?/.exec(path);
  if (!match) return path;
  const [, scale, level, field] = match;
  const parts = [
    scale === undefined ? 'Bedömningsskalorna' : `Skala ${Number(scale) + 1}`,
    level === undefined ? null : `nivå ${Number(level) + 1}`,
    field === undefined ? null : (fieldNames[field] ?? field),
  ];
  return parts.filter(Boolean).join(', ');
}
