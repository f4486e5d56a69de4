import type { Role } from '@styr/shared/contracts/auth';
import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import { inject } from 'vitest';
import { type App, buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { type Database, openDatabase } from '../apps/server/src/db/connect.ts';
import type { Clock, Deps } from '../apps/server/src/deps.ts';
import { importCommitteeYear } from '../apps/server/src/modules/interchange/import.service.ts';
import { createMunicipality } from '../apps/server/src/modules/municipalities/municipality.service.ts';
import { createOrgNode } from '../apps/server/src/modules/org/org.service.ts';
import { createUser, grantRole } from '../apps/server/src/modules/users/users.service.ts';
import { committeeYearFixture } from './fixtures/committee-year.ts';
import { createEmptyDatabase } from './server-process.ts';

let shared: Promise<Database> | undefined;

/** One database per test worker: PostgreSQL when the run provides one, otherwise PGlite in memory. */
export function testDatabase(): Promise<Database> {
  shared ??= (async () => {
    const url = inject('databaseUrl');
    const database = await openDatabase(
      url ? { databaseUrl: url, dataDir: '', poolSize: 5 } : { dataDir: 'memory://' },
    );
    if (!url) await database.migrate();
    return database;
  })();
  return shared;
}

/** A second, empty database of the run's engine, for tests that need one (e.g. import into an empty database). */
export async function freshDatabase(): Promise<Database> {
  const url = inject('databaseUrl');
  const database = url
    ? await openDatabase({ databaseUrl: await createEmptyDatabase(url), dataDir: '', poolSize: 2 })
    : await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  return database;
}

export function depsFor(database: Database, clock: Clock = new TestClock()): Deps {
  return {
    db: database.db,
    engine: database.engine,
    clock,
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
  };
}

export class TestClock implements Clock {
  current = new Date();
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export async function createTestApp(
  options: { clock?: Clock; env?: NodeJS.ProcessEnv } = {},
): Promise<{ app: App; deps: Deps }> {
  const database = await testDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const deps: Deps = {
    db: database.db,
    engine: database.engine,
    clock: options.clock ?? new TestClock(),
    config,
  };
  const app = await buildApp(deps);
  await app.ready();
  return { app, deps };
}

export const testPassword = 'ett-langt-testlosenord';
export const fixtureRoles = [
  'admin',
  'controller',
  'reporter',
  'reader',
  'member',
  'auditor',
  'none',
] as const;
export type FixtureRole = (typeof fixtureRoles)[number];

export interface Tenant {
  municipalityId: string;
  nodes: {
    committee: string;
    administration: string;
    department: string;
    unit: string;
    otherCommittee: string;
  };
  users: Record<FixtureRole, { id: string; email: string }>;
}

/**
 * A fresh municipality with two committees and one person per role: the admin
 * and the auditor for the whole municipality, the others on the first committee,
 * the reporter on its unit. Tests isolate from each other by each using their own tenant.
 */
export async function createTenant(deps: Deps, label = 'Testkommun'): Promise<Tenant> {
  const suffix = crypto.randomUUID().slice(0, 8);
  const municipality = await createMunicipality(deps, null, {
    name: `${label} ${suffix}`,
    validFrom: '2000-01-01',
  });
  const actor = { municipalityId: municipality.id, userId: null };
  const node = (
    parentId: string | null,
    kind: 'committee' | 'administration' | 'department' | 'unit',
    name: string,
  ) =>
    createOrgNode(deps, actor, { parentId, kind, name, validFrom: '2021-01-01' }).then(
      (created) => created.id,
    );
  const committee = await node(null, 'committee', 'Socialnämnden Test');
  const administration = await node(committee, 'administration', 'Socialförvaltningen Test');
  const department = await node(administration, 'department', 'Barn och unga');
  const unit = await node(department, 'unit', 'Mottagningsenheten');
  const otherCommittee = await node(null, 'committee', 'Kulturnämnden Test');
  const grantOn: Record<FixtureRole, { role: Role; nodeId: string | null } | null> = {
    admin: { role: 'admin', nodeId: null },
    controller: { role: 'controller', nodeId: committee },
    reporter: { role: 'reporter', nodeId: unit },
    reader: { role: 'reader', nodeId: committee },
    member: { role: 'member', nodeId: committee },
    auditor: { role: 'auditor', nodeId: null },
    none: null,
  };
  const users = {} as Tenant['users'];
  for (const role of fixtureRoles) {
    const email = `${role}-${suffix}@test.example`;
    const user = await createUser(deps, actor, {
      email,
      displayName: `Test ${role}`,
      password: testPassword,
    });
    const grant = grantOn[role];
    if (grant) await grantRole(deps, actor, user.id, grant);
    users[role] = { id: user.id, email };
  }
  return {
    municipalityId: municipality.id,
    nodes: { committee, administration, department, unit, otherCommittee },
    users,
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

function cookieHeader(response: { cookies: { name: string; value: string }[] }, name: string) {
  const cookie = response.cookies.find((entry) => entry.name === name);
  return cookie ? `${name}=${cookie.value}` : '';
}

export async function anonymousCsrf(app: App): Promise<Session> {
  const response = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
  return { cookie: cookieHeader(response, 'styr_csrf'), csrfToken: response.json().csrfToken };
}

export async function signInAs(app: App, email: string, password = testPassword): Promise<Session> {
  const anonymous = await anonymousCsrf(app);
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: { cookie: anonymous.cookie, 'x-csrf-token': anonymous.csrfToken },
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return { cookie: cookieHeader(response, 'styr_session'), csrfToken: response.json().csrfToken };
}

export function call(
  app: App,
  session: Session | null,
  request: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: unknown },
) {
  return app.inject({
    method: request.method,
    url: request.url,
    headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {},
    ...(request.payload !== undefined && { payload: request.payload as Record<string, unknown> }),
  });
}

/** The usual start of an integration test file: an app, a fresh municipality, and its administrator signed in. */
export async function createSignedInTenant() {
  const context = await createTestApp();
  const tenant = await createTenant(context.deps);
  const admin = await signInAs(context.app, tenant.users.admin.email);
  return { ...context, tenant, admin, base: `/api/municipalities/${tenant.municipalityId}` };
}

/**
 * Imports a committee year into the tenant's first committee, placed on the
 * tenant's own units so that the reporter owns the activity. Nothing is adopted.
 */
export async function importTenantYear(deps: Deps, tenant: Tenant, year = 2022) {
  return importCommitteeYear(deps, tenantYearDocument(tenant, year), {
    source: 'test',
    actor: null,
    municipalityId: tenant.municipalityId,
  });
}

/** The fixture's committee year placed on the tenant's first committee and its units, with no documents. */
export function tenantYearDocument(tenant: Tenant, year = 2022): CommitteeYearInput {
  const document = committeeYearFixture({ id: tenant.municipalityId, name: 'Testkommun' });
  document.year = year;
  document.committee = { id: tenant.nodes.committee, name: 'Socialnämnden Test', validFrom: '2021-01-01' };
  document.units = [
    {
      id: tenant.nodes.administration,
      key: 'adm',
      kind: 'administration',
      name: 'Socialförvaltningen Test',
      validFrom: '2021-01-01',
    },
    {
      id: tenant.nodes.department,
      key: 'dep',
      kind: 'department',
      name: 'Barn och unga',
      parent: 'adm',
      validFrom: '2021-01-01',
    },
    {
      id: tenant.nodes.unit,
      key: 'mottagning',
      kind: 'unit',
      name: 'Mottagningsenheten',
      parent: 'dep',
      validFrom: '2021-01-01',
    },
  ];
  document.documents = [];
  return document;
}
