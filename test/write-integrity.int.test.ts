import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from './authorization-case.ts';
import { authorizationCases } from './authorization-cases.ts';
import {
  anonymousCsrf,
  call,
  createSignedInTenant,
  type FixtureRole,
  importTenantYear,
  type Session,
  signInAs,
  type Tenant,
} from './harness.ts';
import { tenantDigest } from './tenant-digest.ts';
import { planMeasuresWriteRules } from './write-integrity-plan-measures-rules.ts';
import { writeRules as generalRules, type WriteRule } from './write-integrity-rules.ts';

/**
 * Every write route against the rules in write-integrity-rules.ts: refused without the CSRF token, refused on
 * a year whose document is adopted, refused with a stale version, and leaving an audit row that names the
 * person and the object. A refused write changes nothing. The requests are the authorization matrix's.
 */
type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let tenant: Tenant;
const sessions = new Map<string, Session>();
const writeRules: Record<string, WriteRule> = { ...generalRules, ...planMeasuresWriteRules };
const cases = authorizationCases(() => context);

beforeAll(async () => {
  context = await createSignedInTenant();
  tenant = context.tenant;
  await importTenantYear(context.deps, tenant);
});

const writeKeys = () =>
  context.app.apiRoutes
    .map((route) => `${route.method} ${route.url}`)
    .filter((key) => !key.startsWith('GET '));

/** The role that sends a route's request: the controller where it may, else the first role allowed. */
function senderOf(testCase: Case): FixtureRole | 'anonymous' | 'signedIn' {
  if (testCase.allowed === 'public') return 'anonymous';
  if (testCase.allowed === 'signedIn') return 'signedIn';
  if (testCase.allowed.includes('controller')) return 'controller';
  const [first] = testCase.allowed;
  if (!first) throw new Error('a write route no role may use');
  return first;
}

async function sessionAs(sender: ReturnType<typeof senderOf>): Promise<Session> {
  if (sender === 'anonymous') return anonymousCsrf(context.app);
  // Signing out ends the session, so that route gets one of its own each time.
  if (sender === 'signedIn') return signInAs(context.app, tenant.users.reader.email);
  const existing = sessions.get(sender);
  if (
    existing &&
    (await call(context.app, existing, { method: 'GET', url: '/api/auth/me' })).statusCode === 200
  )
    return existing;
  const session = await signInAs(context.app, tenant.users[sender].email);
  sessions.set(sender, session);
  return session;
}

async function prepare(key: string) {
  const [method] = key.split(' ') as [Method];
  const testCase = cases[key];
  const rule = writeRules[key];
  if (!testCase || !rule) throw new Error(`no case or rule for ${key}`);
  const sender = senderOf(testCase);
  const built = await testCase.build(tenant, context.admin);
  const payload = rule.writing ? rule.writing(built.payload) : built.payload;
  const session = await sessionAs(sender);
  return { method, url: built.url, payload, session, rule, sender };
}

const digest = () => tenantDigest(context.deps, tenant.municipalityId);
const errorCode = (response: { json: () => unknown }) =>
  (response.json() as { error?: { code?: string } }).error?.code;

/** Adopts one document of the tenant's 2022 directly in the database; the returned function undoes it. */
async function adoptDirectly(document: string): Promise<() => Promise<void>> {
  const { db } = context.deps;
  const key = sql`municipality_id = ${tenant.municipalityId} and committee_id = ${tenant.nodes.committee}
    and year = 2022 and document = ${document}`;
  const found = (await db.execute(sql`select status, decision_date, decision_paragraph from plan_documents
    where ${key}`)) as unknown as {
    rows: { status: string; decision_date: string | null; decision_paragraph: string | null }[];
  };
  const before = found.rows[0];
  if (before) {
    await db.execute(sql`update plan_documents set status = 'adopted', decision_date = '2022-12-15',
      decision_paragraph = '§ 1' where ${key}`);
    return async () => {
      await db.execute(sql`update plan_documents set status = ${before.status},
        decision_date = ${before.decision_date}, decision_paragraph = ${before.decision_paragraph} where ${key}`);
    };
  }
  const now = new Date().toISOString();
  await db.execute(sql`insert into plan_documents (municipality_id, id, committee_id, year, document, status,
      decision_date, decision_paragraph, version, created_at, updated_at)
    values (${tenant.municipalityId}, ${crypto.randomUUID()}, ${tenant.nodes.committee}, 2022, ${document},
      'adopted', '2022-12-15', '§ 1', 1, ${now}, ${now})`);
  return async () => {
    await db.execute(sql`delete from plan_documents where ${key}`);
  };
}

async function lastAuditId(): Promise<number> {
  const result = (await context.deps.db.execute(
    sql`select coalesce(max(id), 0) as id from audit_log where municipality_id = ${tenant.municipalityId}`,
  )) as unknown as { rows: { id: number | string }[] };
  return Number(result.rows[0]?.id ?? 0);
}

async function auditRowsAfter(id: number) {
  const result = (await context.deps.db.execute(
    sql`select actor_id, entity_type, entity_id, committee_id from audit_log
        where municipality_id = ${tenant.municipalityId} and id > ${id} order by id`,
  )) as unknown as {
    rows: { actor_id: string | null; entity_type: string; entity_id: string; committee_id: string | null }[];
  };
  return result.rows;
}

const userIdOf = async (session: Session) =>
  (
    (await call(context.app, session, { method: 'GET', url: '/api/auth/me' })).json() as {
      user: { id: string };
    }
  ).user.id;

/** A request whose version is not the stored one: for DELETE the query's version moved on by one. */
function withOtherVersion(url: string): string {
  return url.replace(/version=(\d+)/, (_, version: string) => `version=${Number(version) + 1}`);
}

describe('write integrity', () => {
  it('has a rule for every write route, and every rule names a write route', () => {
    expect(writeKeys().sort()).toEqual(Object.keys(writeRules).sort());
  });

  for (const [key, rule] of Object.entries(writeRules) as [string, WriteRule][]) {
    it(`${key}: refused without the CSRF token, changing nothing`, async () => {
      const request = await prepare(key);
      const before = await digest();
      const response = await context.app.inject({
        method: request.method,
        url: request.url,
        headers: { cookie: request.session.cookie },
        ...(request.payload !== undefined && { payload: request.payload as Record<string, unknown> }),
      });
      expect(response.statusCode, response.body).toBe(403);
      expect(errorCode(response)).toBe('CSRF');
      expect(await digest()).toEqual(before);
    });

    const { frozenBy } = rule;
    if ('document' in frozenBy) {
      it(`${key}: refused once ${frozenBy.document} 2022 is adopted, changing nothing`, async () => {
        const request = await prepare(key);
        const undo = await adoptDirectly(frozenBy.document);
        try {
          const before = await digest();
          const response = await call(context.app, request.session, request);
          expect(response.statusCode, response.body).toBe(409);
          expect(errorCode(response)).toBe('FROZEN');
          expect(await digest()).toEqual(before);
        } finally {
          await undo();
        }
      });
    }

    const title = [
      'writes',
      rule.versioned && 'refuses a stale version',
      'entityType' in rule.audit && 'logs who changed what',
    ].filter(Boolean);
    it(`${key}: ${title.join(', ')}`, async () => {
      const request = await prepare(key);
      if (rule.versioned && request.method === 'DELETE') {
        const before = await digest();
        const stale = await call(context.app, request.session, {
          ...request,
          url: withOtherVersion(request.url),
        });
        expect(stale.statusCode, stale.body).toBe(409);
        expect(errorCode(stale)).toBe('VERSION_CONFLICT');
        expect(await digest()).toEqual(before);
      }
      const auditBefore = await lastAuditId();
      const response = await call(context.app, request.session, request);
      expect(response.statusCode, response.body).toBeLessThan(300);
      const rows = await auditRowsAfter(auditBefore);
      if ('entityType' in rule.audit) {
        const actor = request.sender === 'anonymous' ? null : await userIdOf(request.session);
        // An object of a committee's year names its committee, so the committee's log shows it.
        const inCommittee = key.includes(':committeeId') || key.endsWith('/import');
        expect(rows).toContainEqual(
          expect.objectContaining({
            actor_id: actor,
            entity_type: rule.audit.entityType,
            ...(inCommittee && { committee_id: tenant.nodes.committee }),
          }),
        );
      } else {
        expect(rows).toEqual([]);
      }
      if (rule.versioned && request.method !== 'DELETE') {
        // A first write may go without a version; the object now exists, so the next one is based on one.
        let based = request;
        if ((request.payload as { version?: number } | undefined)?.version === undefined) {
          based = await prepare(key);
          const again = await call(context.app, based.session, based);
          expect(again.statusCode, again.body).toBeLessThan(300);
        }
        const before = await digest();
        const stale = await call(context.app, based.session, based);
        expect(stale.statusCode, stale.body).toBe(409);
        expect(errorCode(stale)).toBe('VERSION_CONFLICT');
        expect(isDeepStrictEqual(await digest(), before)).toBe(true);
      }
    });
  }
});

describe('a role that may edit but not compile', () => {
  it('lets a reporter granted on the committee edit its year, but not compile, adopt or import it', async () => {
    const base = `/api/municipalities/${tenant.municipalityId}`;
    const email = `redaktor-${crypto.randomUUID()}@test.example`;
    const created = await call(context.app, context.admin, {
      method: 'POST',
      url: `${base}/users`,
      payload: { email, displayName: 'Redaktör', password: 'ett-langt-testlosenord' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const granted = await call(context.app, context.admin, {
      method: 'POST',
      url: `${base}/users/${created.json().id}/grants`,
      payload: { role: 'reporter', nodeId: tenant.nodes.committee },
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const editor = await signInAs(context.app, email);
    const outcome = async (key: string) => {
      const built = await cases[key]?.build(tenant, context.admin);
      if (!built) throw new Error(`no case for ${key}`);
      const [method] = key.split(' ') as [Method];
      return (await call(context.app, editor, { method, ...built })).statusCode;
    };
    const year = '/api/municipalities/:municipalityId/committees/:committeeId/years/:year';
    expect(await outcome(`PATCH ${year}/goals/:goalId`)).toBe(200);
    expect(await outcome(`PUT ${year}/indicators/:indicatorId/values`)).toBe(200);
    expect(await outcome(`PUT ${year}/documents/:kind/texts/:chapterKey`)).toBe(403);
    expect(await outcome(`POST ${year}/documents/:document/status`)).toBe(403);
    expect(await outcome(`PUT ${year}/follow-ups/:followUp/deadline`)).toBe(403);
    expect(await outcome('POST /api/municipalities/:municipalityId/import')).toBe(403);
  });
});
