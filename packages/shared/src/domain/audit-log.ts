/**
 * The kinds of object the audit log records, named as the pages name them. A kind missing here is still logged
 * and listed, under its technical name; this list gives the filter its choices.
 */
export const auditEntityTypeLabels: Readonly<Record<string, string>> = {
  municipality: 'Kommunen',
  org_node: 'Organisationsenhet',
  user: 'Användare',
  role_grant: 'Behörighet',
  committee_year: 'Nämndens år',
  plan_document: 'Dokument (status)',
  document_text: 'Dokumenttext',
  document_template: 'Dokumentmall',
  goal: 'Mål',
  goal_assessment: 'Målbedömning',
  activity: 'Aktivitet',
  assignment_report: 'Uppdragsrapport',
  indicator: 'Indikator',
  indicator_value: 'Indikatorvärde',
  follow_up_part: 'Rapporteringsdel',
  statement_amount: 'Resultaträkning',
  economy_department: 'Avdelningens ekonomi',
  investment: 'Investering',
  significant_deviation: 'Väsentlig avvikelse',
  equity_assessment: 'Eget kapital',
  risk: 'Risk',
  risk_year: 'Riskregister (år)',
  control_activity: 'Kontrollmoment',
  control_result: 'Kontrollresultat',
  action_plan: 'Handlingsplan',
  action_follow_up: 'Handlingsplanens uppföljning',
};

export const auditActionLabels: Readonly<Record<'create' | 'update' | 'delete', string>> = {
  create: 'Skapad',
  update: 'Ändrad',
  delete: 'Borttagen',
};

export const auditEntityTypeLabel = (entityType: string): string =>
  auditEntityTypeLabels[entityType] ?? entityType;

/** Shown for a change nobody signed in made: demo data, imports from the command line, migrations. */
export const systemActorName = 'Systemet';
