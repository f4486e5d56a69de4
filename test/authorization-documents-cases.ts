import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { storeSnapshots } from '../apps/server/src/modules/documents/snapshots.service.ts';
import type { Case } from './authorization-case.ts';
import { call, type Session, type Tenant } from './harness.ts';

const m = (t: Tenant) => `/api/municipalities/${t.municipalityId}`;

/** A 1×1 PNG, the smallest logo there is. */
const tinyPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Every renaming gives a name not used before, so each is a change. */
let renamed = 0;

/**
 * The matrix rows of documents and the settings they print from: templates, the municipality's settings file,
 * rendering, chapter texts and adopted files, on each tenant's 2022.
 */
export function documentCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const fetchJson = async (admin: Session, url: string) =>
    (await call(current().app, admin, { method: 'GET', url })).json();
  const documentUrl = (t: Tenant) =>
    `${m(t)}/committees/${t.nodes.committee}/years/2022/documents/arsrapport`;

  return {
    'GET /api/municipalities/:municipalityId/document-templates': {
      allowed: 'signedIn',
      build: async (t) => ({ url: `${m(t)}/document-templates` }),
    },
    'PUT /api/municipalities/:municipalityId/document-templates': {
      allowed: ['admin'],
      build: async (t, admin) => {
        const templates = await fetchJson(admin, `${m(t)}/document-templates`);
        const template = templates.find((entry: { kind: string }) => entry.kind === 'verksamhetsplan');
        return {
          url: `${m(t)}/document-templates`,
          payload: { kind: 'verksamhetsplan', version: template.version, chapters: template.chapters },
        };
      },
    },
    'GET /api/municipalities/:municipalityId/logo': {
      allowed: 'signedIn',
      build: async (t) => ({ url: `${m(t)}/logo` }),
    },
    'PUT /api/municipalities/:municipalityId/logo': {
      allowed: ['admin'],
      build: async (t, admin) => {
        const logo = await fetchJson(admin, `${m(t)}/logo`);
        return {
          url: `${m(t)}/logo`,
          payload: { version: logo?.version ?? null, image: tinyPng, alt: 'Kommunens logotyp' },
        };
      },
    },
    'GET /api/municipalities/:municipalityId/document-template-file': {
      allowed: 'signedIn',
      build: async (t) => ({ url: `${m(t)}/document-template-file?kind=arsrapport` }),
    },
    'POST /api/municipalities/:municipalityId/document-template-check': {
      allowed: ['admin'],
      build: async (t, admin) => ({
        url: `${m(t)}/document-template-check`,
        payload: await fetchJson(admin, `${m(t)}/document-template-file?kind=arsrapport`),
      }),
    },
    'GET /api/municipalities/:municipalityId/settings': {
      allowed: ['admin'],
      build: async (t) => ({ url: `${m(t)}/settings` }),
    },
    'PUT /api/municipalities/:municipalityId/settings': {
      allowed: ['admin'],
      build: async (t, admin) => {
        const { version, file } = await fetchJson(admin, `${m(t)}/settings`);
        // A risk area renamed: a change of the settings that every repetition makes again from what it read.
        const riskAreas = file.riskAreas.map((area: { name: string }, index: number) =>
          index === 0 ? { ...area, name: `${area.name.replace(/ \(\d+\)$/, '')} (${++renamed})` } : area,
        );
        return { url: `${m(t)}/settings`, payload: { version, file: { ...file, riskAreas } } };
      },
    },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:kind': {
      allowed: ['admin', 'controller', 'reader', 'reporter', 'auditor'],
      build: async (t) => ({ url: documentUrl(t) }),
    },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:kind/render/:format':
      {
        allowed: ['admin', 'controller', 'reader', 'reporter', 'auditor'],
        build: async (t) => ({ url: `${documentUrl(t)}/render/html` }),
      },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:kind/adopted/:format':
      {
        allowed: ['admin', 'controller', 'reader', 'reporter', 'member', 'auditor'],
        build: async (t) => {
          const scope = { municipalityId: t.municipalityId, committeeId: t.nodes.committee, year: 2022 };
          const file = {
            format: 'pdf' as const,
            content: Buffer.from('%PDF-1.7 prov'),
            fileName: 'prov.pdf',
          };
          await storeSnapshots(current().deps.db, scope, { kind: 'arsrapport', files: [file] }, new Date());
          return { url: `${documentUrl(t)}/adopted/pdf` };
        },
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:kind/texts/:chapterKey':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const overview = await fetchJson(admin, documentUrl(t));
          const version = overview.texts.find(
            (entry: { chapterKey: string }) => entry.chapterKey === 'sammanfattning',
          )?.version;
          return {
            url: `${documentUrl(t)}/texts/sammanfattning`,
            payload: { version, text: 'Sammanfattning.' },
          };
        },
      },
  };
}
