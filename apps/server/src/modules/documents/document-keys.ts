import type { DocumentKind } from '@styr/shared/contracts/documents';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { followUpPoints } from '../../db/schema/index.ts';
import { documentKeyOf } from './build-document.ts';

async function points(db: Executor, municipalityId: string) {
  return db
    .select({ key: followUpPoints.key, month: followUpPoints.month })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId))
    .orderBy(asc(followUpPoints.month));
}

/** The plan's or follow-up's key whose status, freezing and adoption the document kind follows. */
export async function documentKeyFor(
  db: Executor,
  municipalityId: string,
  kind: DocumentKind,
): Promise<string> {
  return documentKeyOf(kind, await points(db, municipalityId));
}

/** The document kind a plan or follow-up is adopted as, or null for a follow-up that is no such document (april). */
export async function documentKindFor(
  db: Executor,
  municipalityId: string,
  document: string,
): Promise<DocumentKind | null> {
  const found = await points(db, municipalityId);
  const kinds: DocumentKind[] = ['verksamhetsplan', 'arsrapport', 'delarsrapport'];
  return kinds.find((kind) => documentKeyOf(kind, found) === document) ?? null;
}
