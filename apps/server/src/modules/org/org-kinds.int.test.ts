import type { OrgKindSetting } from '@styr/shared/contracts/org';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createSignedInTenant, type Session, type Tenant } from '../../../../../test/harness.ts';
import { AppError } from '../../errors.ts';
import { exportMunicipalitySettings, importMunicipalitySettings } from '../municipalities/index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let tenant: Tenant;
let admin: Session;
let base: string;

/** A municipality that says sektor and verksamhetsområde, and keeps no units below its areas. */
const ownKinds: OrgKindSetting[] = [
  { kind: 'committee', label: 'Nämnd', children: ['administration'] },
  { kind: 'administration', label: 'Sektor', children: ['department'] },
  { kind: 'department', label: 'Verksamhetsområde', children: ['department', 'unit'] },
  { kind: 'unit', label: 'Enhet', children: [] },
];

async function importKinds(kinds: OrgKindSetting[]) {
  const file = await exportMunicipalitySettings(context.deps, tenant.municipalityId);
  return importMunicipalitySettings(context.deps, 'kommun.json', { ...file, orgKinds: kinds });
}

beforeAll(async () => {
  context = await createSignedInTenant();
  ({ tenant, admin } = context);
  base = context.base;
  await importKinds(ownKinds);
});

describe("the municipality's kinds of unit", () => {
  it('are read with the organisation and written to the municipality file in their fixed order', async () => {
    const tree = await call(context.app, admin, { method: 'GET', url: `${base}/org-tree` });
    expect(tree.json().kinds).toEqual(ownKinds);
    const file = await exportMunicipalitySettings(context.deps, tenant.municipalityId);
    expect(file.orgKinds).toEqual(ownKinds);
    const again = await importMunicipalitySettings(context.deps, 'kommun.json', {
      ...file,
      orgKinds: [...ownKinds].reverse(),
    });
    expect(again.changed).toEqual([]);
  });

  it("refuse a unit where the municipality's nesting has no place for it, in its own words", async () => {
    const response = await call(context.app, admin, {
      method: 'POST',
      url: `${base}/org-nodes`,
      payload: { parentId: tenant.nodes.unit, kind: 'unit', name: 'Under enheten', validFrom: '2022-01-01' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      message: 'Typen Enhet kan inte ligga under typen Enhet.',
      details: [{ path: 'body.kind', message: 'Inga typer får ligga här' }],
    });
    const underCommittee = await call(context.app, admin, {
      method: 'POST',
      url: `${base}/org-nodes`,
      payload: {
        parentId: tenant.nodes.committee,
        kind: 'department',
        name: 'Direkt',
        validFrom: '2022-01-01',
      },
    });
    expect(underCommittee.json().error.details[0].message).toBe('Tillåtna typer: Sektor');
  });

  it('place a unit the nesting allows', async () => {
    const response = await call(context.app, admin, {
      method: 'POST',
      url: `${base}/org-nodes`,
      payload: {
        parentId: tenant.nodes.department,
        kind: 'department',
        name: 'Område Väst',
        validFrom: '2022-01-01',
      },
    });
    expect(response.statusCode).toBe(201);
  });

  it('cannot forbid a nesting the organisation already uses, and the file changes nothing', async () => {
    const narrower = ownKinds.map((setting) =>
      setting.kind === 'department' ? { ...setting, children: [] } : setting,
    );
    const error = await importKinds(narrower).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toContainEqual({
      path: 'orgKinds[2].children',
      message:
        'Typen Enhet kan inte ligga under typen Verksamhetsområde. Organisationen har redan sådana enheter.',
    });
    const file = await exportMunicipalitySettings(context.deps, tenant.municipalityId);
    expect(file.orgKinds).toEqual(ownKinds);
  });

  it('refuse a file that leaves a kind out or names two kinds alike, with the path', async () => {
    const file = await exportMunicipalitySettings(context.deps, tenant.municipalityId);
    const missing = await importMunicipalitySettings(context.deps, 'kommun.json', {
      ...file,
      orgKinds: ownKinds.slice(1),
    }).then(
      () => null,
      (caught: unknown) => caught as AppError,
    );
    expect(missing?.details).toContainEqual({
      path: 'orgKinds',
      message: 'Typen committee saknas; alla fyra typer ska finnas',
    });
    const alike = ownKinds.map((setting) => ({ ...setting, label: 'Enhet' }));
    const same = await importKinds(alike).then(
      () => null,
      (caught: unknown) => caught as AppError,
    );
    expect(same?.details).toContainEqual({ path: 'orgKinds', message: 'Typerna måste ha olika namn' });
  });
});
