import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousCsrf,
  createTenant,
  createTestApp,
  type Session,
  type Tenant,
  TestClock,
  testPassword,
} from '../../../../../test/harness.ts';
import type { App } from '../../app.ts';
import { users } from '../../db/schema/index.ts';

const clock = new TestClock();
let context: Awaited<ReturnType<typeof createTestApp>>;
let csrf: Session;
let tenant: Tenant;
// Accounts made here get a hash that is cheap to check, so a test can sign in a whole office quickly.
let cheapHash: string;

beforeAll(async () => {
  context = await createTestApp({ clock });
  csrf = await anonymousCsrf(context.app);
  tenant = await createTenant(context.deps);
  cheapHash = await hash(testPassword, { memoryCost: 1024, timeCost: 1 });
});

async function addAccounts(count: number): Promise<string[]> {
  const label = crypto.randomUUID().slice(0, 8);
  const rows = Array.from({ length: count }, (_, index) => ({
    municipalityId: tenant.municipalityId,
    id: crypto.randomUUID(),
    email: `person-${index}-${label}@test.example`,
    displayName: `Person ${index}`,
    passwordHash: cheapHash,
  }));
  await context.deps.db.insert(users).values(rows);
  return rows.map((row) => row.email);
}

const signIn = (
  email: string,
  password: string,
  options: { app?: App; csrf?: Session; from?: string } = {},
) => {
  const token = options.csrf ?? csrf;
  return (options.app ?? context.app).inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    remoteAddress: options.from ?? '127.0.0.1',
    headers: { cookie: token.cookie, 'x-csrf-token': token.csrfToken },
    payload: { email, password },
  });
};

const answer = (response: Awaited<ReturnType<typeof signIn>>) => ({
  status: response.statusCode,
  body: response.json(),
});

const wrongPassword = (attempt: number) => `fel-losenord-nummer-${attempt}`;

describe('the account lock', () => {
  it('holds against 59 wrong passwords sent at once: the right one sent after them does not sign in', async () => {
    const [email = ''] = await addAccounts(1);
    const burst = await Promise.all(
      Array.from({ length: 59 }, (_, attempt) => signIn(email, wrongPassword(attempt))),
    );
    expect(burst.every((response) => response.statusCode !== 200)).toBe(true);
    const right = await signIn(email, testPassword);
    expect(right.statusCode).not.toBe(200);
    expect(right.cookies.find((cookie) => cookie.name === 'styr_session')).toBeUndefined();
  });

  it('counts attempts atomically in the database, across servers: parallel wrong passwords on two lock the account', async () => {
    // Fewer attempts per server than each server's own per-account limit, so the database lock alone decides.
    const [email = ''] = await addAccounts(1);
    const other = await createTestApp({ clock });
    const servers = [
      { app: context.app, csrf },
      { app: other.app, csrf: await anonymousCsrf(other.app) },
    ];
    const burst = await Promise.all(
      servers.flatMap((server) =>
        Array.from({ length: 12 }, (_, attempt) => signIn(email, wrongPassword(attempt), server)),
      ),
    );
    expect(burst.map((response) => response.statusCode)).toEqual(Array(24).fill(401));
    for (const server of servers) {
      const right = await signIn(email, testPassword, server);
      expect(answer(right)).toEqual(answer(burst[0] as Awaited<ReturnType<typeof signIn>>));
    }
    const [row] = await context.deps.db.select().from(users).where(eq(users.email, email));
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(clock.now().getTime());
    clock.advance(6 * 60_000);
    expect((await signIn(email, testPassword, servers[1])).statusCode).toBe(200);
  });
});

describe('what a failed sign-in tells', () => {
  it('answers a locked account, an unknown e-mail and a wrong password alike', async () => {
    const [locked = '', known = ''] = await addAccounts(2);
    for (let attempt = 0; attempt < 5; attempt++) await signIn(locked, wrongPassword(attempt));
    const answers = [
      answer(await signIn(locked, testPassword)),
      answer(await signIn(`ingen-${crypto.randomUUID()}@test.example`, testPassword)),
      answer(await signIn(known, wrongPassword(0))),
    ];
    expect(answers[0]).toEqual({
      status: 401,
      body: {
        error: {
          code: 'UNAUTHENTICATED',
          message:
            'Fel e-postadress eller lösenord. Efter flera misslyckade försök går det inte att logga in på en stund.',
        },
      },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('spends a password check on a locked account and an unknown e-mail, as on a wrong password', async () => {
    // Real hashes here: the time of a check is what is compared.
    const [locked, known] = await Promise.all(
      ['locked', 'known'].map(async (name) => {
        const email = `${name}-${crypto.randomUUID().slice(0, 8)}@test.example`;
        await context.deps.db.insert(users).values({
          municipalityId: tenant.municipalityId,
          id: crypto.randomUUID(),
          email,
          displayName: name,
          passwordHash: await hash(testPassword),
        });
        return email;
      }),
    );
    for (let attempt = 0; attempt < 5; attempt++) await signIn(locked as string, wrongPassword(attempt));
    // Taken in turns, so that whatever else the machine does slows all three alike.
    const attempts = {
      wrong: (round: number) => signIn(known as string, wrongPassword(round)),
      locked: () => signIn(locked as string, testPassword),
      unknown: (round: number) => signIn('ingen@test.example', wrongPassword(round)),
    };
    const times = { wrong: [] as number[], locked: [] as number[], unknown: [] as number[] };
    for (let round = 0; round < 5; round++) {
      for (const kind of ['wrong', 'locked', 'unknown'] as const) {
        const start = performance.now();
        expect((await attempts[kind](round)).statusCode).toBe(401);
        times[kind].push(performance.now() - start);
      }
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[2] as number;
    // Without a check, a refusal takes a few milliseconds against tens for an argon2 check.
    expect(median(times.locked)).toBeGreaterThan(median(times.wrong) / 3);
    expect(median(times.unknown)).toBeGreaterThan(median(times.wrong) / 3);
  });
});

describe('sign-in limits', () => {
  it('lets a whole office sign in from one address: 150 people, each once, within a minute', async () => {
    const emails = await addAccounts(150);
    const statuses: number[] = [];
    for (let start = 0; start < emails.length; start += 10) {
      const batch = emails
        .slice(start, start + 10)
        .map((email) => signIn(email, testPassword, { from: '192.0.2.10' }));
      statuses.push(...(await Promise.all(batch)).map((response) => response.statusCode));
    }
    expect(statuses).toEqual(Array(150).fill(200));
  });

  it('limits one e-mail hammered from many addresses, known or not, with the same answer', async () => {
    const [known = ''] = await addAccounts(1);
    const unknown = `ingen-${crypto.randomUUID()}@test.example`;
    const hammer = async (email: string) => {
      const responses = [];
      for (let attempt = 0; attempt < 31; attempt++) {
        responses.push(await signIn(email, testPassword, { from: `198.51.100.${attempt + 1}` }));
      }
      return responses;
    };
    const knownAnswers = await hammer(known);
    expect(knownAnswers.slice(0, 30).map((response) => response.statusCode)).toEqual(Array(30).fill(200));
    const unknownAnswers = await hammer(unknown);
    expect(unknownAnswers.slice(0, 30).map((response) => response.statusCode)).toEqual(Array(30).fill(401));
    const limited = answer(knownAnswers[30] as Awaited<ReturnType<typeof signIn>>);
    expect(limited).toEqual({
      status: 429,
      body: {
        error: {
          code: 'RATE_LIMITED',
          message: 'För många inloggningsförsök. Vänta en stund och försök igen.',
        },
      },
    });
    expect(answer(unknownAnswers[30] as Awaited<ReturnType<typeof signIn>>)).toEqual(limited);
    expect(Number(knownAnswers[30]?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
