import type { DocumentFormat, DocumentKind } from '@styr/shared/contracts/documents';
import type { DocumentModel } from '@styr/shared/domain/document-model';
import { eq } from 'drizzle-orm';
import { municipalities, orgNodes } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { readActionPlans } from '../action-plans/index.ts';
import type { YearScope } from '../authority/index.ts';
import { getEconomy } from '../economy/index.ts';
import { getCommitteeYearView } from '../plan/index.ts';
import { readRiskOverview } from '../risks/index.ts';
import type { BuildContext } from './build-context.ts';
import { buildDocument, documentKeyOf } from './build-document.ts';
import { listDocumentTexts } from './document-texts.service.ts';
import { readLogo } from './logo.service.ts';
import { previewDateOf } from './preview-date.ts';
import type { PdfPurpose } from './render/pdf-metadata.ts';
import { renderInThread } from './render-pool.ts';
import { getTemplate } from './templates.service.ts';

export const contentTypes: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

export async function buildContext(deps: Deps, scope: YearScope, kind: DocumentKind): Promise<BuildContext> {
  const view = await getCommitteeYearView(deps, scope);
  const texts = await listDocumentTexts(deps.db, scope, kind);
  const units = await deps.db
    .select({ id: orgNodes.id, name: orgNodes.name })
    .from(orgNodes)
    .where(eq(orgNodes.municipalityId, scope.municipalityId));
  return {
    view,
    kind,
    document: documentKeyOf(kind, view.followUpPoints),
    texts: new Map(texts.flatMap((entry) => (entry.text ? [[entry.chapterKey, entry.text] as const] : []))),
    unitNames: new Map(units.map((unit) => [unit.id, unit.name])),
    economy: await getEconomy(deps.db, scope),
    risks: await readRiskOverview(deps, scope),
    actionPlans: await readActionPlans(deps.db, scope),
  };
}

/** The document as the model every renderer draws from, from the municipality's template and the year's data. */
export async function documentModel(
  deps: Deps,
  scope: YearScope,
  kind: DocumentKind,
): Promise<DocumentModel> {
  const context = await buildContext(deps, scope, kind);
  const template = await getTemplate(deps.db, scope.municipalityId, kind);
  const [municipality] = await deps.db
    .select({ name: municipalities.name, numberStyle: municipalities.numberStyle })
    .from(municipalities)
    .where(eq(municipalities.id, scope.municipalityId));
  const titlePage = template.frame?.titlePage || null;
  const logo = titlePage?.logo ? await readLogo(deps.db, scope.municipalityId) : null;
  // The template's own labels stand over the municipality's, for this document kind only.
  const labels = { ...context.view.labels, ...template.labels };
  return buildDocument({ ...context, view: { ...context.view, labels } }, template.chapters, {
    ...(template.frame ? { frame: template.frame } : {}),
    municipality: municipality?.name ?? '',
    logo: logo ? { png: logo.image, alt: logo.alt } : null,
    ...(municipality?.numberStyle ? { numberStyle: municipality.numberStyle } : {}),
  });
}

/**
 * The model drawn in one format: PDF and Word in a render thread, within the time limit; the web page, a
 * string built in milliseconds, here.
 */
export async function renderModel(
  model: DocumentModel,
  format: DocumentFormat,
  timeoutMs: number,
  purpose: PdfPurpose = {},
): Promise<Buffer> {
  if (format === 'html') return (await import('./render/render-html.ts')).renderHtml(model);
  const [content] = await renderInThread(model, [format], timeoutMs, purpose);
  if (!content) throw new Error('The render thread returned no file');
  return content;
}

export interface RenderedFile {
  content: Buffer;
  contentType: string;
  fileName: string;
}

/** "Årsrapport 2022 Socialnämnden Hisingen.pdf". */
export const fileNameOf = (model: DocumentModel, format: DocumentFormat) => `${model.footer}.${format}`;

export async function renderDocument(
  deps: Deps,
  scope: YearScope,
  kind: DocumentKind,
  format: DocumentFormat,
): Promise<RenderedFile> {
  const model = await documentModel(deps, scope, kind);
  const points = (await getCommitteeYearView(deps, scope)).followUpPoints;
  return {
    content: await renderModel(model, format, deps.config.renderTimeoutMs, {
      dated: previewDateOf(kind, scope.year, points),
    }),
    contentType: contentTypes[format],
    fileName: fileNameOf(model, format),
  };
}
