import { orgLimits } from '@styr/shared/domain/org';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  createTenant,
  type Session,
  signInAs,
  type Tenant,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import { tenantDigest } from '../../../../../test/tenant-digest.ts';
import { orgNodes } from '../../db/schema/index.ts';

/**
 * The organisation's limits (20 levels, 10 000 nodes) hold however a node is added, and the tree is read in time
 * linear in its size: before, each node's path was built anew, super-quadratic in a deep tree.
 */
let context: Awaited<ReturnType<typeof createSignedInTenant>>;

beforeAll(async () => {
  context = await createSignedInTenant();
});

/** Stores nodes directly, as data from before the limits or a large municipality would be. */
async function storeNodes(tenant: Tenant, nodes: { id: string; parentId: string; name: string }[]) {
  const now = new Date();
  for (let start = 0; start < nodes.length; start += 1_000) {
    await context.deps.db.insert(orgNodes).values(
      nodes.slice(start, start + 1_000).map((node) => ({
        ...node,
        municipalityId: tenant.municipalityId,
        kind: 'unit' as const,
        validFrom: '2021-01-01',
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
}

const chainUnder = (parentId: string, length: number) => {
  const ids = Array.from({ length }, () => crypto.randomUUID());
  return ids.map((id, index) => ({
    id,
    parentId: index ? (ids[index - 1] as string) : parentId,
    name: `Nivå ${index}`,
  }));
};

async function signedIn(tenant: Tenant) {
  return {
    admin: await signInAs(context.app, tenant.users.admin.email),
    controller: await signInAs(context.app, tenant.users.controller.email),
    reporter: await signInAs(context.app, tenant.users.reporter.email),
  };
}

const createUnder = (session: Session, tenant: Tenant, parentId: string, name: string) =>
  call(context.app, session, {
    method: 'POST',
    url: `/api/municipalities/${tenant.municipalityId}/org-nodes`,
    payload: { parentId, kind: 'unit', name, validFrom: '2022-01-01' },
  });

type Units = NonNullable<ReturnType<typeof tenantYearDocument>['units']>;
const tenantUnits = (tenant: Tenant): Units => tenantYearDocument(tenant).units ?? [];
const importUnits = (session: Session, tenant: Tenant, units: Units) =>
  call(context.app, session, {
    method: 'POST',
    url: `/api/municipalities/${tenant.municipalityId}/import`,
    payload: { ...tenantYearDocument(tenant), units },
  });

describe('the organisation within its limits', () => {
  it('refuses a node below level 20 when it is created, imported in a chain of 2 000, or moved there', async () => {
    const tenant = await createTenant(context.deps);
    const { admin, controller } = await signedIn(tenant);
    // The tenant's unit is on level 4; 16 more reach level 20.
    let parentId = tenant.nodes.unit;
    for (let level = 5; level <= orgLimits.depth; level++) {
      const created = await createUnder(admin, tenant, parentId, `Nivå ${level}`);
      expect(created.statusCode, created.body).toBe(201);
      parentId = created.json().id;
    }
    const before = await tenantDigest(context.deps, tenant.municipalityId);
    const refused = await createUnder(admin, tenant, parentId, 'Nivå 21');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'UNPROCESSABLE',
      message: 'Organisationen får ha högst 20 nivåer; en enhet under ”Nivå 20” skulle hamna på nivå 21.',
      details: [{ path: 'body.parentId' }],
    });

    const chain = Array.from({ length: 2_000 }, (_, index) => ({
      key: `kedja-${index}`,
      kind: 'unit' as const,
      name: `Kedja ${index}`,
      parent: index ? `kedja-${index - 1}` : 'mottagning',
      validFrom: '2021-01-01',
    }));
    const imported = await importUnits(controller, tenant, [...tenantUnits(tenant), ...chain]);
    expect(imported.statusCode, imported.body.slice(0, 300)).toBe(422);
    expect(imported.json().error.details).toEqual([
      {
        path: 'units[19].parent',
        message: 'Enheten ”Kedja 16” skulle ligga på nivå 21; organisationen får ha högst 20 nivåer',
      },
    ]);

    // Mottagningsenheten, with the 16 levels below it, moved one level down under a new department.
    const moved = tenantUnits(tenant).map((unit) =>
      unit.key === 'mottagning' ? { ...unit, parent: 'ny' } : unit,
    );
    moved.push({
      key: 'ny',
      kind: 'department',
      name: 'Ny avdelning',
      parent: 'dep',
      validFrom: '2021-01-01',
    });
    const movedDown = await importUnits(controller, tenant, moved);
    expect(movedDown.statusCode).toBe(422);
    expect(movedDown.json().error.details[0].message).toBe(
      'Under enheten ”Mottagningsenheten” skulle enheter ligga på nivå 21; organisationen får ha högst 20 nivåer',
    );
    expect(await tenantDigest(context.deps, tenant.municipalityId)).toEqual(before);
  });

  it('answers the tree of 6 000 units side by side, and of a chain 6 000 deep stored before the limit, in time linear in their size', async () => {
    const wide = await createTenant(context.deps);
    await storeNodes(
      wide,
      Array.from({ length: 6_000 }, (_, index) => ({
        id: crypto.randomUUID(),
        parentId: wide.nodes.unit,
        name: `Enhet ${index}`,
      })),
    );
    const deep = await createTenant(context.deps);
    await storeNodes(deep, chainUnder(deep.nodes.unit, 6_000));
    const readTree = async (tenant: Tenant, session: Session) => {
      const start = performance.now();
      const response = await call(context.app, session, {
        method: 'GET',
        url: `/api/municipalities/${tenant.municipalityId}/org-tree?year=2022`,
      });
      expect(response.statusCode).toBe(200);
      return { nodes: response.json().nodes.length, ms: performance.now() - start };
    };
    const wideSessions = await signedIn(wide);
    const deepSessions = await signedIn(deep);
    await readTree(wide, wideSessions.admin);
    const wideAdmin = await readTree(wide, wideSessions.admin);
    const wideReporter = await readTree(wide, wideSessions.reporter);
    expect(wideAdmin.nodes).toBe(6_005);
    expect(wideReporter.nodes).toBe(6_004);
    const deepAdmin = await readTree(deep, deepSessions.admin);
    const deepReporter = await readTree(deep, deepSessions.reporter);
    expect(deepAdmin.nodes).toBe(6_005);
    expect(deepReporter.nodes).toBe(6_004);
    // As many nodes in a chain as side by side: linear, the chain takes about as long as the wide tree.
    expect(deepAdmin.ms).toBeLessThan(10 * wideAdmin.ms + 1_000);
    expect(deepReporter.ms).toBeLessThan(10 * wideReporter.ms + 1_000);
  });

  it('refuses a node past 10 000 nodes, created or imported', async () => {
    const tenant = await createTenant(context.deps);
    const { admin, controller } = await signedIn(tenant);
    const stored = await context.deps.db
      .select({ id: orgNodes.id })
      .from(orgNodes)
      .where(eq(orgNodes.municipalityId, tenant.municipalityId));
    await storeNodes(
      tenant,
      Array.from({ length: orgLimits.nodes - stored.length }, (_, index) => ({
        id: crypto.randomUUID(),
        parentId: tenant.nodes.unit,
        name: `Enhet ${index}`,
      })),
    );
    const before = await tenantDigest(context.deps, tenant.municipalityId);
    const refused = await createUnder(admin, tenant, tenant.nodes.unit, 'En till');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toBe(
      'Kommunens organisation har redan 10\u00a0000 enheter, det högsta antal den får ha.',
    );
    const imported = await importUnits(controller, tenant, [
      ...tenantUnits(tenant),
      { key: 'ny', kind: 'unit', name: 'Ny enhet', parent: 'mottagning', validFrom: '2021-01-01' },
    ]);
    expect(imported.statusCode).toBe(422);
    expect(imported.json().error.details).toEqual([
      { path: 'units', message: 'Nya enheter i filen: 1; kommunen har redan 10\u00a0000' },
    ]);
    expect(await tenantDigest(context.deps, tenant.municipalityId)).toEqual(before);
  });
});
