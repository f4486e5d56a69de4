import { partStateLabels } from '@styr/shared/contracts/workflow';
import { assignmentStatusLabels } from '@styr/shared/domain/assignments';
import { documentStatusLabels } from '@styr/shared/domain/document-lifecycle';

/**
 * Names of the fields the services record, as the pages call them; the per-object history's own names cover the
 * organisation, people and risks, and a field named in neither is shown as recorded.
 */
const fieldLabels: Record<string, string> = {
  planText: 'Plantext',
  focus: 'Fokus',
  level: 'Bedömning',
  analysis: 'Analys',
  status: 'Status',
  proposedClosed: 'Föreslås avslutat',
  comment: 'Kommentar',
  value: 'Värde',
  note: 'Notering',
  period: 'Period',
  gender: 'Kön',
  decision: 'Beslut',
  deadline: 'Sista dag',
  state: 'Läge',
  contribution: 'Bidrag',
  reviewComment: 'Granskningskommentar',
  text: 'Text',
  chapters: 'Kapitel',
  line: 'Rad',
  column: 'Kolumn',
  month: 'Månad',
  amount: 'Belopp',
  resultBudget: 'Budget',
  resultActual: 'Utfall',
  cause: 'Orsak',
  measures: 'Åtgärder',
  economicConsequences: 'Ekonomiska konsekvenser',
  consequencesForClients: 'Konsekvenser för brukare',
  consequencesForOrganisation: 'Konsekvenser för verksamheten',
  decidedLevel: 'Beslutad nivå',
  proposedLevel: 'Föreslagen nivå',
  assessment: 'Bedömning',
  what: 'Kontrollmoment',
  method: 'Metod',
  frequency: 'Frekvens',
  responsible: 'Ansvarig',
  reportWhen: 'Rapporteras',
  performedOn: 'Utförd',
  findings: 'Iakttagelser',
  deviations: 'Avvikelser',
  actionsDecided: 'Beslutade åtgärder',
  import: 'Import från',
  spreadsheet: 'Kalkylblad',
  sheet: 'Flik',
  target: 'Mål för importen',
  values: 'Värden',
  startedFrom: 'Startat från år',
  goals: 'Mål',
  goalAreas: 'Målområden',
  indicators: 'Indikatorer',
  assessments: 'Bedömningar',
  assignments: 'Uppdrag',
  carriedAssignments: 'Överförda uppdrag',
  carriedActionPlans: 'Överförda handlingsplaner',
  carriedFrom: 'Förd över från',
  risks: 'Risker',
};

const valueLabels: Record<string, Record<string, Record<string, string>>> = {
  plan_document: { status: documentStatusLabels },
  assignment_report: { status: assignmentStatusLabels },
  follow_up_part: { state: partStateLabels },
};

/** A field's name; a title is a risk's own name only on a risk. */
export function fieldLabel(entityType: string, field: string, fallback: string): string {
  if (field === 'title' && entityType !== 'risk') return 'Rubrik';
  return fieldLabels[field] ?? fallback;
}

/** A recorded code in words where its list of words is known. */
export function valueLabel(entityType: string, field: string, value: string | null): string | null {
  if (value === null) return null;
  return valueLabels[entityType]?.[field]?.[value] ?? value;
}
