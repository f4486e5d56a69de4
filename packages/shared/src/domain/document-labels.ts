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
  'indicators.unit': { text: 'Enhet', about: 'Kolumn för enheten i tabeller över mått och nyckeltal' },
  'indicators.followUp': {
    text: 'Utfall {point} {year}',
    about: 'Kolumn för utfallet vid en uppföljning; {point} blir uppföljningens namn, {year} året',
  },
  'indicators.status': { text: 'Status', about: 'Kolumn för målvärdets uppfyllelse i tabellen över mått' },
  'indicators.change': { text: 'Förändring', about: 'Kolumn för förändringen mellan två års utfall' },
  'indicators.status.met': { text: 'Uppnått', about: 'Mått som når sitt målvärde' },
  'indicators.status.partly': {
    text: 'Delvis uppnått',
    about: 'Mått som inte når målvärdet men är bättre än året före',
  },
  'indicators.status.notMet': { text: 'Ej uppnått', about: 'Mått som inte når sitt målvärde' },
  'indicators.status.noValue': { text: 'Saknar värde', about: 'Mått med målvärde men utan utfall' },
  'indicators.status.noTarget': { text: 'Saknar målvärde', about: 'Mått utan målvärde för året' },
  'keyFigures.changeNote': {
    text: 'Inom parentes: förändring från året före.',
    about: 'Not under en nyckeltalstabell som visar förändring',
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
  'assignments.decision': { text: 'Beslut', about: 'Före beslutet som gav ett uppdrag (block och kapitel)' },
  'risks.area': { text: 'Riskområde', about: 'Kolumn och rad i den samlade riskbilden' },
  'risks.risk': { text: 'Risk', about: 'Kolumn i den samlade riskbilden' },
  'risks.description': { text: 'Beskrivning', about: 'Kolumn i den samlade riskbilden' },
  'risks.riskDescription': { text: 'Riskbeskrivning', about: 'Före en risks beskrivning' },
  'risks.consequence': { text: 'Konsekvensbeskrivning', about: 'Före en risks konsekvens' },
  'risks.actions': { text: 'Åtgärd', about: 'Kolumn och rad med en risks åtgärder' },
  'risks.value': { text: 'Värde', about: 'Kolumn och rad med riskvärdet' },
  'risks.toControlPlan': {
    text: 'Till IKP',
    about: 'Kolumn och rad: om risken förs till internkontrollplanen',
  },
  'risks.toControlPlanNote': {
    text: 'Till IKP: om risken förs till internkontrollplanen (Ja/Nej).',
    about: 'Not under den samlade riskbilden',
  },
  'risks.valueNote': {
    text: 'Värde: riskvärdet, sannolikhet × konsekvens (1–{max}).',
    about: 'Not under den samlade riskbilden; {max} blir det högsta riskvärdet',
  },
  'risks.none': { text: 'Nämnden har ingen samlad riskbild för året.', about: 'När ingen risk är vald' },
  'controls.areas': { text: 'Riskområden', about: 'Kolumn i kontrollplanen (plan)' },
  'controls.risks': { text: 'Risker', about: 'Kolumn i kontrollplanen (plan)' },
  'controls.activity': { text: 'Aktivitet', about: 'Kolumn i kontrollplanen (plan)' },
  'controls.method': { text: 'Metod', about: 'Före ett kontrollmoments metod' },
  'controls.frequency': { text: 'Frekvens', about: 'Före ett kontrollmoments frekvens' },
  'controls.responsible': { text: 'Ansvarig', about: 'Före den som ansvarar för ett kontrollmoment' },
  'controls.reportWhen': { text: 'Rapporteras', about: 'Före när ett kontrollmoment rapporteras' },
  'controls.risk': { text: 'Risk', about: 'Kolumn i kontrollplanen (uppföljning)' },
  'controls.control': { text: 'Kontrollmoment', about: 'Kolumn i kontrollplanen (uppföljning)' },
  'controls.date': { text: 'Datum', about: 'Kolumn i kontrollplanen (uppföljning)' },
  'controls.deviations': { text: 'Avvikelser', about: 'Kolumn i kontrollplanen (uppföljning)' },
  'controls.assessment': { text: 'Bedömning', about: 'Kolumn i kontrollplanen (uppföljning)' },
  'controls.result': { text: 'Resultat', about: 'Kolumn i kontrollplanen (uppföljning)' },
  'controls.actions': { text: 'Åtgärder', about: 'Före de åtgärder en kontroll ledde till' },
  'controls.notReported': { text: 'Ej rapporterad', about: 'Kontrollmoment utan resultat' },
  'controls.none': {
    text: 'Nämnden har ingen intern kontrollplan för året.',
    about: 'När kontrollplanen saknas',
  },
  'common.yes': { text: 'Ja', about: 'Ja i tabeller' },
  'common.no': { text: 'Nej', about: 'Nej i tabeller' },
  'activities.notStarted': { text: 'Ej påbörjad', about: 'Status för en aktivitet som inte har börjat' },
  'activities.ongoing': { text: 'Pågående', about: 'Status för en pågående aktivitet' },
  'activities.done': { text: 'Klar', about: 'Status för en avslutad aktivitet' },
  'assignments.notStarted': { text: 'Ej påbörjad', about: 'Status för ett uppdrag som inte har börjat' },
  'assignments.ongoing': { text: 'Pågående', about: 'Status för ett pågående uppdrag' },
  'assignments.closed': { text: 'Avslutad', about: 'Status för ett avslutat uppdrag' },
  'actionPlans.strategy': { text: 'Strategi', about: 'Kolumn i handlingsplanernas tabeller' },
  'actionPlans.actionAndGroup': { text: 'Insats – målgrupp', about: 'Kolumn i handlingsplanens tabell' },
  'actionPlans.action': { text: 'Insats', about: 'Kolumn i uppföljningen av handlingsplaner' },
  'actionPlans.actors': { text: 'Aktörer', about: 'Kolumn i handlingsplanens tabell' },
  'actionPlans.effect': { text: 'Planerad effekt/resultat', about: 'Kolumn i handlingsplanens tabell' },
  'actionPlans.followUp': { text: 'Uppföljning', about: 'Kolumn i handlingsplanens tabell (rapport)' },
  'actionPlans.status': { text: 'Status', about: 'Kolumn i uppföljningen av handlingsplaner' },
  'actionPlans.comment': { text: 'Kommentar', about: 'Kolumn i uppföljningen av handlingsplaner' },
  'actionPlans.budget': { text: 'Budget', about: 'Rubrik och kolumn för en handlingsplans budget' },
  'actionPlans.amountsNote': { text: 'Belopp i tkr.', about: 'Not under handlingsplanens budget' },
  'actionPlans.missingAmountNote': {
    text: `${MISSING_TEXT} betyder att belopp saknas.`,
    about: 'Not under handlingsplanens budget när ett belopp saknas',
  },
  'actionPlans.notFollowedNote': {
    text: `${MISSING_TEXT} betyder att insatsen inte är uppföljd.`,
    about: 'Not under uppföljningen när en insats saknar uppföljning',
  },
  'frame.contents': { text: 'Innehållsförteckning', about: 'Rubrik över innehållsförteckningen' },
  'tables.sum': { text: 'Summa', about: 'Summarad i tabeller' },
  'tables.deviation': { text: 'Avvikelse', about: 'Kolumn för avvikelse i ekonomitabeller' },
  'tables.mnkr': { text: 'Mnkr', about: 'Första kolumnens rubrik i tabeller i miljoner kronor' },
  'tables.tkr': { text: 'Tkr', about: 'Första kolumnens rubrik i tabeller i tusental kronor' },
  'tables.deviationNote': {
    text: '{column} = {of} − {against}.',
    about:
      'Not under en ekonomitabell om vad avvikelsen jämför; {column} blir kolumnens rubrik, {of} och {against} de jämförda kolumnerna',
  },
  'tables.budget': { text: 'Budget', about: 'Kolumn i tabellerna över kommunbidrag och investeringar' },
  'tables.actual': {
    text: 'Utfall',
    about: 'Kolumn i tabellerna över kommuncentrala poster och investeringar',
  },
  'tables.forecast': { text: 'Prognos', about: 'Kolumn i tabellen över investeringar' },
  'investments.deviationNote': {
    text: 'Avvikelse = budget − prognos (utfall där prognos saknas).',
    about: 'Not under tabellen över investeringar',
  },
  'stateGrants.grant': { text: 'Statsbidrag', about: 'Kolumn i tabellen över statsbidrag' },
  'stateGrants.amount': { text: 'Belopp tkr', about: 'Kolumn i tabellen över statsbidrag' },
  'stateGrants.code': { text: 'Kod', about: 'Kolumn i tabellen över statsbidrag' },
  'stateGrants.grantor': { text: 'Bidragsgivare', about: 'Kolumn i tabellen över statsbidrag' },
  'centralItems.budget': { text: 'Budgeterat belopp', about: 'Kolumn i tabellen över kommuncentrala poster' },
  'equity.amount': { text: 'Belopp', about: 'Kolumn i tabellen över eget kapital' },
  'equity.closing': { text: 'Eget kapital vid årets slut', about: 'Rad i tabellen över eget kapital' },
  'equity.decidedLevel': { text: 'Beslutad nivå', about: 'Rad i tabellen över eget kapital' },
  'equity.proposedLevel': { text: 'Föreslagen nivå', about: 'Rad i tabellen över eget kapital' },
  'equity.toReturn': { text: 'Att återredovisa', about: 'Rad i tabellen över eget kapital' },
  'departments.budget': { text: 'Budget resultat', about: 'Kolumn i tabellen över resultat per avdelning' },
  'departments.actual': { text: 'Utfall resultat', about: 'Kolumn i tabellen över resultat per avdelning' },
  'departments.forecast': {
    text: 'Prognos resultat',
    about: 'Kolumn i tabellen över resultat per avdelning',
  },
  'departments.none': {
    text: 'Nämnden har inga avdelningar med ekonomiskt resultat.',
    about: 'När nämnden saknar avdelningar med resultat',
  },
  'deviations.cause': { text: 'Orsak', about: 'Underrubrik vid varje väsentlig avvikelse' },
  'deviations.consequencesForClients': {
    text: 'Konsekvenser för dem verksamheten är till för',
    about: 'Underrubrik vid varje väsentlig avvikelse',
  },
  'deviations.consequencesForOrganisation': {
    text: 'Konsekvenser för organisation, medarbetare och chefer',
    about: 'Underrubrik vid varje väsentlig avvikelse',
  },
  'deviations.economicConsequences': {
    text: 'Ekonomiska konsekvenser',
    about: 'Underrubrik vid varje väsentlig avvikelse',
  },
  'deviations.measures': { text: 'Vidtagna åtgärder', about: 'Underrubrik vid varje väsentlig avvikelse' },
  'deviations.none': {
    text: 'Nämnden har inga väsentliga avvikelser att redovisa.',
    about: 'När nämnden saknar väsentliga avvikelser',
  },
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

/** A label with each `{name}` given filled in; other braces stay as written. */
export const fillLabel = (text: string, values: Readonly<Record<string, string>>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  );
