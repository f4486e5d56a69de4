/**
 * What every write route must do besides its own work, written by hand: which document of the committee's year
 * freezes what it writes, whether it takes the version it was based on, and which audit row it leaves. A write
 * route without a row here fails the suite, so a new route is checked from its first day.
 */
export interface WriteRule {
  /** The document of the request's year whose adoption refuses the write, or why no document freezes it. */
  frozenBy: { document: string } | { never: string };
  /** Sends the version it read: repeating the same request after it succeeded is a stale write. */
  versioned: boolean;
  /** The entity type of the audit row a successful write leaves, or why it leaves none. */
  audit: { entityType: string } | { none: string };
  /** Turns the matrix's request into one that writes (the matrix may use a dry run). */
  writing?: (payload: unknown) => unknown;
}

const year = '/api/municipalities/:municipalityId/committees/:committeeId/years/:year';
const account = 'an account, not an object of a committee’s year';
const settings = 'a setting of the whole municipality, not of a committee’s year';
const nextYear = 'writes the following year, which must not exist yet';

export const writeRules: Record<string, WriteRule> = {
  'POST /api/auth/sign-in': {
    frozenBy: { never: account },
    versioned: false,
    audit: { none: 'a session, not a change of data' },
  },
  'POST /api/auth/sign-out': {
    frozenBy: { never: account },
    versioned: false,
    audit: { none: 'a session, not a change of data' },
  },
  'PATCH /api/municipalities/:municipalityId': {
    frozenBy: { never: settings },
    versioned: true,
    audit: { entityType: 'municipality' },
  },
  'POST /api/municipalities/:municipalityId/org-nodes': {
    frozenBy: { never: settings },
    versioned: false,
    audit: { entityType: 'org_node' },
  },
  'PATCH /api/municipalities/:municipalityId/org-nodes/:nodeId': {
    frozenBy: { never: settings },
    versioned: true,
    audit: { entityType: 'org_node' },
  },
  'POST /api/municipalities/:municipalityId/users': {
    frozenBy: { never: account },
    versioned: false,
    audit: { entityType: 'user' },
  },
  'PATCH /api/municipalities/:municipalityId/users/:userId': {
    frozenBy: { never: account },
    versioned: true,
    audit: { entityType: 'user' },
  },
  'POST /api/municipalities/:municipalityId/users/:userId/grants': {
    frozenBy: { never: account },
    versioned: false,
    audit: { entityType: 'role_grant' },
  },
  'DELETE /api/municipalities/:municipalityId/users/:userId/grants/:grantId': {
    frozenBy: { never: account },
    versioned: false,
    audit: { entityType: 'role_grant' },
  },
  'PUT /api/municipalities/:municipalityId/settings': {
    frozenBy: { never: settings },
    versioned: true,
    audit: { entityType: 'municipality_settings' },
  },
  'PUT /api/municipalities/:municipalityId/document-templates': {
    frozenBy: { never: settings },
    versioned: true,
    audit: { entityType: 'document_template' },
  },
  'PUT /api/municipalities/:municipalityId/logo': {
    frozenBy: { never: settings },
    versioned: true,
    audit: { entityType: 'municipality_logo' },
  },
  'POST /api/municipalities/:municipalityId/document-template-check': {
    frozenBy: { never: 'checks a template file and stores nothing' },
    versioned: false,
    audit: { none: 'stores nothing' },
  },
  'POST /api/municipalities/:municipalityId/import': {
    frozenBy: { document: 'plan' },
    versioned: false,
    audit: { entityType: 'committee_year' },
  },
  [`PATCH ${year}/goals/:goalId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'goal' },
  },
  [`PUT ${year}/goals/:goalId/assessments/:followUp`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'goal_assessment' },
  },
  [`PATCH ${year}/assignments/:assignmentId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'assignment' },
  },
  [`PUT ${year}/assignments/:assignmentId/reports/:followUp`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'assignment_report' },
  },
  [`PATCH ${year}/activities/:activityId`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'activity' },
  },
  [`PATCH ${year}/indicators/:indicatorId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'indicator' },
  },
  [`PUT ${year}/indicators/:indicatorId/values`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'indicator_value' },
  },
  [`POST ${year}/documents/:document/status`]: {
    frozenBy: { document: 'augusti' },
    versioned: true,
    audit: { entityType: 'plan_document' },
  },
  [`POST ${year}/start-next`]: {
    frozenBy: { never: nextYear },
    versioned: false,
    audit: { entityType: 'committee_year' },
  },
  [`PUT ${year}/follow-ups/:followUp/deadline`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: false,
    audit: { entityType: 'plan_document' },
  },
  [`PUT ${year}/follow-ups/:followUp/parts/:kind/:objectId`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: false,
    audit: { entityType: 'follow_up_part' },
  },
  [`PUT ${year}/follow-ups/:followUp/parts/:kind/:objectId/contribution`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'follow_up_part' },
  },
  [`POST ${year}/follow-ups/:followUp/parts/:kind/:objectId/review`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'follow_up_part' },
  },
  [`POST ${year}/follow-ups/:followUp/parts/:kind/:objectId/reopen`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'follow_up_part' },
  },
  [`POST ${year}/risks`]: {
    frozenBy: { document: 'internkontrollplan' },
    versioned: false,
    audit: { entityType: 'risk' },
  },
  [`PATCH ${year}/risks/:riskId`]: {
    frozenBy: { document: 'internkontrollplan' },
    versioned: true,
    audit: { entityType: 'risk' },
  },
  [`DELETE ${year}/risks/:riskId`]: {
    frozenBy: { document: 'internkontrollplan' },
    versioned: true,
    audit: { entityType: 'risk' },
  },
  [`POST ${year}/risks/:riskId/nominate`]: {
    frozenBy: { document: 'internkontrollplan' },
    versioned: true,
    audit: { entityType: 'risk' },
  },
  [`PUT ${year}/risks/:riskId/selection`]: {
    frozenBy: { document: 'internkontrollplan' },
    versioned: true,
    audit: { entityType: 'risk' },
  },
  [`POST ${year}/risks/:riskId/controls`]: {
    frozenBy: { document: 'internkontrollplan' },
    versioned: false,
    audit: { entityType: 'control_activity' },
  },
  [`PATCH ${year}/controls/:controlId`]: {
    frozenBy: { document: 'internkontrollplan' },
    versioned: true,
    audit: { entityType: 'control_activity' },
  },
  [`DELETE ${year}/controls/:controlId`]: {
    frozenBy: { document: 'internkontrollplan' },
    versioned: true,
    audit: { entityType: 'control_activity' },
  },
  [`PUT ${year}/controls/:controlId/result`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: false,
    audit: { entityType: 'control_result' },
  },
  [`POST ${year}/risks/start-next`]: {
    frozenBy: { never: nextYear },
    versioned: false,
    audit: { entityType: 'risk_year' },
  },
  [`PUT ${year}/economy/amounts`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'statement_amount' },
  },
  [`PATCH ${year}/economy/departments/:departmentKey`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'economy_department' },
  },
  [`PATCH ${year}/economy/investments/:investmentKey`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'investment' },
  },
  [`PUT ${year}/economy/equity`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'equity_assessment' },
  },
  [`PATCH ${year}/economy/deviations/:followUp/:deviationKey`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'significant_deviation' },
  },
  [`POST ${year}/economy/spreadsheets/preview`]: {
    frozenBy: { never: 'shows a file’s sheets and stores nothing' },
    versioned: false,
    audit: { none: 'stores nothing' },
  },
  [`POST ${year}/economy/spreadsheets/import`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: false,
    audit: { entityType: 'committee_year' },
    writing: (payload) => ({ ...(payload as object), dryRun: false }),
  },
  [`PUT ${year}/documents/:kind/texts/:chapterKey`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'document_text' },
  },
  [`POST ${year}/action-plans`]: {
    frozenBy: { document: 'plan' },
    versioned: false,
    audit: { entityType: 'action_plan' },
  },
  [`PUT ${year}/action-plans/:actionPlanId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'action_plan' },
  },
  [`DELETE ${year}/action-plans/:actionPlanId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'action_plan' },
  },
  [`PUT ${year}/action-plans/:actionPlanId/follow-ups/:followUp`]: {
    frozenBy: { document: 'arsrapport' },
    versioned: true,
    audit: { entityType: 'action_follow_up' },
  },
  [`POST ${year}/goal-areas`]: {
    frozenBy: { document: 'plan' },
    versioned: false,
    audit: { entityType: 'goal_area' },
  },
  [`PUT ${year}/goal-areas/order`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'goal_area' },
  },
  [`PATCH ${year}/goal-areas/:goalAreaId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'goal_area' },
  },
  [`DELETE ${year}/goal-areas/:goalAreaId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'goal_area' },
  },
  [`POST ${year}/goals`]: {
    frozenBy: { document: 'plan' },
    versioned: false,
    audit: { entityType: 'goal' },
  },
  [`PUT ${year}/goals/order`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'goal' },
  },
  [`POST ${year}/goals/:goalId/adaptations`]: {
    frozenBy: { document: 'plan' },
    versioned: false,
    audit: { entityType: 'goal' },
  },
  [`DELETE ${year}/goals/:goalId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'goal' },
  },
  [`POST ${year}/goals/:goalId/activities`]: {
    frozenBy: { document: 'plan' },
    versioned: false,
    audit: { entityType: 'activity' },
  },
  [`PUT ${year}/goals/:goalId/activities/order`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'activity' },
  },
  [`PATCH ${year}/goals/:goalId/activities/:activityId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'activity' },
  },
  [`DELETE ${year}/goals/:goalId/activities/:activityId`]: {
    frozenBy: { document: 'plan' },
    versioned: true,
    audit: { entityType: 'activity' },
  },
};
