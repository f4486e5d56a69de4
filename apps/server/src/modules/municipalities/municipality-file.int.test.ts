import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { defaultTemplate } from '@styr/shared/domain/document-templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTenant,
  depsFor,
  freshDatabase,
  importTenantYear,
  type Tenant,
  testDatabase,
} from '../../../../../test/harness.ts';
import { tenantDigest } from '../../../../../test/tenant-digest.ts';
import type { Database } from '../../db/connect.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { exportMunicipalitySettings } from './export-settings.service.ts';
import { importMunicipalitySettings } from './import-settings.service.ts';

let deps: Deps;
let tenant: Tenant;
let exported: MunicipalityFile;
const databases: Database[] = [];
afterAll(async () => {
  for (const database of databases) await database.close();
});

const copy = <T>(value: T): T => structuredClone(value);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Demo-like settings of the municipality's own: a fourth follow-up, a 1–5 scale, a line and a chapter added. */
function ownSettings(file: MunicipalityFile, name: string): MunicipalityFile {
  const own = copy(file);
  own.municipality = { name, shortName: 'Test', koladaId: '1480', validFrom: '2000-01-01' };
  own.followUpPoints.push({ key: 'oktober', name: 'Oktoberrapport', month: 10 });
  own.assessmentScales[0]?.levels.push({ key: 'ej-aktuell', label: 'Ej aktuell', tone: 'unknown' });
  own.riskAreas.push({ key: 'it', name: 'Risker inom informationssäkerhet' });
  own.riskScale.probability.push({ value: 5, label: 'Mycket sannolik' });
  own.statementLines.splice(2, 0, { key: 'avskrivningar', label: 'Avskrivningar', sumOf: [] });
  const plan = own.documentTemplates.find((template) => template.kind === 'verksamhetsplan');
  plan?.chapters.unshift({
    key: 'om-kommunen',
    title: 'Om kommunen',
    section: { kind: 'fixedText', text: '<p>Kommunen styrs av fullmäktige.</p>' },
    pageBreakBefore: false,
    appendix: false,
    children: [],
  });
  return own;
}

beforeAll(async () => {
  deps = depsFor(await testDatabase());
  tenant = await createTenant(deps, 'Inställningskommun');
  await importTenantYear(deps, tenant);
  const name = (await exportMunicipalitySettings(deps, tenant.municipalityId)).municipality.name;
  const own = ownSettings(await exportMunicipalitySettings(deps, tenant.municipalityId), name);
  await importMunicipalitySettings(deps, 'egen.json', own);
  exported = await exportMunicipalitySettings(deps, tenant.municipalityId);
});

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('the municipality file styr/municipality', () => {
  it('exports every setting in a fixed order, and reads back byte-identical from an empty database', async () => {
    expect(exported.followUpPoints.map((point) => point.key)).toEqual([
      'april',
      'augusti',
      'oktober',
      'arsrapport',
    ]);
    expect(exported.riskScale.probability).toHaveLength(5);
    expect(exported.statementLines[2]?.key).toBe('avskrivningar');
    expect(exported.documentTemplates.map((template) => template.kind)).toEqual([
      'verksamhetsplan',
      'delarsrapport',
      'arsrapport',
    ]);
    expect(exported.documentTemplates[0]?.chapters[0]?.key).toBe('om-kommunen');
    expect(exported.documentTemplates[1]?.chapters).toEqual(defaultTemplate('delarsrapport'));

    const database = await freshDatabase();
    databases.push(database);
    const empty = depsFor(database);
    const created = await importMunicipalitySettings(empty, 'kommun.json', JSON.parse(json(exported)));
    expect(created.created).toBe(true);
    expect(json(await exportMunicipalitySettings(empty, created.municipality.id))).toBe(json(exported));

    const before = await tenantDigest(empty, created.municipality.id);
    const again = await importMunicipalitySettings(empty, 'kommun.json', JSON.parse(json(exported)));
    expect(again).toMatchObject({ created: false, changed: [] });
    expect(await tenantDigest(empty, created.municipality.id)).toEqual(before);
  });

  it('changes nothing when the same file is imported twice, whatever order its lists are in', async () => {
    const before = await tenantDigest(deps, tenant.municipalityId);
    const shuffled = copy(exported);
    shuffled.followUpPoints.reverse();
    shuffled.riskScale.consequence.reverse();
    shuffled.documentTemplates.reverse();
    const result = await importMunicipalitySettings(deps, 'samma.json', shuffled);
    expect(result.changed).toEqual([]);
    expect(await tenantDigest(deps, tenant.municipalityId)).toEqual(before);
  });

  it('refuses a broken file naming the JSON path, and saves nothing', async () => {
    const before = await tenantDigest(deps, tenant.municipalityId);
    const broken = copy(exported) as unknown as { followUpPoints: { month: number }[]; riskAreas: unknown[] };
    const first = broken.followUpPoints[1];
    if (first) first.month = 13;
    broken.riskAreas.push(broken.riskAreas[0]);
    (broken as unknown as { documentLabels: Record<string, string> }).documentLabels = {
      'goals.rubrik': 'Mål',
    };
    const error = await refusal(importMunicipalitySettings(deps, 'trasig.json', broken));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Filen trasig.json kunde inte läsas in; inget har sparats.');
    expect(error.details?.map((detail) => detail.path)).toEqual([
      'followUpPoints[1].month',
      'documentLabels.goals.rubrik',
      'riskAreas[5].key',
    ]);
    expect(error.details?.[1]?.message).toMatch(
      /^Okänd etikett ”goals.rubrik”. Kända etiketter: goalKind.kfOrganisation, /,
    );
    expect(await tenantDigest(deps, tenant.municipalityId)).toEqual(before);
  });

  it('removes settings nothing refers to, and refuses to remove those in use, naming the list', async () => {
    const inUse = copy(exported);
    const [scale] = inUse.assessmentScales;
    if (scale) scale.levels = scale.levels.filter((level) => level.key !== 'viss');
    inUse.followUpPoints = inUse.followUpPoints.filter((point) => point.key !== 'oktober');
    const before = await tenantDigest(deps, tenant.municipalityId);
    const error = await refusal(importMunicipalitySettings(deps, 'anvand.json', inUse));
    expect(error.details).toEqual([
      {
        path: 'assessmentScales[0].levels',
        message:
          'Nivån ”viss” används av målbedömningar i rapporter som inte är fastställda, t.ex. Socialnämnden Test 2022 (arsrapport); den kan inte tas bort',
      },
    ]);
    expect(await tenantDigest(deps, tenant.municipalityId)).toEqual(before);

    const unused = copy(exported);
    unused.followUpPoints = unused.followUpPoints.filter((point) => point.key !== 'oktober');
    unused.statementLines = unused.statementLines.filter((line) => line.key !== 'avskrivningar');
    const result = await importMunicipalitySettings(deps, 'mindre.json', unused);
    expect(result.changed).toEqual(['followUpPoints', 'statementLines']);
    const after = await exportMunicipalitySettings(deps, tenant.municipalityId);
    expect(after.followUpPoints.map((point) => point.key)).toEqual(['april', 'augusti', 'arsrapport']);
    expect(after.statementLines.map((line) => line.key)).not.toContain('avskrivningar');
  });

  it('keeps the municipality’s own wording of document words, and the default for the rest', async () => {
    const own = await exportMunicipalitySettings(deps, tenant.municipalityId);
    own.documentLabels = { 'tables.sum': 'Totalt', 'goals.contributesTo': 'Kopplat till' };
    const result = await importMunicipalitySettings(deps, 'ord.json', own);
    expect(result.changed).toEqual(['documentLabels']);
    const after = await exportMunicipalitySettings(deps, tenant.municipalityId);
    // Written in the catalogue's order, whatever order the file had.
    expect(after.documentLabels).toEqual({ 'goals.contributesTo': 'Kopplat till', 'tables.sum': 'Totalt' });
    expect(Object.keys(after.documentLabels)).toEqual(['goals.contributesTo', 'tables.sum']);
    expect((await importMunicipalitySettings(deps, 'ord.json', own)).changed).toEqual([]);
  });
});
