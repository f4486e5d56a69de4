import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  type Session,
  signInAs,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import { importCommitteeYear } from '../interchange/index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

const settingsUrl = () => `${context.base}/settings`;
const readSettings = async (): Promise<{ version: string; file: MunicipalityFile }> =>
  (await call(context.app, context.admin, { method: 'GET', url: settingsUrl() })).json();
const writeSettings = async (change: (file: MunicipalityFile) => MunicipalityFile) => {
  const { version, file } = await readSettings();
  return call(context.app, context.admin, {
    method: 'PUT',
    url: settingsUrl(),
    payload: { version, file: change(file) },
  });
};
/** A committee's file brought in by its controller, who may not change settings that hold for every committee. */
const importYear = (document: CommitteeYearInput) =>
  call(context.app, controller, { method: 'POST', url: `${context.base}/import`, payload: document });

const measure = (key: string, unit: string, decimals: number, values: [number, number][]) => ({
  key,
  name: `Mått i ${unit}`,
  unit,
  decimals,
  direction: 'higher' as const,
  values: values.map(([year, value]) => ({ year, value })),
});

/** The tenant's year with measures in the municipality's own units. */
function ownUnitsYear(): CommitteeYearInput {
  const document = tenantYearDocument(context.tenant);
  document.indicators = [
    ...(document.indicators ?? []),
    measure('timmar', 'timmar', 1, [[2022, 29.64]]),
    measure('nojda', 'procent', 0, [[2022, 88]]),
    {
      ...measure('plan', 'uppfyllt', 0, []),
      targets: [{ year: 2022, target: { kind: 'yesNo', value: 'ja' } }],
    },
  ];
  return document;
}

const view = async () =>
  (await call(context.app, controller, { method: 'GET', url: yearUrl })).json() as {
    indicators: {
      id: string;
      key: string;
      unit: string;
      decimals: number;
      valueKind: string;
      status: string;
      version: number;
      values: { year: number; period: string; version: number }[];
    }[];
  };
const indicatorOf = async (key: string) => {
  const found = (await view()).indicators.find((indicator) => indicator.key === key);
  if (!found) throw new Error(`no measure ${key}`);
  return found;
};
const setValue = async (key: string, value: number | null) => {
  const indicator = await indicatorOf(key);
  const stored = indicator.values.find((entry) => entry.year === 2022 && entry.period === 'year');
  return call(context.app, controller, {
    method: 'PUT',
    url: `${yearUrl}/indicators/${indicator.id}/values`,
    payload: { year: 2022, period: 'year', value, note: null, version: stored?.version },
  });
};

beforeAll(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

describe("a municipality's own units for measures", () => {
  it('starts with the eight units, and refuses a measure in a unit it does not hold at the measure’s unit', async () => {
    const { file } = await readSettings();
    expect(file.indicatorUnits.map((entry) => entry.unit)).toEqual([
      'antal',
      '%',
      'kr',
      'tkr',
      'mnkr',
      'dagar',
      'index',
      'ja/nej',
    ]);
    const refused = await importYear(ownUnitsYear());
    expect(refused.statusCode).toBe(400);
    const details: { path: string; message: string }[] = refused.json().error.details;
    expect(details.map((detail) => detail.path)).toEqual([
      'indicators[2].unit',
      'indicators[3].unit',
      'indicators[4].unit',
    ]);
    expect(details[0]?.message).toBe(
      'Enheten ”timmar” finns inte bland kommunens enheter för mått (”antal”, ”%”, ”kr”, ”tkr”, ”mnkr”, ”dagar”, ”index”, ”ja/nej”)',
    );
    expect((await view()).indicators).toEqual([]);
  });

  it('takes the units the settings give, and judges values by their kind: free, 0–100, or ja/delvis/nej', async () => {
    const added = await writeSettings((file) => ({
      ...file,
      indicatorUnits: [
        ...file.indicatorUnits,
        { unit: 'timmar', decimals: 1, valueKind: 'number' },
        { unit: 'procent', decimals: 0, valueKind: 'share' },
        { unit: 'uppfyllt', decimals: 0, valueKind: 'yesPartlyNo' },
      ],
    }));
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().changed).toEqual(['indicatorUnits']);
    const imported = await importYear(ownUnitsYear());
    expect(imported.statusCode, imported.body).toBe(200);

    expect(await indicatorOf('timmar')).toMatchObject({ unit: 'timmar', decimals: 1, valueKind: 'number' });
    expect(await indicatorOf('nojda')).toMatchObject({ unit: 'procent', valueKind: 'share' });
    const share = await setValue('nojda', 120);
    expect(share.statusCode).toBe(400);
    expect(share.json().error.details).toEqual([
      { path: 'body.value', message: 'En andel ligger mellan 0 och 100; 120 är utanför' },
    ]);
    expect((await setValue('nojda', 100)).statusCode).toBe(200);

    expect(await indicatorOf('plan')).toMatchObject({ valueKind: 'yesPartlyNo', status: 'noValue' });
    const yesNo = await setValue('plan', 2);
    expect(yesNo.statusCode).toBe(400);
    expect(yesNo.json().error.details[0].message).toBe(
      'Ett ja/delvis/nej-mått har värdet 1 (ja), 0,5 (delvis) eller 0 (nej)',
    );
    expect((await setValue('plan', 0.5)).statusCode).toBe(200);
    expect((await indicatorOf('plan')).status).toBe('partly');
    expect((await setValue('plan', 1)).statusCode).toBe(200);
    expect((await indicatorOf('plan')).status).toBe('met');

    const file = ownUnitsYear();
    file.indicators = file.indicators?.map((entry) =>
      entry.key === 'nojda' ? { ...entry, values: [{ year: 2022, value: 120 }] } : entry,
    );
    const refused = await importYear(file);
    expect(refused.json().error.details).toEqual([
      { path: 'indicators[3].values[0].value', message: 'En andel ligger mellan 0 och 100; 120 är utanför' },
    ]);
  });

  it('refuses to remove a unit a measure uses, or to change a kind its values do not fit, at its path', async () => {
    const { file: before } = await readSettings();
    const removed = await writeSettings((file) => ({
      ...file,
      indicatorUnits: file.indicatorUnits.filter((entry) => entry.unit !== 'timmar'),
    }));
    expect(removed.statusCode).toBe(400);
    expect(removed.json().error.details).toEqual([
      {
        path: 'indicatorUnits',
        message:
          'Enheten ”timmar” saknas i listan men används av måttet ”Mått i timmar”; den kan inte tas bort',
      },
    ]);
    const index = before.indicatorUnits.findIndex((entry) => entry.unit === 'timmar');
    const rekinded = await writeSettings((file) => ({
      ...file,
      indicatorUnits: file.indicatorUnits.map((entry) =>
        entry.unit === 'timmar' ? { ...entry, valueKind: 'share' } : entry,
      ),
    }));
    expect(rekinded.statusCode).toBe(200);
    const yesNo = await writeSettings((file) => ({
      ...file,
      indicatorUnits: file.indicatorUnits.map((entry) =>
        entry.unit === 'timmar' ? { ...entry, valueKind: 'yesPartlyNo' } : entry,
      ),
    }));
    expect(yesNo.json().error.details).toEqual([
      {
        path: `indicatorUnits[${index}].valueKind`,
        message:
          'Enheten ”timmar” kan inte bli ja/delvis/nej: måttet ”Mått i timmar” har ett värde för 2022 (Ett ja/delvis/nej-mått har värdet 1 (ja), 0,5 (delvis) eller 0 (nej))',
      },
    ]);
    const unused = await writeSettings((file) => ({
      ...file,
      indicatorUnits: file.indicatorUnits.filter((entry) => entry.unit !== 'index'),
    }));
    expect(unused.statusCode, unused.body).toBe(200);
    expect((await readSettings()).file.indicatorUnits.map((entry) => entry.unit)).not.toContain('index');
  });

  it('lets only whoever manages the municipality change units through a committee’s file', async () => {
    const { file } = await readSettings();
    const document = ownUnitsYear();
    document.municipality.indicatorUnits = file.indicatorUnits.map((entry) =>
      entry.unit === 'procent' ? { ...entry, decimals: 2 } : entry,
    );
    const refused = await importYear(document);
    expect(refused.statusCode).toBe(400);
    const index = file.indicatorUnits.findIndex((entry) => entry.unit === 'procent');
    expect(refused.json().error.details).toEqual([
      {
        path: `municipality.indicatorUnits[${index}].decimals`,
        message:
          'Filen ändrar kommunens enheter för mått, som gäller alla nämnder; bara den som administrerar hela kommunen kan ändra den',
      },
    ]);
    document.municipality.indicatorUnits.push({ unit: 'poäng', decimals: 1, valueKind: 'number' });
    // The command line writes as the system, which manages the whole municipality.
    await importCommitteeYear(context.deps, document, {
      source: 'filen',
      actor: null,
      municipalityId: context.tenant.municipalityId,
    });
    const units = (await readSettings()).file.indicatorUnits;
    expect(units.find((entry) => entry.unit === 'procent')?.decimals).toBe(2);
    expect(units.at(-1)).toEqual({ unit: 'poäng', decimals: 1, valueKind: 'number' });
  });

  it('offers its units to everyone in the municipality, and lets a measure change to one its values fit', async () => {
    const units = await call(context.app, controller, {
      method: 'GET',
      url: `${context.base}/indicator-units`,
    });
    expect(units.statusCode).toBe(200);
    expect(units.json()).toContainEqual({ unit: 'uppfyllt', decimals: 0, valueKind: 'yesPartlyNo' });

    const edit = async (key: string, patch: Record<string, unknown>, version?: number) => {
      const indicator = await indicatorOf(key);
      return call(context.app, controller, {
        method: 'PATCH',
        url: `${yearUrl}/indicators/${indicator.id}`,
        payload: {
          version: version ?? (await view()).indicators.find((e) => e.key === key)?.version,
          ...patch,
        },
      });
    };
    const unknown = await edit('timmar', { unit: 'minuter' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ path: 'body.unit' });
    expect(unknown.json().error.details[0].message).toMatch(
      /^Enheten ”minuter” finns inte bland kommunens enheter/,
    );
    const unfit = await edit('nojda', { unit: 'uppfyllt' });
    expect(unfit.json().error.details).toEqual([
      {
        path: 'body.unit',
        message:
          'Måttet har ett värde för 2022 som inte passar enheten: Ett ja/delvis/nej-mått har värdet 1 (ja), 0,5 (delvis) eller 0 (nej)',
      },
    ]);
    const changed = await edit('timmar', { unit: 'kr', decimals: 0, name: 'Kostnad per brukare' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      unit: 'kr',
      valueKind: 'number',
      decimals: 0,
      name: 'Kostnad per brukare',
    });
    expect(await indicatorOf('timmar')).toMatchObject({ unit: 'kr', decimals: 0 });
    expect((await edit('timmar', { decimals: 2 }, 1)).statusCode).toBe(409);
  });
});
