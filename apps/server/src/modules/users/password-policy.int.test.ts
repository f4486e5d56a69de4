import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSignedInTenant, signInAs, testPassword } from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;

beforeAll(async () => {
  context = await createSignedInTenant();
});

const tooShort = 'Lösenordet måste ha minst 12 tecken utöver mellanslag först och sist';
const tooCommon = 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna flera ord.';
const refused: [string, string][] = [
  [' '.repeat(12), tooShort],
  [`   ${'kort-ord'}    `, tooShort],
  ['password1234', tooCommon],
  ['Lösenord2024!', tooCommon],
  ['qwertyqwerty', tooCommon],
];

const passwordDetails = (message: string) => ({
  status: 400,
  details: [{ path: 'body.password', message }],
});
const refusal = (response: Awaited<ReturnType<typeof call>>) => ({
  status: response.statusCode,
  details: response.json().error?.details,
});

describe('the password policy', () => {
  it('refuses a new user whose password is blank, short without its surrounding spaces, or common', async () => {
    for (const [password, message] of refused) {
      const response = await call(context.app, context.admin, {
        method: 'POST',
        url: `${context.base}/users`,
        payload: { email: `ny-${crypto.randomUUID().slice(0, 8)}@test.example`, displayName: 'Ny', password },
      });
      expect(refusal(response), JSON.stringify(password)).toEqual(passwordDetails(message));
    }
    const users = await call(context.app, context.admin, { method: 'GET', url: `${context.base}/users` });
    expect(users.json().some((user: { displayName: string }) => user.displayName === 'Ny')).toBe(false);
  });

  it("refuses such a password as an administrator's reset and as one's own change; the old one still works", async () => {
    const { tenant, base, admin, app } = context;
    for (const userId of [tenant.users.reader.id, tenant.users.admin.id]) {
      for (const [password, message] of refused) {
        const response = await call(app, admin, {
          method: 'PATCH',
          url: `${base}/users/${userId}`,
          payload: { version: 1, password },
        });
        expect(refusal(response), JSON.stringify(password)).toEqual(passwordDetails(message));
      }
    }
    await signInAs(app, tenant.users.reader.email, testPassword);
    await signInAs(app, tenant.users.admin.email, testPassword);
  });

  it('accepts a long password that is not a common one, counted without its surrounding spaces', async () => {
    const response = await call(context.app, context.admin, {
      method: 'POST',
      url: `${context.base}/users`,
      payload: {
        email: `ok-${crypto.randomUUID().slice(0, 8)}@test.example`,
        displayName: 'Ok',
        password: '  kaffe och kanelbulle  ',
      },
    });
    expect(response.statusCode).toBe(201);
  });
});

describe('the password policy on the command line', () => {
  const bin = resolve(import.meta.dirname, '../../../bin/styr.js');
  const dir = mkdtempSync(join(tmpdir(), 'styr-password-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses `styr user add` with such a password before opening any database', async () => {
    for (const [password, message] of [refused[0], refused[2]] as [string, string][]) {
      const child = spawn(
        process.execPath,
        [bin, 'user', 'add', '--municipality', 'Ingen', '--email', 'ny@test.example', '--name', 'Ny'],
        {
          env: { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: join(dir, 'data'), STYR_PASSWORD: password },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      const [stderr, [status]] = await Promise.all([
        text(child.stderr),
        once(child, 'close') as Promise<[number | null]>,
      ]);
      expect(status).not.toBe(0);
      expect(stderr).toContain(`lösenord: ${message}`);
    }
  });
});
