import type {
  contributeSchema,
  Part,
  PartKind,
  reopenPartSchema,
  reviewPartSchema,
} from '@styr/shared/contracts/workflow';
import type { Permission } from '@styr/shared/domain/access';
import { contributionProblem, reopenProblem, reviewProblem } from '@styr/shared/domain/workflow';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/executor.ts';
import { followUpParts } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { findNodePath } from '../org/index.ts';
import { ensureDocument } from '../plan/index.ts';
import { findPart, nodeNames, partTitle } from './parts.queries.ts';

export interface PartTarget {
  followUp: string;
  kind: PartKind;
  objectId: string;
}

type PartRow = typeof followUpParts.$inferSelect;

export function presentPart(row: PartRow, title: string, nodeName: string): Part {
  return {
    kind: row.kind,
    objectId: row.objectId,
    title,
    node: { id: row.nodeId, name: nodeName },
    state: row.state,
    contribution: row.contribution,
    reviewComment: row.reviewComment,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Opens the follow-up's document and checks that the part's object is in the year. */
async function openTarget(tx: Tx, deps: Deps, scope: YearScope, target: PartTarget) {
  if (target.followUp === 'plan') throw notFound('Uppföljningen');
  const document = await ensureDocument(tx, scope, target.followUp, deps.clock.now());
  if (!document) throw new AppError('INTERNAL', 'Uppföljningen kunde inte skapas.');
  const title = await partTitle(tx, scope, target.kind, target.objectId);
  if (title === undefined) throw notFound('Det som ska rapporteras');
  return { document, title };
}

async function presentStored(tx: Tx, municipalityId: string, row: PartRow, title: string) {
  return presentPart(row, title, (await nodeNames(tx, municipalityId)).get(row.nodeId) ?? '');
}

/** Gives a unit (or department) of the committee the task of reporting on a goal, assignment or indicator. */
export async function assignPart(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  target: PartTarget,
  nodeId: string,
): Promise<Part> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, document: target.followUp, permission: 'content.compile' });
    const { document, title } = await openTarget(tx, deps, scope, target);
    const path = await findNodePath(tx, scope.municipalityId, nodeId, scope.committeeId);
    if (path[0] !== scope.committeeId || path.length < 2) {
      throw new AppError('VALIDATION', 'Välj en förvaltning, avdelning eller enhet under nämnden.', {
        details: [{ path: 'body.nodeId', message: 'Enheten hör inte till nämnden' }],
      });
    }
    const now = deps.clock.now();
    const stored = await findPart(tx, scope.municipalityId, document.id, target.kind, target.objectId);
    const [row] = stored
      ? await tx
          .update(followUpParts)
          .set({ nodeId, version: stored.version + 1, updatedAt: now })
          .where(partKey(scope.municipalityId, document.id, target))
          .returning()
      : await tx
          .insert(followUpParts)
          .values({
            municipalityId: scope.municipalityId,
            documentId: document.id,
            kind: target.kind,
            objectId: target.objectId,
            nodeId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
    if (!row) throw new AppError('INTERNAL', 'Uppgiften kunde inte sparas.');
    const entity = {
      actor,
      at: now,
      entityType: 'follow_up_part',
      entityId: `${document.id}:${target.kind}:${target.objectId}`,
      committeeId: scope.committeeId,
    };
    if (stored) await recordUpdate(tx, { ...entity, before: { nodeId: stored.nodeId }, after: { nodeId } });
    else
      await recordAudit(tx, {
        ...entity,
        action: 'create',
        before: null,
        after: { nodeId, state: row.state },
      });
    return presentStored(tx, scope.municipalityId, row, title);
  });
}

const partKey = (municipalityId: string, documentId: string, target: PartTarget) =>
  and(
    eq(followUpParts.municipalityId, municipalityId),
    eq(followUpParts.documentId, documentId),
    eq(followUpParts.kind, target.kind),
    eq(followUpParts.objectId, target.objectId),
  );

/** One state change of a part, checked against its version and the rule for that change, and logged. */
async function changePart(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  target: PartTarget,
  change: { version: number; permission: Permission },
  decide: (stored: PartRow) => {
    problem: string | null;
    set: Partial<PartRow>;
    note?: Record<string, unknown>;
  },
): Promise<Part> {
  return deps.db.transaction(async (tx) => {
    const { document, title } = await openTarget(tx, deps, scope, target);
    const stored = await findPart(tx, scope.municipalityId, document.id, target.kind, target.objectId);
    if (!stored) throw notFound('Uppgiften');
    await assertMayWrite(tx, actor, {
      ...scope,
      document: target.followUp,
      nodeId: stored.nodeId,
      permission: change.permission,
    });
    const names = await nodeNames(tx, scope.municipalityId);
    const present = (row: PartRow) => presentPart(row, title, names.get(row.nodeId) ?? '');
    assertVersion(stored, change.version, present, `${document.id}:${target.kind}:${target.objectId}`);
    const { problem, set, note } = decide(stored);
    if (problem) throw new AppError('CONFLICT', problem);
    const now = deps.clock.now();
    const [row] = await tx
      .update(followUpParts)
      .set({ ...set, version: stored.version + 1, updatedAt: now })
      .where(partKey(scope.municipalityId, document.id, target))
      .returning();
    if (!row) throw notFound('Uppgiften');
    const before = {
      state: stored.state,
      contribution: stored.contribution,
      reviewComment: stored.reviewComment,
    };
    const after = { state: row.state, contribution: row.contribution, reviewComment: row.reviewComment };
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'follow_up_part',
      entityId: `${document.id}:${target.kind}:${target.objectId}`,
      committeeId: scope.committeeId,
      before,
      after,
      ...(note && { noted: note }),
    });
    return present(row);
  });
}

/** The unit writes its contribution and, when done, marks the part klar. */
export const contribute = (
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  target: PartTarget,
  input: z.infer<typeof contributeSchema>,
) =>
  changePart(
    deps,
    actor,
    scope,
    target,
    { version: input.version, permission: 'content.edit' },
    (stored) => ({
      problem: contributionProblem(stored.state),
      set: {
        contribution: sanitizeRichText(input.contribution),
        state: input.ready ? 'ready' : stored.state === 'ready' ? 'open' : stored.state,
      },
    }),
  );

/** The controller approves a part marked klar, or sends it back with what is missing. */
export const reviewPart = (
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  target: PartTarget,
  input: z.infer<typeof reviewPartSchema>,
) =>
  changePart(
    deps,
    actor,
    scope,
    target,
    { version: input.version, permission: 'content.compile' },
    (stored) => ({
      problem: reviewProblem(stored.state),
      set: { state: input.decision === 'approve' ? 'approved' : 'returned', reviewComment: input.comment },
    }),
  );

/** After approval, a controller can open one part again for a correction; the reason is kept in the log. */
export const reopenPart = (
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  target: PartTarget,
  input: z.infer<typeof reopenPartSchema>,
) =>
  changePart(
    deps,
    actor,
    scope,
    target,
    { version: input.version, permission: 'content.compile' },
    (stored) => ({
      problem: reopenProblem(stored.state),
      set: { state: 'open', reviewComment: input.reason },
      note: { reopenedBecause: input.reason },
    }),
  );
