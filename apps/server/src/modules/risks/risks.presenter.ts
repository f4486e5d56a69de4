import type { ControlActivity, ControlResult, Risk } from '@styr/shared/contracts/risks';
import { type RiskScale, riskLevel, riskValue } from '@styr/shared/domain/risk';
import type { controlActivities, controlResults, risks } from '../../db/schema/index.ts';
import type { NodeIndex } from './risks.queries.ts';

const nodeRef = (nodes: NodeIndex, id: string) => {
  const node = nodes.get(id);
  return { id, name: node?.name ?? 'Okänd enhet', kind: node?.kind ?? 'unit' };
};

export function presentRisk(row: typeof risks.$inferSelect, nodes: NodeIndex, scale: RiskScale): Risk {
  const value = riskValue(row.probability, row.consequence);
  const previous =
    row.previousProbability !== null && row.previousConsequence !== null
      ? {
          probability: row.previousProbability,
          consequence: row.previousConsequence,
          value: riskValue(row.previousProbability, row.previousConsequence),
        }
      : null;
  return {
    id: row.id,
    key: row.key,
    origin: nodeRef(nodes, row.nodeId),
    raisedTo: row.raisedToNodeId ? nodeRef(nodes, row.raisedToNodeId) : null,
    area: row.areaKey,
    title: row.title,
    description: row.description,
    consequenceDescription: row.consequenceDescription,
    probability: row.probability,
    consequence: row.consequence,
    value,
    level: riskLevel(value, scale),
    previous,
    owner: row.owner,
    source: row.source,
    actions: row.actions,
    goalIds: row.goalIds,
    selected: row.selected,
    selectionReason: row.selectionReason,
    toControlPlan: row.toControlPlan,
    version: row.version,
  };
}

/** The fields an audit entry of a risk compares, without the names looked up for display. */
export function auditedRisk(row: typeof risks.$inferSelect): Record<string, unknown> {
  const { municipalityId: _m, createdAt: _c, updatedAt: _u, version: _v, ...fields } = row;
  return fields;
}

export function presentResult(row: typeof controlResults.$inferSelect): ControlResult {
  return {
    performedOn: row.performedOn,
    findings: row.findings,
    deviations: row.deviations,
    assessment: row.assessment,
    actionsDecided: row.actionsDecided,
    version: row.version,
  };
}

export function presentControl(
  row: typeof controlActivities.$inferSelect,
  result: typeof controlResults.$inferSelect | null,
): ControlActivity {
  return {
    id: row.id,
    riskId: row.riskId,
    key: row.key,
    what: row.what,
    method: row.method,
    frequency: row.frequency,
    responsible: row.responsible,
    reportWhen: row.reportWhen,
    result: result ? presentResult(result) : null,
    version: row.version,
  };
}
