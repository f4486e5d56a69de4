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

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

const definition = {
  key: 'n00945',
  name: 'Hållbart medarbetarengagemang (HME), totalt',
  unit: 'index',
  decimals: 0,
  direction: 'higher' as const,
  source: 'kolada' as const,
  sourceReference: 'N00945',
  definition: 'Totalindex för motivation, ledarskap och styrning.',
};

const readSettings = async (): Promise<{ version: string; file: MunicipalityFile }> =>
  (await call(context.app, context.admin, { method: 'GET', url: `${context.base}/settings` })).json();
const writeSettings = async (change: (file: MunicipalityFile) => MunicipalityFile) => {
  const { version, file } = await readSettings();
  return call(context.app, context.admin, {
    method: 'PUT',
    url: `${context.base}/settings`,
    payload: { version, file: change(file) },
  });
};

/** The tenant's year with a measure that follows the municipality's key figure `key`. */
function yearFollowing(key: string): CommitteeYearInput {
  const document = tenantYearDocument(context.tenant);
  document.indicators = [
    ...(document.indicators ?? []),
    {
      key: 'hme',
      name: 'HME',
      unit: 'index',
      decimals: 0,
      direction: 'higher',
      definitionKey: key,
      values: [{ year: 2022, value: 78 }],
    },
  ];
  return document;
}
const importYear = (document: CommitteeYearInput) =>
  call(context.app, controller, { method: 'POST', url: `${context.base}/import`, payload: document });

beforeAll(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

describe("a municipality's key figure definitions", () => {
  it('holds them in the settings file, each in one of its units, and offers them to everyone in it', async () => {
    const foreign = await writeSettings((file) => ({
      ...file,
      keyFigureDefinitions: [{ ...definition, unit: 'poäng' }],
    }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].path).toBe('keyFigureDefinitions[0].unit');
    const saved = await writeSettings((file) => ({ ...file, keyFigureDefinitions: [definition] }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().changed).toEqual(['keyFigureDefinitions']);
    const offered = await call(context.app, controller, {
      method: 'GET',
      url: `${context.base}/key-figure-definitions`,
    });
    expect(offered.json()).toEqual([definition]);
  });

  it('lets a measure follow one, refuses one it does not have, and carries the followed one in the export', async () => {
    const unknown = await importYear(yearFollowing('u99999'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([
      { path: 'indicators[2].definitionKey', message: 'Nyckeltalet "u99999" finns inte i filen' },
    ]);
    const imported = await importYear(yearFollowing('n00945'));
    expect(imported.statusCode, imported.body).toBe(200);
    const view = (await call(context.app, controller, { method: 'GET', url: yearUrl })).json();
    const hme = view.indicators.find((entry: { key: string }) => entry.key === 'hme');
    expect(hme.definitionKey).toBe('n00945');
    const exported = (
      await call(context.app, controller, { method: 'GET', url: `${yearUrl}/export` })
    ).json();
    expect(exported.municipality.keyFigureDefinitions).toEqual([definition]);
    expect(exported.indicators.find((entry: { key: string }) => entry.key === 'hme').definitionKey).toBe(
      'n00945',
    );

    const patch = (definitionKey: string | null) =>
      call(context.app, controller, {
        method: 'PATCH',
        url: `${yearUrl}/indicators/${hme.id}`,
        payload: { version: hme.version, definitionKey },
      });
    const missing = await patch('u99999');
    expect(missing.json().error.details).toEqual([
      { path: 'body.definitionKey', message: 'Nyckeltalet ”u99999” finns inte bland kommunens nyckeltal' },
    ]);
  });

  it('refuses to remove a definition a measure follows, naming it and the measure', async () => {
    const removed = await writeSettings((file) => ({ ...file, keyFigureDefinitions: [] }));
    expect(removed.statusCode).toBe(400);
    expect(removed.json().error.details).toEqual([
      {
        path: 'keyFigureDefinitions',
        message: 'Nyckeltalet ”n00945” saknas i listan men används av måttet ”HME”; det kan inte tas bort',
      },
    ]);
    expect((await readSettings()).file.keyFigureDefinitions).toEqual([definition]);
  });
});
