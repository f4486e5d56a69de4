import { defaultAssessmentScale } from '@styr/shared/domain/assessment';
import { defaultIndicatorUnits } from '@styr/shared/domain/indicator-units';
import { defaultOrgKinds } from '@styr/shared/domain/org';
import type { Executor } from '../../db/executor.ts';
import { followUpPoints } from '../../db/schema/index.ts';
import { insertDefaultTemplates } from '../documents/index.ts';
import { writeOrgKinds } from '../org/index.ts';
import { replaceAssessmentScales, writeIndicatorUnits } from '../plan/index.ts';
import { ensureRiskSettings } from '../risks/index.ts';

/**
 * A new municipality starts with a common cycle and scales, which it can change: april, augusti, årsrapport;
 * Göteborg's God to Svårbedömd, replaced whole by a municipality's own; four risk areas and 1–4 risk scales.
 */
export const defaultFollowUpPoints = [
  { key: 'april', name: 'Aprilrapport', month: 4 },
  { key: 'augusti', name: 'Delårsrapport augusti', month: 8 },
  { key: 'arsrapport', name: 'Årsrapport', month: 12 },
];

export async function insertDefaultSettings(tx: Executor, municipalityId: string): Promise<void> {
  await tx
    .insert(followUpPoints)
    .values(defaultFollowUpPoints.map((point) => ({ municipalityId, ...point })));
  await replaceAssessmentScales(tx, municipalityId, [defaultAssessmentScale]);
  await writeOrgKinds(tx, municipalityId, defaultOrgKinds);
  await writeIndicatorUnits(tx, municipalityId, defaultIndicatorUnits);
  await ensureRiskSettings(tx, municipalityId);
  await insertDefaultTemplates(tx, municipalityId);
}
