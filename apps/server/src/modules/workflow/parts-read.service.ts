import type { FollowUpParts, Task } from '@styr/shared/contracts/workflow';
import { effectivePermissions } from '@styr/shared/domain/access';
import { pathInCommittee, pathTo } from '@styr/shared/domain/org';
import { isDueSoon, isOverdue } from '@styr/shared/domain/workflow';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { followUpParts, followUpPoints, orgNodes, planDocuments } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordUpdate } from '../audit/index.ts';
import type { SessionContext } from '../auth/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { findServedCommittees } from '../org/index.ts';
import { assertDocumentName, ensureDocument, findDocument } from '../plan/index.ts';
import { nodeNames, titlesOf } from './parts.queries.ts';
import { presentPart } from './parts.service.ts';

const stockholmDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
/** Today's date in Sweden, since deadlines are Swedish calendar days. */
export const today = (deps: Deps) => stockholmDate.format(deps.clock.now());

/** Who reports what in a follow-up, where each part stands, and how many are late. */
export async function listParts(deps: Deps, scope: YearScope, followUp: string): Promise<FollowUpParts> {
  if (followUp === 'plan') throw notFound('Uppföljningen');
  await assertDocumentName(deps.db, scope.municipalityId, followUp);
  const document = await findDocument(deps.db, scope, followUp);
  if (!document) return { followUp, deadline: null, version: null, overdue: 0, parts: [] };
  const rows = await deps.db
    .select()
    .from(followUpParts)
    .where(
      and(eq(followUpParts.municipalityId, scope.municipalityId), eq(followUpParts.documentId, document.id)),
    );
  const title = await titlesOf(deps.db, scope.municipalityId, rows);
  const names = await nodeNames(deps.db, scope.municipalityId);
  const parts = rows
    .map((row) => presentPart(row, title(row.kind, row.objectId), names.get(row.nodeId) ?? ''))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title, 'sv'));
  const day = today(deps);
  return {
    followUp,
    deadline: document.deadline,
    version: document.version,
    overdue: parts.filter((part) => isOverdue(part.state, document.deadline, day)).length,
    parts,
  };
}

/** The last day for contributions; changing it checks the document's version when one is given. */
export async function setDeadline(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  followUp: string,
  input: { deadline: string | null; version?: number | undefined },
): Promise<FollowUpParts> {
  if (followUp === 'plan') throw notFound('Uppföljningen');
  await deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, document: followUp, permission: 'content.compile' });
    const now = deps.clock.now();
    const document = await ensureDocument(tx, scope, followUp, now);
    if (!document) throw new AppError('INTERNAL', 'Uppföljningen kunde inte skapas.');
    if (input.version !== undefined)
      assertVersion(document, input.version, (row) => ({ deadline: row.deadline, version: row.version }));
    await tx
      .update(planDocuments)
      .set({ deadline: input.deadline, version: document.version + 1, updatedAt: now })
      .where(and(eq(planDocuments.municipalityId, scope.municipalityId), eq(planDocuments.id, document.id)));
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'plan_document',
      entityId: document.id,
      committeeId: scope.committeeId,
      before: { deadline: document.deadline },
      after: { deadline: input.deadline },
    });
  });
  return listParts(deps, scope, followUp);
}

/**
 * A person's to-do list: the parts their units are to report on, not yet
 * klar, in follow-ups not adopted, with a reminder in the last week before the deadline.
 */
export async function myTasks(deps: Deps, session: SessionContext): Promise<Task[]> {
  const { municipalityId } = session;
  const rows = await deps.db
    .select({ part: followUpParts, document: planDocuments })
    .from(followUpParts)
    .innerJoin(
      planDocuments,
      and(
        eq(planDocuments.municipalityId, followUpParts.municipalityId),
        eq(planDocuments.id, followUpParts.documentId),
      ),
    )
    .where(
      and(
        eq(followUpParts.municipalityId, municipalityId),
        inArray(followUpParts.state, ['open', 'returned']),
        ne(planDocuments.status, 'adopted'),
      ),
    );
  const nodes = await deps.db.select().from(orgNodes).where(eq(orgNodes.municipalityId, municipalityId));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const served = await findServedCommittees(deps.db, municipalityId);
  const mine = rows.filter(({ part, document }) =>
    effectivePermissions(
      session.grants,
      pathInCommittee(pathTo(byId, part.nodeId), served, document.committeeId),
    ).has('content.edit'),
  );
  const title = await titlesOf(
    deps.db,
    municipalityId,
    mine.map(({ part }) => part),
  );
  const points = await deps.db
    .select()
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId));
  const day = today(deps);
  return mine
    .map(({ part, document }) => ({
      committee: { id: document.committeeId, name: byId.get(document.committeeId)?.name ?? '' },
      year: document.year,
      followUp: {
        key: document.document,
        name: points.find((point) => point.key === document.document)?.name ?? document.document,
      },
      deadline: document.deadline,
      dueSoon: isDueSoon(part.state, document.deadline, day),
      overdue: isOverdue(part.state, document.deadline, day),
      part: presentPart(part, title(part.kind, part.objectId), byId.get(part.nodeId)?.name ?? ''),
    }))
    .sort(
      (a, b) =>
        (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
        a.part.title.localeCompare(b.part.title, 'sv'),
    );
}
