import type { SetLogo } from '@styr/shared/contracts/document-frame';
import type {
  DocumentFormat,
  DocumentKind,
  SetDocumentText,
  UpdateTemplate,
} from '@styr/shared/contracts/documents';
import { ApiError, fallbackError } from './api-error.ts';
import type { HttpClient } from './http-client.ts';
import type { YearScope } from './plan-api.ts';

const documentPath = (scope: YearScope, kind: DocumentKind) =>
  `/api/municipalities/${encodeURIComponent(scope.municipalityId)}/committees/${encodeURIComponent(scope.committeeId)}/years/${scope.year}/documents/${kind}`;
const templatesPath = (municipalityId: string) =>
  `/api/municipalities/${encodeURIComponent(municipalityId)}/document-templates`;

/** The document rendered now; a plain link, so the browser downloads it with the session cookie. */
export const renderHref = (scope: YearScope, kind: DocumentKind, format: DocumentFormat) =>
  `${documentPath(scope, kind)}/render/${format}`;
/** The file as the committee adopted it. */
export const adoptedHref = (scope: YearScope, kind: DocumentKind, format: 'pdf' | 'docx') =>
  `${documentPath(scope, kind)}/adopted/${format}`;

// Only the lazily loaded document pages use these schemas.
const contracts = () => import('@styr/shared/contracts/documents');
const templateFileContracts = () => import('@styr/shared/contracts/template-file');
const frameContracts = () => import('@styr/shared/contracts/document-frame');
const logoPath = (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/logo`;

/** Documents: what each chapter lacks, the chapters' own texts, the preview, and the municipality's templates. */
export function createDocumentsApi(http: HttpClient, fetchFn = globalThis.fetch.bind(globalThis)) {
  return {
    async getOverview(scope: YearScope, kind: DocumentKind) {
      const { documentOverviewSchema } = await contracts();
      return http.request({ path: documentPath(scope, kind), schema: documentOverviewSchema });
    },
    async setText(scope: YearScope, kind: DocumentKind, chapterKey: string, body: SetDocumentText) {
      const { documentTextSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: `${documentPath(scope, kind)}/texts/${encodeURIComponent(chapterKey)}`,
        body,
        schema: documentTextSchema,
      });
    },
    /** The document as a web page (HTML text), for the preview; the caller sanitizes it before showing it. */
    async getPreview(scope: YearScope, kind: DocumentKind): Promise<string> {
      let response: Response;
      try {
        response = await fetchFn(renderHref(scope, kind, 'html'), { credentials: 'same-origin' });
      } catch {
        throw new ApiError({ code: 'NETWORK', message: 'Det gick inte att nå servern. Försök igen.' });
      }
      if (!response.ok) throw fallbackError(response.status);
      return response.text();
    },
    async getTemplates(municipalityId: string) {
      const { documentTemplateSchema } = await contracts();
      return http.request({ path: templatesPath(municipalityId), schema: documentTemplateSchema.array() });
    },
    /** The stored template of one document as a `styr/template` file. */
    async getTemplateFile(municipalityId: string, kind: DocumentKind) {
      const { templateFileSchema } = await templateFileContracts();
      return http.request({
        path: `/api/municipalities/${encodeURIComponent(municipalityId)}/document-template-file?kind=${kind}`,
        schema: templateFileSchema,
      });
    },
    /** A template file's errors, and warnings about what it would not print of the municipality's data. */
    async checkTemplateFile(municipalityId: string, file: Record<string, unknown>) {
      const { templateCheckResultSchema } = await templateFileContracts();
      return http.request({
        method: 'POST',
        path: `/api/municipalities/${encodeURIComponent(municipalityId)}/document-template-check`,
        body: file,
        schema: templateCheckResultSchema,
      });
    },
    async getLogo(municipalityId: string) {
      const { municipalityLogoSchema } = await frameContracts();
      return http.request({ path: logoPath(municipalityId), schema: municipalityLogoSchema.nullable() });
    },
    async setLogo(municipalityId: string, body: SetLogo) {
      const { municipalityLogoSchema } = await frameContracts();
      return http.request({
        method: 'PUT',
        path: logoPath(municipalityId),
        body,
        schema: municipalityLogoSchema,
      });
    },
    async updateTemplate(municipalityId: string, body: UpdateTemplate) {
      const { documentTemplateSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: templatesPath(municipalityId),
        body,
        schema: documentTemplateSchema,
      });
    },
  };
}

export type DocumentsApi = ReturnType<typeof createDocumentsApi>;
