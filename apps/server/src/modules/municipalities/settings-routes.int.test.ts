import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createSignedInTenant, type Session, signInAs } from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let admin: Session;
let url: string;

const read = async (): Promise<{ version: string; file: MunicipalityFile }> =>
  (await call(context.app, admin, { method: 'GET', url })).json();
const write = (payload: unknown, dryRun = false, session = admin) =>
  call(context.app, session, { method: 'PUT', url: `${url}?dryRun=${dryRun}`, payload });

beforeAll(async () => {
  context = await createSignedInTenant();
  admin = context.admin;
  url = `${context.base}/settings`;
});

describe("the municipality's settings over HTTP", () => {
  it('shows what a file would change on a dry run and writes nothing until asked', async () => {
    const { version, file } = await read();
    const renamed = {
      ...file,
      orgKinds: file.orgKinds.map((kind) =>
        kind.kind === 'administration' ? { ...kind, label: 'Sektor' } : kind,
      ),
    };
    const trial = await write({ version, file: renamed }, true);
    expect(trial.statusCode, trial.body).toBe(200);
    expect(trial.json().changed).toEqual(['orgKinds']);
    expect((await read()).version).toBe(version);

    const saved = await write({ version, file: renamed });
    expect(saved.json().changed).toEqual(['orgKinds']);
    const after = await read();
    expect(after.file.orgKinds[1]?.label).toBe('Sektor');
    const audit = await call(context.app, admin, {
      method: 'GET',
      url: `${context.base}/audit?objectType=municipality_settings`,
    });
    expect(audit.json().entries[0]).toMatchObject({ actor: { id: context.tenant.users.admin.id } });
  });

  it('refuses a file based on settings that changed since they were read, naming who may change them', async () => {
    const { version, file } = await read();
    const first = await write({ version, file: { ...file, riskAreas: file.riskAreas.slice(0, -1) } });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await write({ version, file });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/Någon annan har ändrat kommunens inställningar/);
  });

  it("refuses another municipality's file and a broken one with their paths, changing nothing", async () => {
    const { version, file } = await read();
    const other = await write({
      version,
      file: { ...file, municipality: { ...file.municipality, name: 'Grannkommunen' } },
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.details).toEqual([
      { path: 'municipality.name', message: 'Filen gäller en annan kommun; namnet ska vara kommunens eget' },
    ]);
    const broken = await write({
      version,
      file: { ...file, followUpPoints: [{ key: 'april', name: 'April', month: 13 }] },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details[0].path).toBe('followUpPoints[0].month');
    expect((await read()).version).toBe(version);
  });

  it('is for the municipality administrator only', async () => {
    const controller = await signInAs(context.app, context.tenant.users.controller.email);
    const { version, file } = await read();
    expect((await call(context.app, controller, { method: 'GET', url })).statusCode).toBe(403);
    expect((await write({ version, file }, false, controller)).statusCode).toBe(403);
  });
});
