export { readRiskOverview } from './risk-overview.service.ts';
export { ensureRiskSettings, readRiskSettings } from './risk-settings.ts';
export { listControls, listRisks } from './risks.queries.ts';
