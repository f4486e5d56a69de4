import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  depsFor,
  freshDatabase,
  type Session,
  signInAs,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { exportCommitteeYear } from '../interchange/export.service.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';
import { exportMunicipalitySettings } from '../municipalities/export-settings.service.ts';
import { importMunicipalitySettings } from '../municipalities/import-settings.service.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
const databases: Database[] = [];
afterAll(async () => {
  for (const database of databases) await database.close();
});

/** Three levels, none of Göteborg's, and assessment in words only allowed; the default for every report. */
const ownScale = {
  key: 'niva',
  name: 'Måluppfyllelse',
  levelRequired: false,
  levels: [
    { key: 'uppfyllt', label: 'Uppfyllt', tone: 'good' as const },
    { key: 'delvis', label: 'Delvis uppfyllt', tone: 'partial' as const },
    { key: 'ej-uppfyllt', label: 'Ej uppfyllt', tone: 'bad' as const },
  ],
  followUpPoints: [],
};
/** The annual report's own scale, where a level is required. */
const annualScale = {
  key: 'arsbedomning',
  name: 'Årsbedömning',
  levelRequired: true,
  levels: [
    { key: 'hog', label: 'Hög', tone: 'good' as const },
    { key: 'lag', label: 'Låg', tone: 'bad' as const },
  ],
  followUpPoints: ['arsrapport'],
};

const copy = <T>(value: T): T => structuredClone(value);
const yearUrl = () => `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
const view = async () => (await call(context.app, controller, { method: 'GET', url: yearUrl() })).json();
const exportYear = async (): Promise<CommitteeYear> =>
  (await call(context.app, controller, { method: 'GET', url: `${yearUrl()}/export` })).json();
const assess = (goalId: string, followUp: string, level: string | null, analysis: string | null) =>
  call(context.app, controller, {
    method: 'PUT',
    url: `${yearUrl()}/goals/${goalId}/assessments/${followUp}`,
    payload: { level, analysis },
  });
const setStatus = (document: string, payload: Record<string, unknown>) =>
  call(context.app, controller, {
    method: 'POST',
    url: `${yearUrl()}/documents/${document}/status`,
    payload,
  });
const settingsFile = () => exportMunicipalitySettings(context.deps, context.tenant.municipalityId);
const importSettings = (file: MunicipalityFile) =>
  importMunicipalitySettings(context.deps, 'kommun.json', file);

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

beforeEach(async () => {
  context = await createSignedInTenant();
  // The tenant's year with no assessments yet, so the municipality's own scales can replace Göteborg's.
  const year = tenantYearDocument(context.tenant);
  delete year.municipality.assessmentScale;
  year.assessments = [];
  await importCommitteeYear(context.deps, year, {
    source: 'test',
    actor: null,
    municipalityId: context.tenant.municipalityId,
  });
  const file = await settingsFile();
  await importSettings({ ...file, assessmentScales: [ownScale, annualScale] });
  controller = await signInAs(context.app, context.tenant.users.controller.email);
});

describe('a municipality’s own assessment scales', () => {
  it('replace Göteborg’s: only their levels are offered and accepted, per report kind', async () => {
    const current = await view();
    expect(current.assessmentScales.augusti).toEqual({
      key: 'niva',
      name: 'Måluppfyllelse',
      levelRequired: false,
      levels: ownScale.levels,
    });
    expect(current.assessmentScales.arsrapport.levels.map((level: { key: string }) => level.key)).toEqual([
      'hog',
      'lag',
    ]);
    const exported = await settingsFile();
    expect(exported.assessmentScales).toEqual([ownScale, annualScale]);
    expect(JSON.stringify(exported.assessmentScales)).not.toContain('"god"');

    const goal = current.goals[0].id;
    const gothenburg = await assess(goal, 'augusti', 'god', null);
    expect(gothenburg.statusCode).toBe(400);
    expect(gothenburg.json().error.details).toEqual([
      { path: 'body.level', message: '”god” finns inte i bedömningsskalan Måluppfyllelse.' },
    ]);
    expect((await assess(goal, 'augusti', 'delvis', null)).json()).toMatchObject({ level: 'delvis' });
    const annualOnOther = await assess(goal, 'arsrapport', 'delvis', null);
    expect(annualOnOther.json().error.details[0].path).toBe('body.level');
    expect((await assess(goal, 'arsrapport', 'hog', null)).statusCode).toBe(200);
  });

  it('accept an assessment without a level only where the scale allows it, and then with an analysis', async () => {
    const goal = (await view()).goals[0].id;
    const bare = await assess(goal, 'augusti', null, null);
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details).toEqual([
      { path: 'body.analysis', message: 'En bedömning utan nivå behöver en analys i ord.' },
    ]);
    const words = await assess(goal, 'augusti', null, '<p>Arbetet går enligt plan.</p>');
    expect(words.statusCode, words.body).toBe(200);
    expect(words.json()).toMatchObject({ followUp: 'augusti', level: null });
    const required = await assess(goal, 'arsrapport', null, '<p>I ord.</p>');
    expect(required.json().error.details).toEqual([
      { path: 'body.level', message: 'Välj en nivå i bedömningsskalan.' },
    ]);
    const exported = await exportYear();
    expect(exported.assessments).toEqual([
      {
        goal: exported.goals[0]?.key,
        followUp: 'augusti',
        level: null,
        analysis: '<p>Arbetet går enligt plan.</p>',
      },
    ]);
  });

  it('refuse to lose a level or the words-only choice that a report not yet adopted uses, naming the path', async () => {
    const goal = (await view()).goals[0].id;
    await assess(goal, 'augusti', 'delvis', null);
    expect((await assess(goal, 'april', null, '<p>I ord.</p>')).statusCode).toBe(200);
    const file = await settingsFile();
    const narrowed = copy(file);
    const [scale] = narrowed.assessmentScales;
    if (!scale) throw new Error('no scale');
    scale.levels = scale.levels.filter((level) => level.key !== 'delvis');
    scale.levelRequired = true;
    const error = await refusal(importSettings(narrowed));
    expect(error.details).toEqual([
      {
        path: 'assessmentScales[0].levelRequired',
        message:
          'Målbedömningar utan nivå finns i rapporter som inte är fastställda, t.ex. Socialnämnden Test 2022 (april); skalan måste tillåta bedömning utan nivå',
      },
      {
        path: 'assessmentScales[0].levels',
        message:
          'Nivån ”delvis” används av målbedömningar i rapporter som inte är fastställda, t.ex. Socialnämnden Test 2022 (augusti); den kan inte tas bort',
      },
    ]);
    expect(await settingsFile()).toEqual(file);
  });

  it('are written by a committee’s file only for whoever manages the whole municipality', async () => {
    const document = await exportYear();
    const changed = copy(document);
    const level = changed.municipality.assessmentScales?.[0]?.levels[1];
    if (!level) throw new Error('no level');
    level.label = 'Till viss del';
    const refused = await call(context.app, controller, {
      method: 'POST',
      url: `${context.base}/import`,
      payload: changed,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].path).toBe('municipality.assessmentScales[0].levels[1].label');
    expect((await settingsFile()).assessmentScales).toEqual([ownScale, annualScale]);
    const same = await call(context.app, controller, {
      method: 'POST',
      url: `${context.base}/import`,
      payload: document,
    });
    expect(same.statusCode, same.body).toBe(200);
  });
});

describe('an adopted report', () => {
  it('keeps the scale it was adopted with when the municipality’s changes, in the view and the export', async () => {
    const goal = (await view()).goals[0].id;
    expect((await assess(goal, 'arsrapport', 'hog', '<p>Målet nås.</p>')).statusCode).toBe(200);
    for (const document of ['plan', 'arsrapport']) {
      expect((await setStatus(document, { status: 'review' })).statusCode).toBe(200);
      const adopted = await setStatus(document, {
        status: 'adopted',
        decision: { date: '2023-02-21', paragraph: '§ 31' },
      });
      expect(adopted.statusCode, adopted.body).toBe(200);
    }
    const before = await view();
    const exported = await exportYear();
    expect(exported.documents.find((entry) => entry.document === 'arsrapport')?.assessmentScale).toEqual({
      key: 'arsbedomning',
      name: 'Årsbedömning',
      levelRequired: true,
      levels: annualScale.levels,
    });

    // Only the adopted report uses "hog": the level may go, and the labels change, without touching the report.
    const file = await settingsFile();
    const changed = copy(file);
    changed.assessmentScales[1] = {
      ...annualScale,
      levels: [
        { key: 'bra', label: 'Bra', tone: 'good' },
        { key: 'lag', label: 'Otillräcklig', tone: 'bad' },
      ],
    };
    expect((await importSettings(changed)).changed).toEqual(['assessmentScales']);

    const after = await view();
    expect(after.assessmentScales.arsrapport).toEqual(before.assessmentScales.arsrapport);
    expect(after.goals).toEqual(before.goals);
    const again = await exportYear();
    expect(again.documents).toEqual(exported.documents);
    expect(again.assessments).toEqual(exported.assessments);
    expect(again.municipality.assessmentScales?.[1]?.levels[0]?.key).toBe('bra');

    // The export reads back into an empty database as it was, adopted scale and all.
    const database = await freshDatabase();
    databases.push(database);
    const empty = depsFor(database);
    await importCommitteeYear(empty, again, { source: 'test', actor: null, municipalityId: null });
    const scope = {
      municipalityId: context.tenant.municipalityId,
      committeeId: context.tenant.nodes.committee,
      year: 2022,
    };
    expect(JSON.stringify(await exportCommitteeYear(empty, scope))).toBe(JSON.stringify(again));
  });
});

describe('a committee-year file that creates its municipality', () => {
  it('gives it exactly the file’s scales, never merged with the default', async () => {
    const database = await freshDatabase();
    databases.push(database);
    const empty = depsFor(database);
    const document = tenantYearDocument(context.tenant);
    delete document.municipality.id;
    document.municipality.name = 'Ängsviks kommun (prov)';
    delete document.municipality.assessmentScale;
    document.municipality.assessmentScales = [ownScale];
    document.assessments = [];
    const summary = await importCommitteeYear(empty, document, {
      source: 'test',
      actor: null,
      municipalityId: null,
    });
    const file = await exportMunicipalitySettings(empty, summary.municipalityId);
    expect(file.assessmentScales).toEqual([ownScale]);
  });
});
