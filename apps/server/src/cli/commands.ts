import { text } from 'node:stream/consumers';
import { emailSchema, passwordSchema, roleSchema } from '@styr/shared/contracts/auth';
import { isoDateSchema } from '@styr/shared/contracts/common';
import { z } from 'zod';
import { demoSignInText, loadDemo } from '../demo/load-demo.ts';
import { createMunicipality, findMunicipalityByReference } from '../modules/municipalities/index.ts';
import { createUser, grantRole } from '../modules/users/index.ts';
import { type DatabaseOptions, describeDatabase, withContext } from './context.ts';

/** Parses command-line input with the same schemas as the API, so both refuse the same things. */
function parse<T extends z.ZodType>(schema: T, value: unknown, label: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new Error(`${label}: ${result.error.issues.map((issue) => issue.message).join(', ')}`);
  return result.data;
}

export const runMigrate = (options: DatabaseOptions) =>
  withContext(options, async ({ config }) => {
    console.log(`Databasens schema är uppdaterat (${describeDatabase(config)}).`);
  });

export const runDemo = (options: DatabaseOptions) =>
  withContext(options, async ({ deps }) => {
    await loadDemo(deps);
    console.log(`Demodata inläst.\n${demoSignInText()}`);
  });

export const runMunicipalityAdd = (
  options: DatabaseOptions & { name: string; shortName?: string; kolada?: string; validFrom: string },
) =>
  withContext(options, async ({ deps }) => {
    const created = await createMunicipality(deps, null, {
      name: parse(z.string().trim().min(1, 'namn måste anges').max(200), options.name, '--name'),
      shortName: options.shortName ?? null,
      koladaId: options.kolada
        ? parse(z.string().regex(/^\d{4}$/, 'fyra siffror'), options.kolada, '--kolada')
        : null,
      validFrom: parse(isoDateSchema, options.validFrom, '--valid-from'),
    });
    console.log(`Kommunen ${created.name} skapad med id ${created.id}.`);
  });

async function readPassword(): Promise<string> {
  if (process.env.STYR_PASSWORD) return process.env.STYR_PASSWORD;
  if (process.stdin.isTTY) throw new Error('ange lösenordet i STYR_PASSWORD eller på standard in');
  return (await text(process.stdin)).replace(/\r?\n$/, '');
}

export const runUserAdd = (
  options: DatabaseOptions & { municipality: string; email: string; name: string; role?: string },
) =>
  withContext(options, async ({ deps }) => {
    const email = parse(emailSchema, options.email, '--email');
    const role = options.role === undefined ? undefined : parse(roleSchema, options.role, '--role');
    const password = parse(passwordSchema, await readPassword(), 'lösenord');
    const matches = await findMunicipalityByReference(deps, options.municipality);
    if (matches.length !== 1 || !matches[0]) {
      throw new Error(
        matches.length === 0
          ? `ingen kommun heter "${options.municipality}"`
          : `flera kommuner matchar "${options.municipality}"; ange id`,
      );
    }
    const actor = { municipalityId: matches[0].id, userId: null };
    const user = await createUser(deps, actor, { email, displayName: options.name, password });
    if (role) await grantRole(deps, actor, user.id, { role, nodeId: null });
    console.log(`Användaren ${user.email} skapad${role ? ` med rollen ${role} för hela kommunen` : ''}.`);
  });
