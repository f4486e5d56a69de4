import { scaleValueProblem } from '@styr/shared/domain/risk';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { goals } from '../../db/schema/index.ts';
import { AppError, type ErrorDetail } from '../../errors.ts';
import type { YearScope } from '../authority/index.ts';
import { findNodePath } from '../org/index.ts';
import type { RiskSettings } from './risk-settings.ts';

interface RiskInput {
  nodeId?: string;
  area?: string;
  probability?: number;
  consequence?: number;
  goalIds?: string[];
}

/** Everything the request schema alone cannot check, reported together with each field's path. */
export async function assertRiskInput(
  tx: Executor,
  scope: YearScope,
  settings: RiskSettings,
  input: RiskInput,
): Promise<void> {
  const details: ErrorDetail[] = [];
  if (input.nodeId !== undefined) {
    const path = await findNodePath(tx, scope.municipalityId, input.nodeId, scope.committeeId);
    if (path[0] !== scope.committeeId)
      details.push({ path: 'body.nodeId', message: 'Enheten hör inte till nämnden.' });
  }
  if (input.area !== undefined && !settings.areas.some((area) => area.key === input.area))
    details.push({ path: 'body.area', message: `Riskområdet "${input.area}" finns inte i kommunens lista.` });
  for (const dimension of ['probability', 'consequence'] as const) {
    const value = input[dimension];
    const problem = value === undefined ? null : scaleValueProblem(settings.scale, dimension, value);
    if (problem) details.push({ path: `body.${dimension}`, message: problem });
  }
  if (input.goalIds && input.goalIds.length > 0) {
    const found = await tx
      .select({ id: goals.id })
      .from(goals)
      .where(
        and(
          eq(goals.municipalityId, scope.municipalityId),
          eq(goals.committeeId, scope.committeeId),
          eq(goals.year, scope.year),
          inArray(goals.id, input.goalIds),
        ),
      );
    const known = new Set(found.map((row) => row.id));
    input.goalIds.forEach((id, index) => {
      if (!known.has(id))
        details.push({
          path: `body.goalIds[${index}]`,
          message: 'Målet finns inte i nämndens plan för året.',
        });
    });
  }
  if (details.length > 0) {
    throw new AppError('VALIDATION', details.map((detail) => detail.message).join(' '), { details });
  }
}
