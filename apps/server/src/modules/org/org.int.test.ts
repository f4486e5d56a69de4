import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  type Session,
  signInAs,
  type Tenant,
} from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let tenant: Tenant;
let admin: Session;
let base: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  ({ tenant, admin } = context);
  base = context.base;
});

const createUnit = async (name: string, extra: Record<string, unknown> = {}) =>
  call(context.app, admin, {
    method: 'POST',
    url: `${base}/org-nodes`,
    payload: { parentId: tenant.nodes.department, kind: 'unit', name, validFrom: '2022-01-01', ...extra },
  });

describe('organisation nodes', () => {
  it('creates a node under its parent and records who did it', async () => {
    const response = await createUnit('Familjehemsenheten', { shortName: 'FHE' });
    expect(response.statusCode).toBe(201);
    const node = response.json();
    expect(node).toMatchObject({
      parentId: tenant.nodes.department,
      kind: 'unit',
      shortName: 'FHE',
      version: 1,
    });
    const history = await call(context.app, admin, {
      method: 'GET',
      url: `${base}/org-nodes/${node.id}/history`,
    });
    expect(history.json().entries).toMatchObject([
      { action: 'create', actor: { id: tenant.users.admin.id }, after: { name: 'Familjehemsenheten' } },
    ]);
  });

  it('refuses a kind that cannot stand under the parent, with a Swedish message, and saves nothing', async () => {
    const response = await call(context.app, admin, {
      method: 'POST',
      url: `${base}/org-nodes`,
      payload: { parentId: tenant.nodes.unit, kind: 'committee', name: 'Fel nivå', validFrom: '2022-01-01' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/Typen Nämnd kan inte ligga under typen Enhet/);
    const tree = await call(context.app, admin, { method: 'GET', url: `${base}/org-tree` });
    expect(tree.json().nodes.some((node: { name: string }) => node.name === 'Fel nivå')).toBe(false);
  });

  it('names the field of invalid input', async () => {
    const response = await createUnit('', { validFrom: '2022-13-01' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.validFrom']));
  });

  it('refuses an end date before the start date', async () => {
    const created = (await createUnit('Kortlivad')).json();
    const response = await call(context.app, admin, {
      method: 'PATCH',
      url: `${base}/org-nodes/${created.id}`,
      payload: { version: created.version, validTo: '2021-12-31' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.validTo');
  });

  it('lets one of two edits based on the same version win, answers the other 409 with the stored state, and logs one change', async () => {
    const created = (await createUnit('Enhet för samtidiga ändringar')).json();
    const url = `${base}/org-nodes/${created.id}`;
    const other = await signInAs(context.app, tenant.users.admin.email);
    const [first, second] = await Promise.all([
      call(context.app, admin, { method: 'PATCH', url, payload: { version: 1, name: 'Namn A' } }),
      call(context.app, other, { method: 'PATCH', url, payload: { version: 1, name: 'Namn B' } }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = first.statusCode === 200 ? first : second;
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json().error.code).toBe('VERSION_CONFLICT');
    expect(loser.json().current).toMatchObject({ name: winner.json().name, version: 2 });
    const stored = await call(context.app, admin, { method: 'GET', url });
    expect(stored.json()).toMatchObject({ name: winner.json().name, version: 2 });
    const history = await call(context.app, admin, { method: 'GET', url: `${url}/history` });
    const updates = history.json().entries.filter((entry: { action: string }) => entry.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      before: { name: 'Enhet för samtidiga ändringar' },
      after: { name: winner.json().name },
    });
  });

  it('keeps a reorganised node out of the years after it ended', async () => {
    const created = (await createUnit('Nedlagd enhet')).json();
    await call(context.app, admin, {
      method: 'PATCH',
      url: `${base}/org-nodes/${created.id}`,
      payload: { version: created.version, validTo: '2023-06-30' },
    });
    const names = async (year: number) =>
      (await call(context.app, admin, { method: 'GET', url: `${base}/org-tree?year=${year}` }))
        .json()
        .nodes.map((node: { name: string }) => node.name);
    expect(await names(2023)).toContain('Nedlagd enhet');
    expect(await names(2024)).not.toContain('Nedlagd enhet');
    expect(await names(2021)).not.toContain('Nedlagd enhet');
  });
});

describe('organisation tree', () => {
  it('shows a reporter their unit with its ancestors, and nothing of the other committee', async () => {
    const reporter = await signInAs(context.app, tenant.users.reporter.email);
    const tree = (await call(context.app, reporter, { method: 'GET', url: `${base}/org-tree` })).json();
    const ids = tree.nodes.map((node: { id: string }) => node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        tenant.nodes.committee,
        tenant.nodes.administration,
        tenant.nodes.department,
        tenant.nodes.unit,
      ]),
    );
    expect(ids).not.toContain(tenant.nodes.otherCommittee);
  });

  it('shows nothing to a person without grants', async () => {
    const nobody = await signInAs(context.app, tenant.users.none.email);
    const tree = (await call(context.app, nobody, { method: 'GET', url: `${base}/org-tree` })).json();
    expect(tree.nodes).toEqual([]);
    expect(tree.municipality.id).toBe(tenant.municipalityId);
  });
});

describe('municipality', () => {
  it('updates the Kolada id with a version check', async () => {
    const current = (await call(context.app, admin, { method: 'GET', url: base })).json();
    const updated = await call(context.app, admin, {
      method: 'PATCH',
      url: base,
      payload: { version: current.version, koladaId: '2180' },
    });
    expect(updated.json()).toMatchObject({ koladaId: '2180', version: current.version + 1 });
    const stale = await call(context.app, admin, {
      method: 'PATCH',
      url: base,
      payload: { version: current.version, koladaId: '1480' },
    });
    expect(stale.statusCode).toBe(409);
    const invalid = await call(context.app, admin, {
      method: 'PATCH',
      url: base,
      payload: { version: current.version + 1, koladaId: '14' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details[0].message).toMatch(/fyra siffror/);
  });
});
