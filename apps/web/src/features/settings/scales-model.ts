import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { keyedValues } from './settings-draft.ts';
import type { SettingsPart } from './settings-form.tsx';

export type Scale = MunicipalityFile['assessmentScales'][number];
export type Level = Scale['levels'][number];

/** A level added in the form: no key until the file is built. */
export const freshLevel = (): Level => ({ key: '', label: '', tone: 'good' });

export const freshScale = (): Scale => ({
  key: '',
  name: '',
  levelRequired: true,
  levels: [freshLevel()],
  followUpPoints: [],
});

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

type Values = { file: Pick<MunicipalityFile, 'assessmentScales'> };

/** The scales as the form edits them; new scales and levels are keyed by their names. */
export const scales: SettingsPart<Values> = {
  toValues: ({ assessmentScales }) => ({ file: { assessmentScales } }),
  toFile: (file, values) => ({
    ...file,
    assessmentScales: keyedValues(
      values.file.assessmentScales.map((scale) => ({
        ...scale,
        levels: keyedValues(scale.levels, (level) => level.label),
      })),
      (scale) => scale.name,
    ),
  }),
  where: scaleProblemPlace,
  review: true,
  describe: ({ file }) =>
    file.assessmentScales.map((scale, index) => ({
      label: `Skala ${index + 1}`,
      value: `${scale.name}: ${scale.levels.map((level) => level.label).join(', ')}`,
    })),
};
