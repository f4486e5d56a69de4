import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
  type Tenant,
  tenantYearDocument,
  testPassword,
} from '../../../../../test/harness.ts';
import { createUser, grantRole } from '../users/index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let tenant: Tenant;
let admin: Session;
let base: string;
let otherController: Session;

/** The other committee's year, served by the first committee's administration and everything beneath it. */
function servedYear(): CommitteeYearInput {
  const document = tenantYearDocument(tenant);
  document.committee = {
    id: tenant.nodes.otherCommittee,
    name: 'Kulturnämnden Test',
    validFrom: '2021-01-01',
  };
  document.units = (document.units ?? []).map((unit) => ({ ...unit, servedFrom: 'Socialnämnden Test' }));
  return document;
}

const importFile = (session: Session, document: unknown) =>
  call(context.app, session, { method: 'POST', url: `${base}/import`, payload: document });
const yearOf = (committeeId: string) => `${base}/committees/${committeeId}/years/2022`;

beforeAll(async () => {
  context = await createSignedInTenant();
  ({ tenant, admin } = context);
  base = context.base;
  await importTenantYear(context.deps, tenant);
  const actor = { municipalityId: tenant.municipalityId, userId: null };
  const email = `kultur-${crypto.randomUUID().slice(0, 8)}@test.example`;
  const user = await createUser(context.deps, actor, {
    email,
    displayName: 'Kultur',
    password: testPassword,
  });
  await grantRole(context.deps, actor, user.id, { role: 'controller', nodeId: tenant.nodes.otherCommittee });
  otherController = await signInAs(context.app, email);
});

describe('an administration that serves two committees', () => {
  it("is linked by whoever manages the whole municipality; until then the other committee's file is refused", async () => {
    const refused = await importFile(otherController, servedYear());
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toContainEqual({
      path: 'units[0].servedFrom',
      message:
        'Enheten betjänar inte nämnden; bara den som administrerar hela kommunen kan låta en enhet betjäna fler nämnder',
    });
    const unknown = servedYear();
    unknown.units = (unknown.units ?? []).map((unit) => ({ ...unit, servedFrom: 'Nämnden som inte finns' }));
    const nowhere = await importFile(otherController, unknown);
    expect(nowhere.json().error.details).toContainEqual({
      path: 'units[0].servedFrom',
      message: 'Nämnden ”Nämnden som inte finns” finns inte i kommunen',
    });

    const url = `${base}/org-nodes/${tenant.nodes.administration}`;
    const node = (await call(context.app, admin, { method: 'GET', url })).json();
    const link = await call(context.app, admin, {
      method: 'PATCH',
      url,
      payload: { version: node.version, servedCommittees: [tenant.nodes.otherCommittee] },
    });
    expect(link.statusCode, link.body).toBe(200);
    const tree = await call(context.app, admin, { method: 'GET', url: `${base}/org-tree` });
    expect(tree.json().served).toEqual([
      { nodeId: tenant.nodes.administration, committeeId: tenant.nodes.otherCommittee },
    ]);
    const linked = await importFile(otherController, servedYear());
    expect(linked.statusCode, linked.body).toBe(200);
  });

  it("appears in both committees' years, written only by its own committee's file", async () => {
    const other = await call(context.app, admin, {
      method: 'GET',
      url: `${yearOf(tenant.nodes.otherCommittee)}/export`,
    });
    const units = other.json().units as { id: string; parent: string | null; servedFrom?: string }[];
    expect(units.map((unit) => [unit.id, unit.servedFrom])).toEqual([
      [tenant.nodes.administration, 'Socialnämnden Test'],
      [tenant.nodes.department, 'Socialnämnden Test'],
      [tenant.nodes.unit, 'Socialnämnden Test'],
    ]);
    expect(units[0]?.parent).toBeNull();
    const own = await call(context.app, admin, {
      method: 'GET',
      url: `${yearOf(tenant.nodes.committee)}/export`,
    });
    expect(own.json().units.every((unit: object) => !('servedFrom' in unit))).toBe(true);

    // Now linked, the other committee's controller reads its year back in; the served units stay as they are.
    const renamed = other.json();
    renamed.units[0].name = 'Ett annat namn';
    const again = await importFile(otherController, renamed);
    expect(again.statusCode, again.body).toBe(200);
    const tree = await call(context.app, admin, { method: 'GET', url: `${base}/org-tree` });
    const administration = tree
      .json()
      .nodes.find((node: { id: string }) => node.id === tenant.nodes.administration);
    expect(administration.name).toBe('Socialförvaltningen Test');
  });

  it("gives the rights that follow: the other committee's controller acts on the served units there, not in the first committee", async () => {
    const goal = (
      await call(context.app, admin, { method: 'GET', url: `${yearOf(tenant.nodes.otherCommittee)}/export` })
    ).json().goals[0].id as string;
    const assign = (committeeId: string, goalId: string, session: Session) =>
      call(context.app, session, {
        method: 'PUT',
        url: `${yearOf(committeeId)}/follow-ups/augusti/parts/goal/${goalId}`,
        payload: { nodeId: tenant.nodes.department },
      });
    const served = await assign(tenant.nodes.otherCommittee, goal, otherController);
    expect(served.statusCode, served.body).toBe(200);
    const ownGoal = (
      await call(context.app, admin, { method: 'GET', url: `${yearOf(tenant.nodes.committee)}/export` })
    ).json().goals[0].id as string;
    expect((await assign(tenant.nodes.committee, ownGoal, otherController)).statusCode).toBe(403);
  });

  it("lets a served unit's rapportör read the other committee's year", async () => {
    const reporter = await signInAs(context.app, tenant.users.reporter.email);
    const response = await call(context.app, reporter, {
      method: 'GET',
      url: yearOf(tenant.nodes.otherCommittee),
    });
    expect(response.statusCode).toBe(200);
  });

  it('is unlinked through the organisation, by the municipality administrator only', async () => {
    const node = (
      await call(context.app, admin, {
        method: 'GET',
        url: `${base}/org-nodes/${tenant.nodes.administration}`,
      })
    ).json();
    const patch = { version: node.version, servedCommittees: [] };
    const url = `${base}/org-nodes/${tenant.nodes.administration}`;
    const controller = await signInAs(context.app, tenant.users.controller.email);
    expect((await call(context.app, controller, { method: 'PATCH', url, payload: patch })).statusCode).toBe(
      403,
    );
    const own = await call(context.app, admin, {
      method: 'PATCH',
      url,
      payload: { version: node.version, servedCommittees: [tenant.nodes.committee] },
    });
    expect(own.json().error.message).toBe('Enheten hör redan till den nämnden.');
    const removed = await call(context.app, admin, { method: 'PATCH', url, payload: patch });
    expect(removed.statusCode, removed.body).toBe(200);
    const tree = await call(context.app, admin, { method: 'GET', url: `${base}/org-tree` });
    expect(tree.json().served).toEqual([]);
    const history = await call(context.app, admin, { method: 'GET', url: `${url}/history` });
    expect(history.json().entries).toContainEqual(
      expect.objectContaining({
        before: expect.objectContaining({ servedCommittees: [tenant.nodes.otherCommittee] }),
        after: expect.objectContaining({ servedCommittees: [] }),
      }),
    );
  });
});
