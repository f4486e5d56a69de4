import type { DocumentKind, DocumentOverview } from '@styr/shared/contracts/documents';
import type { Deps } from '../../deps.ts';
import type { YearScope } from '../authority/index.ts';
import { buildDocument, chapterStatus } from './build-document.ts';
import { listDocumentTexts } from './document-texts.service.ts';
import { buildContext } from './render.service.ts';
import { listSnapshots } from './snapshots.service.ts';
import { getTemplate } from './templates.service.ts';

/** The document page: chapters with numbers and what they lack, the chapter texts and the adopted files. */
export async function getDocumentOverview(
  deps: Deps,
  scope: YearScope,
  kind: DocumentKind,
): Promise<DocumentOverview> {
  const context = await buildContext(deps, scope, kind);
  const template = await getTemplate(deps.db, scope.municipalityId, kind);
  const model = buildDocument(context, template.chapters);
  const stored = context.view.documents.find((entry) => entry.document === context.document);
  return {
    kind,
    title: model.title,
    document: context.document,
    status: stored?.status ?? 'draft',
    deadline: stored?.deadline ?? null,
    chapters: chapterStatus(context, template.chapters),
    texts: await listDocumentTexts(deps.db, scope, kind),
    snapshots: await listSnapshots(deps.db, scope, kind),
  };
}
