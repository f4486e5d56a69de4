import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import type { Deps } from '../../deps.ts';
import type { ExportScope } from '../plan/index.ts';
import { listControls, listRisks, readRiskSettings } from '../risks/index.ts';

/** The municipality's risk areas and scales, and the year's risks with their control activities and results. */
export async function exportRisks(
  deps: Deps,
  scope: ExportScope,
  keyOfGoal: ReadonlyMap<string, string>,
): Promise<{
  settings: Pick<CommitteeYear['municipality'], 'riskAreas' | 'riskScale'>;
  risks: CommitteeYear['risks'];
}> {
  const { db } = deps;
  const settings = await readRiskSettings(db, scope.municipalityId);
  const rows = await listRisks(db, scope);
  const controls = await listControls(
    db,
    scope.municipalityId,
    rows.map((row) => row.id),
  );
  // Units are exported with their ids as keys; the committee's own register has no unit.
  const unitKey = (id: string | null) => (id === null || id === scope.committeeId ? null : id);
  return {
    settings: { riskAreas: settings.areas, riskScale: settings.scale },
    risks: rows.map((row) => ({
      id: row.id,
      key: row.key,
      node: unitKey(row.nodeId),
      area: row.areaKey,
      title: row.title,
      description: row.description,
      consequenceDescription: row.consequenceDescription,
      probability: row.probability,
      consequence: row.consequence,
      previous:
        row.previousProbability !== null && row.previousConsequence !== null
          ? { probability: row.previousProbability, consequence: row.previousConsequence }
          : null,
      owner: row.owner,
      source: row.source,
      actions: row.actions,
      goals: row.goalIds.flatMap((id) => keyOfGoal.get(id) ?? []),
      raisedTo: unitKey(row.raisedToNodeId),
      selected: row.selected,
      selectionReason: row.selectionReason,
      toControlPlan: row.toControlPlan,
      controls: controls
        .filter(({ control }) => control.riskId === row.id)
        .map(({ control, result }) => ({
          id: control.id,
          key: control.key,
          what: control.what,
          method: control.method,
          frequency: control.frequency,
          responsible: control.responsible,
          reportWhen: control.reportWhen,
          result: result
            ? {
                performedOn: result.performedOn,
                findings: result.findings,
                deviations: result.deviations,
                assessment: result.assessment,
                actionsDecided: result.actionsDecided,
              }
            : null,
        })),
    })),
  };
}
