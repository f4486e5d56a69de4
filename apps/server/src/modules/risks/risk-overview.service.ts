import type { History } from '@styr/shared/contracts/audit';
import { controlPlanDocument, type RiskOverview } from '@styr/shared/contracts/risks';
import { isFrozen } from '@styr/shared/domain/document-lifecycle';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { readHistory } from '../audit/index.ts';
import { lastFollowUp, type YearScope } from '../authority/index.ts';
import { findDocument } from '../plan/index.ts';
import { readRiskSettings } from './risk-settings.ts';
import { presentControl, presentRisk } from './risks.presenter.ts';
import { findRisk, listControls, listRisks, nodesById } from './risks.queries.ts';

/** The year's registers, the samlad riskbild and the control plan with its results, read together. */
export async function readRiskOverview(deps: Deps, scope: YearScope): Promise<RiskOverview> {
  const { db } = deps;
  const settings = await readRiskSettings(db, scope.municipalityId);
  const nodes = await nodesById(db, scope.municipalityId);
  const rows = await listRisks(db, scope);
  const planned = rows.filter((row) => row.toControlPlan).map((row) => row.id);
  // Controls follow their risks' order, as the plan lists them.
  const controls = (await listControls(db, scope.municipalityId, planned)).sort(
    (a, b) => planned.indexOf(a.control.riskId) - planned.indexOf(b.control.riskId),
  );
  const plan = await findDocument(db, scope, controlPlanDocument);
  const yearEnd = await findDocument(db, scope, await lastFollowUp(db, scope.municipalityId));
  return {
    areas: settings.areas,
    scale: settings.scale,
    risks: rows.map((row) => presentRisk(row, nodes, settings.scale)),
    controlPlan: {
      status: plan?.status ?? 'draft',
      version: plan?.version ?? null,
      activities: controls.map(({ control, result }) => presentControl(control, result)),
      resultsOpen: !(yearEnd && isFrozen(yearEnd.status)),
    },
  };
}

/** A risk's changes: created, re-assessed, nominated, selected. */
export async function readRiskHistory(deps: Deps, scope: YearScope, riskId: string): Promise<History> {
  if (!(await findRisk(deps.db, scope, riskId))) throw notFound('Risken');
  const entries = await readHistory(deps.db, {
    municipalityId: scope.municipalityId,
    entityTypes: ['risk'],
    entityId: riskId,
  });
  return { entries };
}
