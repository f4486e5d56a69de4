import type { Me } from '@styr/shared/contracts/auth';
import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { slugOf } from '../../components/form/row-keys.ts';

/** Ekmark's settings in small, as the settings page's tests read them from the server. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const version = 'a'.repeat(64);

type Level = MunicipalityFile['assessmentScales'][number]['levels'][number];
/** A level keyed by its word, as the scales form keys a new one. */
const level = (label: string, tone: Level['tone']): Level => ({ key: slugOf(label), label, tone });

export const file: MunicipalityFile = {
  format: 'styr/municipality',
  formatVersion: 1,
  municipality: { name: 'Ekmarks kommun', shortName: 'Ekmark', koladaId: null, validFrom: '1974-01-01' },
  orgKinds: [
    { kind: 'committee', label: 'Nämnd', children: ['administration'] },
    { kind: 'administration', label: 'Sektor', children: ['department'] },
    { kind: 'department', label: 'Verksamhetsområde', children: ['department', 'unit'] },
    { kind: 'unit', label: 'Enhet', children: [] },
  ],
  indicatorUnits: [
    { unit: 'timmar', decimals: 1, valueKind: 'number' },
    { unit: 'procent', decimals: 0, valueKind: 'share' },
    { unit: 'uppfyllt', decimals: 0, valueKind: 'yesPartlyNo' },
  ],
  keyFigureDefinitions: [
    {
      key: 'u21468',
      name: 'Personal som en hemtjänsttagare möter under 14 dagar',
      unit: 'timmar',
      decimals: 0,
      direction: 'lower',
      source: 'kolada',
      sourceReference: 'U21468',
      definition: null,
    },
  ],
  followUpPoints: [
    { key: 'tertial1', name: 'Tertialrapport 1', month: 4 },
    { key: 'delar', name: 'Delårsrapport', month: 8 },
    { key: 'bokslut', name: 'Verksamhetsberättelse', month: 12 },
  ],
  assessmentScales: [
    {
      key: 'under-aret',
      name: 'Bedömning under året',
      levelRequired: false,
      levels: [{ key: 'i-fas', label: 'I fas', tone: 'good' }],
      followUpPoints: [],
    },
    {
      key: 'arsbedomning',
      name: 'Måluppfyllelse',
      levelRequired: true,
      levels: [level('Uppfyllt', 'good'), level('Ej uppfyllt', 'bad')],
      followUpPoints: ['bokslut'],
    },
  ],
  riskAreas: [{ key: 'ekonomi', name: 'Ekonomiska risker' }],
  riskScale: {
    probability: [
      { value: 1, label: 'Liten' },
      { value: 2, label: 'Stor' },
    ],
    consequence: [
      { value: 1, label: 'Lindrig' },
      { value: 2, label: 'Allvarlig' },
    ],
  },
  statementTables: [{ key: 'rr', title: 'Resultaträkning' }],
  statementLines: [
    { key: 'intakter', label: 'Intäkter', sumOf: [] },
    { key: 'kostnader', label: 'Kostnader', sumOf: [] },
    { key: 'netto', label: 'Nettokostnad', sumOf: ['intakter'], subtract: ['kostnader'] },
  ],
  documentLabels: {},
  documentTemplates: [],
};

export const me: Me = {
  user: { id: id(1), email: 'admin@ekmark.example', displayName: 'Admin', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Ekmarks kommun', shortName: 'Ekmark' },
  grants: [],
  csrfToken: 'csrf',
};
