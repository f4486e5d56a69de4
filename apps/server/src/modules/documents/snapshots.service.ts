import { createHash } from 'node:crypto';
import type { DocumentKind } from '@styr/shared/contracts/documents';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { documentSnapshots } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import type { YearScope } from '../authority/index.ts';
import { documentKindFor } from './document-keys.ts';
import { contentTypes, documentModel, fileNameOf, type RenderedFile, renderModel } from './render.service.ts';

const where = (scope: YearScope, kind: DocumentKind) =>
  and(
    eq(documentSnapshots.municipalityId, scope.municipalityId),
    eq(documentSnapshots.committeeId, scope.committeeId),
    eq(documentSnapshots.year, scope.year),
    eq(documentSnapshots.documentKind, kind),
  );

export interface AdoptionFiles {
  kind: DocumentKind;
  files: { format: 'pdf' | 'docx'; content: Buffer; fileName: string }[];
}

/**
 * The PDF and Word file of a plan or follow-up about to be adopted, rendered before the adoption's
 * transaction (the renderer reads through its own connection); null for a follow-up that is no document.
 */
export async function renderForAdoption(
  deps: Deps,
  scope: YearScope,
  document: string,
): Promise<AdoptionFiles | null> {
  const kind = await documentKindFor(deps.db, scope.municipalityId, document);
  if (!kind) return null;
  const model = await documentModel(deps, scope, kind);
  const files = [];
  for (const format of ['pdf', 'docx'] as const) {
    files.push({ format, content: await renderModel(model, format), fileName: fileNameOf(model, format) });
  }
  return { kind, files };
}

/** Stores the adopted files with their SHA-256, in the adoption's transaction; they are never replaced. */
export async function storeSnapshots(
  tx: Executor,
  scope: YearScope,
  adoption: AdoptionFiles,
  at: Date,
): Promise<void> {
  await tx
    .insert(documentSnapshots)
    .values(
      adoption.files.map((file) => ({
        ...scope,
        documentKind: adoption.kind,
        format: file.format,
        content: file.content,
        fileName: file.fileName,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        adoptedAt: at,
      })),
    )
    .onConflictDoNothing();
}

export async function listSnapshots(db: Executor, scope: YearScope, kind: DocumentKind) {
  const rows = await db
    .select({
      format: documentSnapshots.format,
      sha256: documentSnapshots.sha256,
      content: documentSnapshots.content,
      adoptedAt: documentSnapshots.adoptedAt,
    })
    .from(documentSnapshots)
    .where(where(scope, kind))
    .orderBy(asc(documentSnapshots.format));
  return rows.map((row) => ({
    format: row.format,
    sha256: row.sha256,
    bytes: row.content.length,
    adoptedAt: row.adoptedAt.toISOString(),
  }));
}

/** The file as adopted, byte for byte. */
export async function readSnapshot(
  deps: Deps,
  scope: YearScope,
  kind: DocumentKind,
  format: 'pdf' | 'docx',
): Promise<RenderedFile & { sha256: string }> {
  const [row] = await deps.db
    .select()
    .from(documentSnapshots)
    .where(and(where(scope, kind), eq(documentSnapshots.format, format)));
  if (!row) throw notFound('Det fastställda dokumentet');
  return {
    content: row.content,
    contentType: contentTypes[format],
    fileName: row.fileName,
    sha256: row.sha256,
  };
}
