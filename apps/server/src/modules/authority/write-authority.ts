import { hasPermission, type Permission } from '@styr/shared/domain/access';
import { isFrozen } from '@styr/shared/domain/document-lifecycle';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { followUpPoints, orgNodes, planDocuments } from '../../db/schema/index.ts';
import type { Actor } from '../../deps.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { findNodePath } from '../org/index.ts';

export interface YearScope {
  municipalityId: string;
  committeeId: string;
  year: number;
}

/**
 * What a write touches: an object of a committee's year, owned by the committee or by a unit beneath it, and
 * frozen when the committee adopts `document` (null: no document freezes it).
 */
export interface WriteTarget extends YearScope {
  document: string | null;
  /** The unit the object belongs to when narrower than the committee; the committee otherwise. */
  nodeId?: string | null;
  permission: Permission;
}

/** A plan's or follow-up's name as people know it ("Årsrapport 2022"), never its key. */
async function documentNames(
  tx: Executor,
  municipalityId: string,
  documents: readonly string[],
  year: number,
) {
  const points = await tx
    .select({ key: followUpPoints.key, name: followUpPoints.name })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId));
  return documents.map((document) => {
    if (document === 'plan') return `Verksamhetsplanen ${year}`;
    if (document === controlPlanDocument) return `Internkontrollplanen ${year}`;
    return `${points.find((point) => point.key === document)?.name ?? 'Uppföljningen'} ${year}`;
  });
}

/**
 * The committee exists in the actor's municipality and is a committee, the node lies inside it, and the actor
 * holds the permission there. The system (command line, demo data, jobs) acts with every permission, but
 * never across municipalities.
 */
async function assertActorMayTouch(tx: Executor, actor: Actor, target: Omit<WriteTarget, 'document'>) {
  if (actor.municipalityId !== target.municipalityId) throw notFound('Nämnden');
  const [committee] = await tx
    .select({ kind: orgNodes.kind })
    .from(orgNodes)
    .where(and(eq(orgNodes.municipalityId, target.municipalityId), eq(orgNodes.id, target.committeeId)));
  if (committee?.kind !== 'committee') throw notFound('Nämnden');
  let path = [target.committeeId];
  if (target.nodeId && target.nodeId !== target.committeeId) {
    path = await findNodePath(tx, target.municipalityId, target.nodeId, target.committeeId);
    if (path[0] !== target.committeeId)
      throw new AppError('VALIDATION', 'Organisationsenheten hör inte till nämnden.', {
        details: [{ path: 'nodeId', message: 'Enheten finns inte under nämnden' }],
      });
  }
  if (actor.userId !== null && !hasPermission(actor.grants, path, target.permission)) throw forbidden();
}

/**
 * The one authority for writes: every route, import, spreadsheet, command and job asks it before it writes an
 * object of a committee's year. Holds the document's row until the transaction ends, so an adoption cannot
 * slip in between the check and the write.
 */
export async function assertMayWrite(tx: Executor, actor: Actor, target: WriteTarget): Promise<void> {
  await assertActorMayTouch(tx, actor, target);
  // Writes of a year share its lock; an adoption or import holds it alone, so no write commits while it reads.
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${lockKey(target)})`);
  if (target.document === null) return;
  const [row] = await tx
    .select({ status: planDocuments.status })
    .from(planDocuments)
    .where(
      and(
        eq(planDocuments.municipalityId, target.municipalityId),
        eq(planDocuments.committeeId, target.committeeId),
        eq(planDocuments.year, target.year),
        eq(planDocuments.document, target.document),
      ),
    )
    .for('update');
  if (row && isFrozen(row.status)) {
    const [name] = await documentNames(tx, target.municipalityId, [target.document], target.year);
    throw new AppError('FROZEN', `${name} är fastställd och kan inte ändras.`);
  }
}

/** A write that rewrites a whole year (an import) is refused when any of the year's documents is adopted. */
export async function assertMayRewriteYear(
  tx: Executor,
  actor: Actor,
  target: YearScope & { permission: Permission },
): Promise<void> {
  await assertActorMayTouch(tx, actor, target);
  const adopted = await tx
    .select({ document: planDocuments.document })
    .from(planDocuments)
    .where(
      and(
        eq(planDocuments.municipalityId, target.municipalityId),
        eq(planDocuments.committeeId, target.committeeId),
        eq(planDocuments.year, target.year),
        eq(planDocuments.status, 'adopted'),
      ),
    )
    .for('update');
  if (adopted.length > 0) {
    const names = await documentNames(
      tx,
      target.municipalityId,
      adopted.map((row) => row.document),
      target.year,
    );
    throw new AppError(
      'FROZEN',
      `Nämndens år ${target.year} kan inte skrivas över: ${names.join(' och ')} är fastställd${names.length > 1 ? 'a' : ''}.`,
      { details: [{ path: 'year', message: 'Året har fastställda dokument' }] },
    );
  }
}

/** The year's last follow-up (the annual report): activities are reported on until it is adopted. */
export async function lastFollowUp(tx: Executor, municipalityId: string): Promise<string> {
  const [row] = await tx
    .select({ key: followUpPoints.key })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId))
    .orderBy(desc(followUpPoints.month))
    .limit(1);
  return row?.key ?? 'arsrapport';
}

/**
 * Serialises the work that rewrites or freezes a committee's year as a whole (import, adoption, starting the
 * next year) and keeps every other write of that year out meanwhile, since writes take the same lock shared: a
 * transaction-scoped advisory lock, released at commit or rollback. PGlite runs the same SQL; with its single
 * connection the lock is uncontended.
 */
export async function lockCommitteeYear(tx: Executor, scope: YearScope): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(scope)})`);
}

const lockKey = (scope: YearScope) =>
  sql`hashtextextended(${`committee-year:${scope.municipalityId}:${scope.committeeId}:${scope.year}`}, 0)`;
