import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import {
  type DocumentKind,
  documentOverviewSchema,
  documentTemplateSchema,
  documentTextParamsSchema,
  documentTextSchema,
  documentYearParamsSchema,
  renderParamsSchema,
  setDocumentTextSchema,
  updateTemplateSchema,
} from '@styr/shared/contracts/documents';
import {
  templateCheckResultSchema,
  templateFileInputSchema,
  templateFileQuerySchema,
  templateFileSchema,
} from '@styr/shared/contracts/template-file';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import {
  assertHandedOver,
  findDocument,
  onCommittee,
  readCommitteeHandedOver,
  readsWorkInProgress,
} from '../plan/index.ts';
import { documentKeyFor } from './document-keys.ts';
import { setDocumentText } from './document-texts.service.ts';
import { getDocumentOverview } from './overview.service.ts';
import { type RenderedFile, renderDocument } from './render.service.ts';
import { readSnapshot } from './snapshots.service.ts';
import { checkTemplateFile } from './template-check.service.ts';
import { exportTemplateFile } from './template-file.service.ts';
import { listTemplates, updateTemplate } from './templates.service.ts';

const tags = ['Dokument'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:kind';

/** An attachment with its name in plain ASCII and in UTF-8 (RFC 6266), so åäö survive every browser. */
function sendFile(reply: FastifyReply, file: RenderedFile, inline = false) {
  const ascii = file.fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/"/g, '');
  return reply
    .type(file.contentType)
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.content);
}

export const documentsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const scopeOf = (params: { municipalityId: string; committeeId: string; year: number }) => ({
      municipalityId: params.municipalityId,
      committeeId: params.committeeId,
      year: params.year,
    });

    /** A member reads a document once it is handed over to the committee; the officials read every draft. */
    const assertReadable = async (request: FastifyRequest, kind: DocumentKind) => {
      if (await readsWorkInProgress(request, deps)) return;
      const scope = scopeOf(request.params as { municipalityId: string; committeeId: string; year: number });
      const document = await documentKeyFor(deps.db, scope.municipalityId, kind);
      assertHandedOver((await findDocument(deps.db, scope, document))?.status);
    };

    app.get(
      '/municipalities/:municipalityId/document-templates',
      {
        config: { access: { kind: 'municipality' } },
        schema: {
          tags,
          summary: 'Kommunens mallar för verksamhetsplan, delårsrapport och årsrapport: kapitlen i ordning',
          params: municipalityParamsSchema,
          response: { 200: z.array(documentTemplateSchema) },
        },
      },
      (request) => listTemplates(deps.db, request.params.municipalityId),
    );

    app.put(
      '/municipalities/:municipalityId/document-templates',
      {
        config: { access: { kind: 'municipality', permission: 'org.manage' } },
        schema: {
          tags,
          summary: 'Ändra kommunens mall för ett dokument',
          params: municipalityParamsSchema,
          body: updateTemplateSchema,
          response: { 200: documentTemplateSchema },
        },
      },
      (request) => updateTemplate(deps, actorOf(request), request.params.municipalityId, request.body),
    );

    app.get(
      '/municipalities/:municipalityId/document-template-file',
      {
        config: { access: { kind: 'municipality' } },
        schema: {
          tags,
          summary: 'Kommunens mall för ett dokument som fil i det öppna formatet styr/template',
          params: municipalityParamsSchema,
          querystring: templateFileQuerySchema,
          response: { 200: templateFileSchema },
        },
      },
      (request) => exportTemplateFile(deps, request.params.municipalityId, request.query.kind),
    );

    app.post(
      '/municipalities/:municipalityId/document-template-check',
      {
        config: { access: { kind: 'municipality', permission: 'org.manage' } },
        schema: {
          tags,
          summary:
            'Pröva en mallfil (styr/template): fel, och varningar om texter och uppgifter i kommunen som mallen inte skriver ut',
          params: municipalityParamsSchema,
          body: templateFileInputSchema,
          response: { 200: templateCheckResultSchema },
        },
      },
      async (request) => {
        const { check, file } = await checkTemplateFile(deps, request.body, request.params.municipalityId);
        return { ...check, chapters: file?.chapters ?? null };
      },
    );

    app.get(
      base,
      {
        config: { access: readCommitteeHandedOver },
        schema: {
          tags,
          summary:
            'Dokumentets kapitel, vad som saknas, egna texter och fastställda filer; för ledamöterna när det är överlämnat',
          params: documentYearParamsSchema,
          response: { 200: documentOverviewSchema },
        },
      },
      async (request) => {
        await assertReadable(request, request.params.kind);
        return getDocumentOverview(deps, scopeOf(request.params), request.params.kind);
      },
    );

    app.get(
      `${base}/render/:format`,
      {
        config: { access: readCommitteeHandedOver },
        schema: {
          tags,
          summary:
            'Dokumentet som PDF, Word eller webbsida, framställt ur årets uppgifter just nu; för ledamöterna när det är överlämnat',
          params: renderParamsSchema,
        },
      },
      async (request, reply) => {
        await assertReadable(request, request.params.kind);
        const file = await renderDocument(
          deps,
          scopeOf(request.params),
          request.params.kind,
          request.params.format,
        );
        return sendFile(reply, file, request.params.format === 'html');
      },
    );

    app.get(
      `${base}/adopted/:format`,
      {
        config: { access: readCommitteeHandedOver },
        schema: {
          tags,
          summary: 'Det fastställda dokumentet, oförändrat sedan beslutet',
          params: documentYearParamsSchema.extend({ format: z.enum(['pdf', 'docx']) }),
        },
      },
      async (request, reply) => {
        const file = await readSnapshot(
          deps,
          scopeOf(request.params),
          request.params.kind,
          request.params.format,
        );
        return sendFile(reply.header('x-content-sha256', file.sha256), file);
      },
    );

    app.put(
      `${base}/texts/:chapterKey`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Skriv ett kapitels egen text i nämndens dokument, t.ex. sammanfattningen',
          params: documentTextParamsSchema,
          body: setDocumentTextSchema,
          response: { 200: documentTextSchema },
        },
      },
      (request) =>
        setDocumentText(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.kind,
          request.params.chapterKey,
          request.body,
        ),
    );
  };
