import { isFrozen } from '@styr/shared/domain/document-lifecycle';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { followUpPoints, planDocuments } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';

export interface YearScope {
  municipalityId: string;
  committeeId: string;
  year: number;
}

const documentName = (document: string, year: number) => {
  if (document === 'plan') return `Verksamhetsplanen ${year}`;
  if (document === controlPlanDocument) return `Internkontrollplanen ${year}`;
  return `Uppföljningen ${document} ${year}`;
};

/** Refuses a write to a plan or follow-up that the committee has adopted: it is archived as adopted. */
export async function assertWritable(tx: Executor, scope: YearScope, document: string): Promise<void> {
  const [row] = await tx
    .select({ status: planDocuments.status })
    .from(planDocuments)
    .where(
      and(
        eq(planDocuments.municipalityId, scope.municipalityId),
        eq(planDocuments.committeeId, scope.committeeId),
        eq(planDocuments.year, scope.year),
        eq(planDocuments.document, document),
      ),
    )
    .for('update');
  if (row && isFrozen(row.status)) {
    throw new AppError('FROZEN', `${documentName(document, scope.year)} är fastställd och kan inte ändras.`);
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

/** An import rewrites a whole year, so it is refused when any of the year's documents is adopted. */
export async function assertYearWritable(tx: Executor, scope: YearScope): Promise<void> {
  const adopted = await tx
    .select({ document: planDocuments.document })
    .from(planDocuments)
    .where(
      and(
        eq(planDocuments.municipalityId, scope.municipalityId),
        eq(planDocuments.committeeId, scope.committeeId),
        eq(planDocuments.year, scope.year),
        eq(planDocuments.status, 'adopted'),
      ),
    );
  if (adopted.length > 0) {
    throw new AppError(
      'FROZEN',
      `Nämndens dokument för ${scope.year} är fastställda (${adopted.map((row) => row.document).join(', ')}); året kan inte skrivas över.`,
      { details: [{ path: 'year', message: 'Året har fastställda dokument' }] },
    );
  }
}
