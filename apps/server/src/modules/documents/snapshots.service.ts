import { createHash } from 'node:crypto';
import type { DocumentKind } from '@styr/shared/contracts/documents';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import { documentSnapshots } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import type { YearScope } from '../authority/index.ts';
import { documentKindFor } from './document-keys.ts';
import { contentTypes, documentModel, fileNameOf, type RenderedFile } from './render.service.ts';
import { renderInThread } from './render-pool.ts';

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
 * The PDF and Word file of a plan or follow-up being adopted, from the data as the adoption's transaction
 * reads it, so the archived files show exactly what the adoption froze; null for a follow-up that is no
 * document (april). The PDF is the archival one (PDF/A-2b and PDF/UA), dated by the decision (YYYY-MM-DD).
 */
export async function renderForAdoption(
  deps: Deps,
  tx: Tx,
  scope: YearScope,
  document: string,
  decided: string,
): Promise<AdoptionFiles | null> {
  const kind = await documentKindFor(tx, scope.municipalityId, document);
  if (!kind) return null;
  // Every reader takes its queries from deps.db: handed the transaction, they read inside it.
  const model = await documentModel({ ...deps, db: tx }, scope, kind);
  const formats = ['pdf', 'docx'] as const;
  const contents = await renderInThread(model, formats, deps.config.renderTimeoutMs, { decided });
  const files = formats.map((format, index) => {
    const content = contents[index];
    if (!content) throw new Error('The render thread returned too few files');
    return { format, content, fileName: fileNameOf(model, format) };
  });
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
