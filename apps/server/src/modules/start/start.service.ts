import type { DocumentKind } from '@styr/shared/contracts/documents';
import type { MyStart, StartCommittee } from '@styr/shared/contracts/start';
import { effectivePermissions } from '@styr/shared/domain/access';
import { committeeReading, isHandedOver } from '@styr/shared/domain/committee-reading';
import { documentKinds } from '@styr/shared/domain/document-kinds';
import { pathTo } from '@styr/shared/domain/org';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import {
  documentSnapshots,
  followUpParts,
  followUpPoints,
  orgNodes,
  planDocuments,
} from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import type { SessionContext } from '../auth/index.ts';
import { documentKeyOf } from '../documents/index.ts';

/**
 * What the start page shows a person: each committee they read, with its plans and follow-ups per year, the
 * files archived at adoption and, for those who compile, the parts waiting for review. Statuses, dates and
 * counts only: the content is read through the committee's own routes, which check it again.
 */
export async function readMyStart(deps: Deps, session: SessionContext): Promise<MyStart> {
  const { db } = deps;
  const municipalityId = session.municipalityId;
  const nodes = await db
    .select({ id: orgNodes.id, parentId: orgNodes.parentId, kind: orgNodes.kind, name: orgNodes.name })
    .from(orgNodes)
    .where(eq(orgNodes.municipalityId, municipalityId))
    .orderBy(asc(orgNodes.name));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const committees = nodes
    .filter((node) => node.kind === 'committee')
    .flatMap((node) => {
      const reading = committeeReading(session.grants, node.id, (id) => pathTo(byId, id));
      return reading === 'none' ? [] : [{ node, reading }];
    });
  if (committees.length === 0) return { committees: [] };
  const committeeIds = committees.map((entry) => entry.node.id);

  const points = await db
    .select({ key: followUpPoints.key, name: followUpPoints.name, month: followUpPoints.month })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId))
    .orderBy(asc(followUpPoints.month));
  // With one follow-up point the annual report and the interim report are the same; the annual report, last, wins.
  const kindOf = new Map<string, DocumentKind>(
    documentKinds.map((kind) => [documentKeyOf(kind, points), kind]),
  );
  const nameOf = (document: string) => {
    if (document === 'plan') return 'Verksamhetsplan';
    if (document === controlPlanDocument) return 'Internkontrollplan';
    return points.find((point) => point.key === document)?.name ?? document;
  };

  const documents = await db
    .select()
    .from(planDocuments)
    .where(
      and(eq(planDocuments.municipalityId, municipalityId), inArray(planDocuments.committeeId, committeeIds)),
    )
    .orderBy(asc(planDocuments.year));
  const files = await db
    .select({
      committeeId: documentSnapshots.committeeId,
      year: documentSnapshots.year,
      kind: documentSnapshots.documentKind,
      format: documentSnapshots.format,
    })
    .from(documentSnapshots)
    .where(
      and(
        eq(documentSnapshots.municipalityId, municipalityId),
        inArray(documentSnapshots.committeeId, committeeIds),
      ),
    )
    .orderBy(asc(documentSnapshots.format));
  const ready = await db
    .select({ documentId: followUpParts.documentId, parts: count() })
    .from(followUpParts)
    .where(and(eq(followUpParts.municipalityId, municipalityId), eq(followUpParts.state, 'ready')))
    .groupBy(followUpParts.documentId);
  const readyOf = new Map(ready.map((row) => [row.documentId, row.parts]));

  return {
    committees: committees.map(({ node, reading }): StartCommittee => {
      const compiles = effectivePermissions(session.grants, [node.id]).has('content.compile');
      const years = new Map<number, StartCommittee['years'][number]>();
      for (const row of documents) {
        if (row.committeeId !== node.id) continue;
        // A member sees what has been handed to the committee; the officials' drafts are not theirs yet.
        if (reading !== 'work' && !isHandedOver(row.status)) continue;
        const kind = kindOf.get(row.document) ?? null;
        const entry = years.get(row.year) ?? { year: row.year, documents: [] };
        years.set(row.year, entry);
        entry.documents.push({
          document: row.document,
          name: nameOf(row.document),
          kind,
          status: row.status,
          decision:
            row.decisionDate && row.decisionParagraph
              ? { date: row.decisionDate, paragraph: row.decisionParagraph }
              : null,
          deadline: row.deadline,
          files: files
            .filter((file) => file.committeeId === node.id && file.year === row.year && file.kind === kind)
            .map((file) => file.format),
          awaitingReview: compiles ? (readyOf.get(row.id) ?? 0) : null,
        });
      }
      return { committee: { id: node.id, name: node.name }, reading, years: [...years.values()] };
    }),
  };
}
