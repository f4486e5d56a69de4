import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import type { RiskSettingsForImport } from '@styr/shared/domain/risk-interchange';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { insertRows, lastByKey } from '../../db/batch.ts';
import type { Tx } from '../../db/executor.ts';
import {
  controlActivities,
  controlResults,
  riskAreas,
  riskScaleSteps,
  risks,
} from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';
import { ensureRiskSettings, readRiskSettings } from '../risks/index.ts';
import type { SettingsWrite } from './import-context.ts';
import { controlId, riskId } from './import-ids.ts';

/**
 * Stores the risk areas and scales the file brings when `write` (see maySetMunicipalSettings; else keeps the
 * municipality's), then reads them back.
 */
export async function applyRiskSettings(
  tx: Tx,
  municipalityId: string,
  document: CommitteeYear,
  write: SettingsWrite,
): Promise<RiskSettingsForImport> {
  await ensureRiskSettings(tx, municipalityId);
  if (write !== 'none') await writeRiskSettings(tx, municipalityId, document, write);
  const settings = await readRiskSettings(tx, municipalityId);
  return { areaKeys: new Set(settings.areas.map((area) => area.key)), scale: settings.scale };
}

async function writeRiskSettings(
  tx: Tx,
  municipalityId: string,
  document: CommitteeYear,
  write: SettingsWrite,
) {
  const areas = lastByKey(
    (document.municipality.riskAreas ?? []).map((area, sortOrder) => ({
      municipalityId,
      ...area,
      sortOrder,
    })),
    (area) => area.key,
  );
  if (write === 'replace' && areas.length > 0)
    await tx.delete(riskAreas).where(eq(riskAreas.municipalityId, municipalityId));
  await insertRows(tx, riskAreas, areas, {
    target: ['municipalityId', 'key'],
    set: ['name', 'sortOrder'],
  });
  const scale = document.municipality.riskScale;
  if (scale) {
    await tx.delete(riskScaleSteps).where(eq(riskScaleSteps.municipalityId, municipalityId));
    const steps = (['probability', 'consequence'] as const).flatMap((dimension) =>
      scale[dimension].map((step) => ({ municipalityId, dimension, ...step })),
    );
    await tx.insert(riskScaleSteps).values(steps);
  }
}

/** Writes the file's risks with their control activities and results; the year's risks not in the file are removed. */
export async function writeRisks(
  tx: Tx,
  scope: YearScope,
  document: CommitteeYear,
  refs: { units: Map<string, string>; goals: Map<string, string> },
  now: Date,
): Promise<void> {
  const { municipalityId, committeeId, year } = scope;
  const ids = document.risks.map((risk) => riskId(scope, risk));
  const inYear = and(
    eq(risks.municipalityId, municipalityId),
    eq(risks.committeeId, committeeId),
    eq(risks.year, year),
  );
  await tx.delete(risks).where(ids.length > 0 ? and(inYear, notInArray(risks.id, ids)) : inYear);
  const unit = (key: string | null | undefined) => (key == null ? null : (refs.units.get(key) ?? null));
  const rows = document.risks.map((risk, sortOrder) => ({
    municipalityId,
    committeeId,
    year,
    id: ids[sortOrder] as string,
    key: risk.key,
    nodeId: unit(risk.node) ?? committeeId,
    areaKey: risk.area,
    title: risk.title,
    description: risk.description ?? null,
    consequenceDescription: risk.consequenceDescription ?? null,
    probability: risk.probability,
    consequence: risk.consequence,
    previousProbability: risk.previous?.probability ?? null,
    previousConsequence: risk.previous?.consequence ?? null,
    owner: risk.owner ?? null,
    source: risk.source,
    actions: risk.actions.map((action) => ({
      what: action.what,
      responsible: action.responsible ?? null,
      due: action.due ?? null,
      status: action.status,
    })),
    goalIds: risk.goals.map((key) => refs.goals.get(key) as string),
    raisedToNodeId: unit(risk.raisedTo),
    selected: risk.selected,
    selectionReason: risk.selectionReason ?? null,
    toControlPlan: risk.toControlPlan,
    sortOrder,
    createdAt: now,
    updatedAt: now,
  }));
  await insertRows(tx, risks, rows, {
    target: ['municipalityId', 'id'],
    set: [
      'key',
      'nodeId',
      'areaKey',
      'title',
      'description',
      'consequenceDescription',
      'probability',
      'consequence',
      'previousProbability',
      'previousConsequence',
      'owner',
      'source',
      'actions',
      'goalIds',
      'raisedToNodeId',
      'selected',
      'selectionReason',
      'toControlPlan',
      'sortOrder',
      'updatedAt',
    ],
  });

  // Control activities are rewritten from the file, which carries their results too.
  if (ids.length > 0)
    await tx
      .delete(controlActivities)
      .where(
        and(eq(controlActivities.municipalityId, municipalityId), inArray(controlActivities.riskId, ids)),
      );
  const controls = document.risks.flatMap((risk, index) =>
    risk.controls.map((control, position) => ({
      control,
      row: {
        municipalityId,
        id: controlId(scope, ids[index] as string, control),
        riskId: ids[index] as string,
        key: control.key,
        what: control.what,
        method: control.method ?? null,
        frequency: control.frequency ?? null,
        responsible: control.responsible ?? null,
        reportWhen: control.reportWhen ?? null,
        sortOrder: position,
        createdAt: now,
        updatedAt: now,
      },
    })),
  );
  await insertRows(
    tx,
    controlActivities,
    controls.map(({ row }) => row),
  );
  const results = controls.flatMap(({ control, row }) =>
    control.result
      ? [
          {
            municipalityId,
            activityId: row.id,
            performedOn: control.result.performedOn,
            findings: control.result.findings ?? null,
            deviations: control.result.deviations,
            assessment: control.result.assessment ?? null,
            actionsDecided: control.result.actionsDecided ?? null,
            createdAt: now,
            updatedAt: now,
          },
        ]
      : [],
  );
  await insertRows(tx, controlResults, results);
}
