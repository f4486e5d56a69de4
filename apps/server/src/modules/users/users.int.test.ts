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
  base = `${context.base}/users`;
});

const newUser = (email: string) =>
  call(context.app, admin, {
    method: 'POST',
    url: base,
    payload: { email, displayName: 'Karin Controller', password: 'ett-tillrackligt-langt-losenord' },
  });

describe('users', () => {
  it('creates a person who can sign in, lower-casing the e-mail, and never shows the password', async () => {
    const email = `Karin.${crypto.randomUUID().slice(0, 6)}@Test.Example`;
    const response = await newUser(email);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      email: email.toLowerCase(),
      active: true,
      grants: [],
      version: 1,
    });
    expect(response.body).not.toMatch(/password|argon/i);
    await signInAs(context.app, email.toLowerCase(), 'ett-tillrackligt-langt-losenord');
  });

  it('refuses an e-mail that is taken, even in another municipality', async () => {
    const response = await newUser(tenant.users.reader.email);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details[0].path).toBe('body.email');
  });

  it('refuses a short password with a Swedish message', async () => {
    const response = await call(context.app, admin, {
      method: 'POST',
      url: base,
      payload: { email: 'kort@test.example', displayName: 'Kort', password: 'kort' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'body.password', message: 'Lösenordet måste ha minst 12 tecken' },
    ]);
  });

  it('grants a role on a node, which then gives access below it, and revokes it again', async () => {
    const created = (await newUser(`rut.${crypto.randomUUID().slice(0, 6)}@test.example`)).json();
    const grant = await call(context.app, admin, {
      method: 'POST',
      url: `${base}/${created.id}/grants`,
      payload: { role: 'reader', nodeId: tenant.nodes.department },
    });
    expect(grant.statusCode).toBe(201);
    const duplicate = await call(context.app, admin, {
      method: 'POST',
      url: `${base}/${created.id}/grants`,
      payload: { role: 'reader', nodeId: tenant.nodes.department },
    });
    expect(duplicate.statusCode).toBe(409);
    const session = await signInAs(context.app, created.email, 'ett-tillrackligt-langt-losenord');
    const unitUrl = `/api/municipalities/${tenant.municipalityId}/org-nodes/${tenant.nodes.unit}`;
    expect((await call(context.app, session, { method: 'GET', url: unitUrl })).statusCode).toBe(200);
    const revoke = await call(context.app, admin, {
      method: 'DELETE',
      url: `${base}/${created.id}/grants/${grant.json().id}`,
    });
    expect(revoke.statusCode).toBe(204);
    expect((await call(context.app, session, { method: 'GET', url: unitUrl })).statusCode).toBe(403);
    const history = (
      await call(context.app, admin, { method: 'GET', url: `${base}/${created.id}/history` })
    ).json();
    expect(
      history.entries.map(
        (entry: { action: string; entityType: string }) => `${entry.action} ${entry.entityType}`,
      ),
    ).toEqual(['delete role_grant', 'create role_grant', 'create user']);
  });

  it('gives the administrator role only for the whole municipality', async () => {
    const response = await call(context.app, admin, {
      method: 'POST',
      url: `${base}/${tenant.users.none.id}/grants`,
      payload: { role: 'admin', nodeId: tenant.nodes.committee },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.nodeId');
  });

  it('ends the sessions of a deactivated person and records the change without the password', async () => {
    const created = (await newUser(`ove.${crypto.randomUUID().slice(0, 6)}@test.example`)).json();
    const session = await signInAs(context.app, created.email, 'ett-tillrackligt-langt-losenord');
    const updated = await call(context.app, admin, {
      method: 'PATCH',
      url: `${base}/${created.id}`,
      payload: { version: 1, active: false, password: 'ett-nytt-langt-losenord' },
    });
    expect(updated.json()).toMatchObject({ active: false, version: 2 });
    expect((await call(context.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const history = (
      await call(context.app, admin, { method: 'GET', url: `${base}/${created.id}/history` })
    ).json();
    expect(history.entries[0]).toMatchObject({
      before: { active: true },
      after: { active: false, password: 'ändrat' },
    });
    expect(JSON.stringify(history)).not.toMatch(/argon/);
  });

  it('does not let an administrator deactivate their own account', async () => {
    const me = (await call(context.app, admin, { method: 'GET', url: base }))
      .json()
      .find((user: { id: string }) => user.id === tenant.users.admin.id);
    const response = await call(context.app, admin, {
      method: 'PATCH',
      url: `${base}/${tenant.users.admin.id}`,
      payload: { version: me.version, active: false },
    });
    expect(response.statusCode).toBe(400);
  });
});
