import type { CreateRisk, Risk, UpdateRisk } from '@styr/shared/contracts/risks';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { and, eq, max } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { risks } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { ensureRiskSettings, readRiskSettings } from './risk-settings.ts';
import { assertRiskInput } from './risk-validation.ts';
import { auditedRisk, presentRisk } from './risks.presenter.ts';
import { findRisk, nodesById } from './risks.queries.ts';

/** Presents a stored risk with the names of its nodes and the level on the municipality's scale. */
export async function presentStored(tx: Tx, scope: YearScope, row: typeof risks.$inferSelect): Promise<Risk> {
  const settings = await readRiskSettings(tx, scope.municipalityId);
  return presentRisk(row, await nodesById(tx, scope.municipalityId), settings.scale);
}

/** A unit's register is kept by those who edit the unit, and is adopted with the year's control plan. */
const registerOf = (nodeId: string) =>
  ({ document: controlPlanDocument, nodeId, permission: 'content.edit' }) as const;

/** Loads a risk for a change and checks the version the change was based on. */
export async function lockRisk(tx: Tx, scope: YearScope, riskId: string, version: number) {
  const stored = await findRisk(tx, scope, riskId, true);
  if (!stored) throw notFound('Risken');
  const nodes = await nodesById(tx, scope.municipalityId);
  const { scale } = await readRiskSettings(tx, scope.municipalityId);
  assertVersion(stored, version, (row) => presentRisk(row, nodes, scale));
  return stored;
}

export async function createRisk(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  input: CreateRisk,
): Promise<Risk> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...registerOf(input.nodeId) });
    await ensureRiskSettings(tx, scope.municipalityId);
    await assertRiskInput(tx, scope, await readRiskSettings(tx, scope.municipalityId), input);
    const now = deps.clock.now();
    const id = crypto.randomUUID();
    const [last] = await tx
      .select({ sortOrder: max(risks.sortOrder) })
      .from(risks)
      .where(
        and(
          eq(risks.municipalityId, scope.municipalityId),
          eq(risks.committeeId, scope.committeeId),
          eq(risks.year, scope.year),
        ),
      );
    const [row] = await tx
      .insert(risks)
      .values({
        ...scope,
        id,
        key: `risk-${id.slice(0, 8)}`,
        nodeId: input.nodeId,
        areaKey: input.area,
        title: input.title,
        description: input.description ?? null,
        consequenceDescription: input.consequenceDescription ?? null,
        probability: input.probability,
        consequence: input.consequence,
        owner: input.owner ?? null,
        source: input.source ?? 'own',
        actions: (input.actions ?? []).map((action) => ({
          what: action.what,
          responsible: action.responsible ?? null,
          due: action.due ?? null,
          status: action.status ?? 'planned',
        })),
        goalIds: input.goalIds ?? [],
        sortOrder: (last?.sortOrder ?? -1) + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Risken kunde inte sparas.');
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'risk',
      entityId: id,
      committeeId: scope.committeeId,
      before: null,
      after: auditedRisk(row),
    });
    return presentStored(tx, scope, row);
  });
}

export async function updateRisk(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  riskId: string,
  patch: UpdateRisk,
): Promise<Risk> {
  return deps.db.transaction(async (tx) => {
    const stored = await lockRisk(tx, scope, riskId, patch.version);
    await assertMayWrite(tx, actor, { ...scope, ...registerOf(stored.nodeId) });
    await ensureRiskSettings(tx, scope.municipalityId);
    await assertRiskInput(tx, scope, await readRiskSettings(tx, scope.municipalityId), patch);
    const { version: _version, area, ...fields } = patch;
    const now = deps.clock.now();
    const [row] = await tx
      .update(risks)
      .set({
        ...definedFields({ ...fields, areaKey: area }),
        version: stored.version + 1,
        updatedAt: now,
      })
      .where(and(eq(risks.municipalityId, scope.municipalityId), eq(risks.id, riskId)))
      .returning();
    if (!row) throw notFound('Risken');
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'risk',
      entityId: riskId,
      committeeId: scope.committeeId,
      before: auditedRisk(stored),
      after: auditedRisk(row),
    });
    return presentStored(tx, scope, row);
  });
}

/** A risk in the control plan is removed from the plan before it can be deleted, so the adopted plan stays whole. */
export async function deleteRisk(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  riskId: string,
  version: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const stored = await lockRisk(tx, scope, riskId, version);
    await assertMayWrite(tx, actor, { ...scope, ...registerOf(stored.nodeId) });
    if (stored.toControlPlan) {
      throw new AppError(
        'CONFLICT',
        'Risken ingår i internkontrollplanen. Ta bort den från planen innan du tar bort risken.',
      );
    }
    await tx.delete(risks).where(and(eq(risks.municipalityId, scope.municipalityId), eq(risks.id, riskId)));
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'delete',
      entityType: 'risk',
      entityId: riskId,
      committeeId: scope.committeeId,
      before: auditedRisk(stored),
      after: null,
    });
  });
}
