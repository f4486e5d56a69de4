import { defaultRiskAreas, defaultRiskScale, type RiskArea, type RiskScale } from '@styr/shared/domain/risk';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { riskAreas, riskScaleSteps } from '../../db/schema/index.ts';

/**
 * Gives a municipality the default risk areas and 1–4 scales unless it has its
 * own. Municipalities created before risks existed get them on first use, the
 * same settings a new municipality starts with.
 */
export async function ensureRiskSettings(tx: Executor, municipalityId: string): Promise<void> {
  const [area] = await tx
    .select({ key: riskAreas.key })
    .from(riskAreas)
    .where(eq(riskAreas.municipalityId, municipalityId))
    .limit(1);
  if (!area) {
    await tx
      .insert(riskAreas)
      .values(defaultRiskAreas.map((item, sortOrder) => ({ municipalityId, ...item, sortOrder })))
      .onConflictDoNothing();
  }
  const [scaleStep] = await tx
    .select({ value: riskScaleSteps.value })
    .from(riskScaleSteps)
    .where(eq(riskScaleSteps.municipalityId, municipalityId))
    .limit(1);
  if (!scaleStep) {
    const steps = (['probability', 'consequence'] as const).flatMap((dimension) =>
      defaultRiskScale[dimension].map((item) => ({ municipalityId, dimension, ...item })),
    );
    await tx.insert(riskScaleSteps).values(steps).onConflictDoNothing();
  }
}

export interface RiskSettings {
  areas: RiskArea[];
  scale: RiskScale;
}

/** The municipality's areas and scales; the defaults until it has stored its own. */
export async function readRiskSettings(db: Executor, municipalityId: string): Promise<RiskSettings> {
  const areas = await db
    .select({ key: riskAreas.key, name: riskAreas.name })
    .from(riskAreas)
    .where(eq(riskAreas.municipalityId, municipalityId))
    .orderBy(asc(riskAreas.sortOrder));
  const steps = await db
    .select()
    .from(riskScaleSteps)
    .where(eq(riskScaleSteps.municipalityId, municipalityId))
    .orderBy(asc(riskScaleSteps.value));
  const dimension = (name: 'probability' | 'consequence') =>
    steps.filter((row) => row.dimension === name).map(({ value, label }) => ({ value, label }));
  return {
    areas: areas.length > 0 ? areas : defaultRiskAreas,
    scale:
      steps.length > 0
        ? { probability: dimension('probability'), consequence: dimension('consequence') }
        : defaultRiskScale,
  };
}
