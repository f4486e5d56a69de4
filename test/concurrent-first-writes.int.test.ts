import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseErrorState, registerErrorHandler } from '../apps/server/src/http/error-handler.ts';
import { call, createSignedInTenant, importTenantYear, type Session, signInAs } from './harness.ts';

/**
 * Two people saving the same thing at the same moment, where nothing is stored yet: both see no row, both
 * insert, and the second insert breaks the table's unique key. That is someone else having saved first, told
 * as a conflict to read again, never as a server error.
 */
let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let yearUrl: string;
/** The committee's controller, who may edit its content. */
let controller: Session;

beforeAll(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const conflict = {
  code: 'VERSION_CONFLICT',
  message: 'Någon annan sparade samtidigt. Läs in och försök igen.',
};

/** Sends the same first write several times at once; every answer is either saved or that conflict. */
async function race(url: string, payloads: Record<string, unknown>[]) {
  const responses = await Promise.all(
    payloads.map((payload) => call(context.app, controller, { method: 'PUT', url, payload })),
  );
  for (const response of responses) {
    expect([200, 409], response.body).toContain(response.statusCode);
    // Either the write came second and saw the first (the service's own answer, with what is stored), or
    // both went at once and the database refused the second (the answer this file is about).
    if (response.statusCode === 409 && response.json().current === undefined)
      expect(response.json()).toEqual({ error: conflict });
    if (response.statusCode === 409) expect(response.json().error.code).toBe('VERSION_CONFLICT');
  }
  expect(responses.filter((response) => response.statusCode === 200).length).toBeGreaterThanOrEqual(1);
  return responses;
}

const year = async () => (await call(context.app, controller, { method: 'GET', url: yearUrl })).json();
const many = <T>(make: (index: number) => T) => Array.from({ length: 6 }, (_, index) => make(index));

describe('concurrent first writes', () => {
  it('an indicator value for a period with no value yet', async () => {
    const indicator = (await year()).indicators[0];
    const url = `${yearUrl}/indicators/${indicator.id}/values`;
    // A year before the plan's, whose documents have no rows to hold while writing.
    await race(
      url,
      many((index) => ({ year: 2019, period: 'year', value: index, note: null })),
    );
    // Exactly one of them was stored, once.
    const values = (await year()).indicators[0].values.filter(
      (value: { period: string; year: number }) => value.period === 'year' && value.year === 2019,
    );
    expect(values).toHaveLength(1);
    expect(values[0].version).toBe(1);
  });

  it('a goal’s first assessment in a follow-up', async () => {
    const goal = (await year()).goals[0];
    await race(
      `${yearUrl}/goals/${goal.id}/assessments/augusti`,
      many((index) => ({ level: index % 2 ? 'god' : 'viss', analysis: `Analys ${index}` })),
    );
  });

  it('an assignment’s first report in a follow-up', async () => {
    const assignment = (await year()).assignments[0];
    await race(
      `${yearUrl}/assignments/${assignment.id}/reports/augusti`,
      many((index) => ({ status: 'ongoing', proposedClosed: false, comment: `Rapport ${index}` })),
    );
  });

  it('a control activity’s first result', async () => {
    const risk = (
      await call(context.app, controller, {
        method: 'POST',
        url: `${yearUrl}/risks`,
        payload: {
          nodeId: context.tenant.nodes.committee,
          area: 'lagar',
          title: 'Utredningstiden överskrids',
          description: 'Påhittad beskrivning för testet.',
          probability: 3,
          consequence: 4,
          source: 'audit',
          actions: [],
        },
      })
    ).json();
    await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/risks/${risk.id}/selection`,
      payload: { version: 1, selected: true, reason: 'Revisionens iakttagelse', toControlPlan: true },
    });
    const control = await call(context.app, controller, {
      method: 'POST',
      url: `${yearUrl}/risks/${risk.id}/controls`,
      payload: {
        what: 'Utredningar avslutas inom fyra månader',
        method: 'Stickprov',
        frequency: 'Två gånger per år',
        responsible: 'Avdelningschef',
        reportWhen: 'Årsrapport',
      },
    });
    expect(control.statusCode, control.body).toBe(201);
    await race(
      `${yearUrl}/controls/${control.json().id}/result`,
      many((index) => ({ performedOn: '2022-11-30', deviations: index })),
    );
  });
});

/** What the error handler answers for an error thrown by a route. */
async function answerFor(error: unknown) {
  const app = Fastify({ logger: false });
  registerErrorHandler(app, context.deps);
  app.get('/', async () => {
    throw error;
  });
  try {
    const response = await app.inject({ method: 'GET', url: '/' });
    return { status: response.statusCode, body: response.json() };
  } finally {
    await app.close();
  }
}

/** The error this run's driver throws for a statement, the transaction rolled back so nothing stays. */
async function refusal(statements: ReturnType<typeof sql>[]): Promise<unknown> {
  try {
    await context.deps.db.transaction(async (tx) => {
      for (const statement of statements) await tx.execute(statement);
      throw new Error('no refusal');
    });
  } catch (error) {
    return error;
  }
}

describe('database refusals as the error handler sees them, on this run’s driver', () => {
  it('a taken unique key is a conflict to read again, however the driver and drizzle wrap it', async () => {
    const id = crypto.randomUUID();
    const insert = sql`insert into municipalities (id, name, valid_from) values (${id}, 'Dubblett', '2000-01-01')`;
    const error = await refusal([insert, insert]);
    expect(error).toBeInstanceOf(DrizzleQueryError);
    expect(databaseErrorState(error)).toMatchObject({ code: '23505' });
    expect(await answerFor(error)).toEqual({ status: 409, body: { error: conflict } });
  });

  it('a serialization failure or a deadlock is the same conflict; other database errors stay internal', async () => {
    const driverError = (code: string) =>
      new DrizzleQueryError('update x', [], Object.assign(new Error('refused'), { code }));
    expect(await answerFor(driverError('40001'))).toEqual({ status: 409, body: { error: conflict } });
    expect(await answerFor(driverError('40P01'))).toEqual({ status: 409, body: { error: conflict } });

    // A broken reference is a fault in the code, not a race: it stays a server error that is logged.
    const orphan = await refusal([
      sql`insert into org_nodes (municipality_id, id, kind, name, valid_from)
          values (${crypto.randomUUID()}, ${crypto.randomUUID()}, 'committee', 'Föräldralös', '2000-01-01')`,
    ]);
    expect(databaseErrorState(orphan)).toMatchObject({ code: '23503' });
    expect((await answerFor(orphan)).status).toBe(500);
  });
});
