import { MISSING_TEXT } from '../format/number.ts';

/**
 * The fixed words Styr prints around a municipality's own data: the names of the kinds of goal, headings and table
 * columns. Each has a Swedish default (Göteborg's wording); a municipality may give its own in its settings file.
 * `{year}` in a text is replaced by the year it stands for. `about` says where it prints, in Swedish, for the
 * settings page.
 */
export const documentLabelCatalog = {
  'goalKind.kfOrganisation': { text: 'KF:s organisationsmål', about: 'Målets typ, vid varje mål' },
  'goalKind.kfActivity': { text: 'KF:s övergripande verksamhetsmål', about: 'Målets typ, vid varje mål' },
  'goalKind.kfCommittee': { text: 'Nämndspecifikt mål från KF', about: 'Målets typ, vid varje mål' },
  'goalKind.committee': { text: 'Nämndens eget mål', about: 'Målets typ, vid varje mål' },
  'goalGroup.kfOrganisation': {
    text: 'KF:s organisationsmål',
    about: 'Rubrik för målen av typen utanför målområdena',
  },
  'goalGroup.kfActivity': {
    text: 'KF:s övergripande verksamhetsmål',
    about: 'Rubrik för målen av typen utanför målområdena',
  },
  'goalGroup.kfCommittee': {
    text: 'Nämndspecifika mål från KF',
    about: 'Rubrik för målen av typen utanför målområdena',
  },
  'goalGroup.committee': {
    text: 'Nämndens egna mål',
    about: 'Rubrik för målen av typen utanför målområdena',
  },
  'goals.contributesTo': { text: 'Bidrar till', about: 'Före målet som ett mål eller uppdrag bidrar till' },
  'goals.focus': { text: 'Fokus', about: 'Före målets fokus' },
  'goals.assessed': { text: 'Bedömd måluppfyllelse', about: 'Före bedömningen av ett mål' },
  'goals.notAssessed': { text: 'Ej bedömd', about: 'Mål som ännu inte är bedömt' },
  'goals.withoutArea': { text: 'Övriga mål', about: 'Rubrik för mål utan målområde' },
  'goalArea.goals': { text: 'Nämndens mål', about: 'Rubrik för målen i ett målområde' },
  'goalArea.programmes': {
    text: 'Program och planer',
    about: 'Rubrik för program och planer i ett målområde',
  },
  'activities.activity': { text: 'Aktivitet', about: 'Kolumn i aktivitetstabellen' },
  'activities.owner': { text: 'Ansvarig', about: 'Kolumn i aktivitetstabellen' },
  'activities.due': { text: 'Klart senast', about: 'Kolumn i aktivitetstabellen (plan)' },
  'activities.status': { text: 'Status', about: 'Kolumn i aktivitetstabellen (uppföljning)' },
  'indicators.name': { text: 'Mått/Indikator', about: 'Första kolumnen i tabellen över mått' },
  'indicators.outcome': { text: 'Utfall {year}', about: 'Kolumn för ett års utfall; {year} blir året' },
  'indicators.target': { text: 'Målvärde {year}', about: 'Kolumn för årets målvärde; {year} blir året' },
  'indicators.missingNote': {
    text: `${MISSING_TEXT} betyder att uppgift saknas.`,
    about: 'Not under en tabell där ett värde saknas',
  },
  'charts.indicatorTrend': {
    text: 'Utfall per år',
    about: 'Rubrik på diagrammet över ett mått, före måttets namn',
  },
  'charts.departmentDeviation': {
    text: 'Budgetavvikelse per avdelning',
    about: 'Rubrik på diagrammet över avvikelserna i resultat per avdelning',
  },
  'charts.line': {
    text: 'Linjediagram',
    about: 'Första ordet i ett linjediagrams beskrivning för skärmläsare',
  },
  'charts.bar': {
    text: 'Stapeldiagram',
    about: 'Första ordet i ett stapeldiagrams beskrivning för skärmläsare',
  },
  'charts.missing': { text: 'uppgift saknas', about: 'I diagrammets beskrivning, för ett värde som saknas' },
  'assignments.assignment': { text: 'Uppdrag', about: 'Kolumn i uppdragstabellen' },
  'assignments.handling': { text: 'Nämndens omhändertagande', about: 'Kolumn i uppdragstabellen (plan)' },
  'assignments.status': { text: 'Status', about: 'Kolumn i uppdragstabellen (uppföljning)' },
  'assignments.comment': { text: 'Kommentar', about: 'Kolumn i uppdragstabellen (uppföljning)' },
  'assignments.notReported': { text: 'Ej rapporterad', about: 'Uppdrag utan rapport' },
  'assignments.proposedClosed': {
    text: 'föreslås avslutas',
    about: 'Efter status när uppdraget föreslås avslutas',
  },
  'assignments.none': {
    text: 'Nämnden har inga uppdrag av detta slag under året.',
    about: 'När nämnden saknar uppdrag av slaget',
  },
  'tables.sum': { text: 'Summa', about: 'Summarad i tabeller' },
  'tables.deviation': { text: 'Avvikelse', about: 'Kolumn för avvikelse i ekonomitabeller' },
} as const satisfies Record<string, { text: string; about: string }>;

export type DocumentLabelKey = keyof typeof documentLabelCatalog;
export type DocumentLabels = Record<DocumentLabelKey, string>;

export const documentLabelKeys = Object.keys(documentLabelCatalog) as [
  DocumentLabelKey,
  ...DocumentLabelKey[],
];

export const documentLabelDefaults = Object.fromEntries(
  documentLabelKeys.map((key) => [key, documentLabelCatalog[key].text]),
) as DocumentLabels;

export const isDocumentLabelKey = (key: string): key is DocumentLabelKey =>
  Object.hasOwn(documentLabelCatalog, key);

/** Every label: the municipality's own where it gave one, else the default. */
export function resolveDocumentLabels(own: Partial<Record<string, string>>): DocumentLabels {
  return Object.fromEntries(
    documentLabelKeys.map((key) => [key, own[key] ?? documentLabelDefaults[key]]),
  ) as DocumentLabels;
}

/** The municipality's own labels in the catalogue's order, so equal settings print equal. */
export function orderedOwnLabels(own: Partial<Record<string, string>>): Partial<DocumentLabels> {
  return Object.fromEntries(
    documentLabelKeys.flatMap((key) => (own[key] === undefined ? [] : [[key, own[key]]])),
  );
}

/** A label with its `{year}` filled in. */
export const labelFor = (text: string, year: number) => text.replaceAll('{year}', String(year));
