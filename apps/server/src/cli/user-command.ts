import { text } from 'node:stream/consumers';
import { emailSchema, passwordSchema, roleSchema } from '@styr/shared/contracts/auth';
import { findMunicipalityByReference } from '../modules/municipalities/index.ts';
import { createUser, grantRole } from '../modules/users/index.ts';
import { parse } from './arguments.ts';
import { type DatabaseOptions, withContext } from './context.ts';

async function readPassword(): Promise<string> {
  if (process.env.STYR_PASSWORD) return process.env.STYR_PASSWORD;
  if (process.stdin.isTTY) throw new Error('ange lösenordet i STYR_PASSWORD eller på standard in');
  return (await text(process.stdin)).replace(/\r?\n$/, '');
}

/** Adds a user, optionally with a role for the whole municipality; the input is checked before the database is opened. */
export async function runUserAdd(
  options: DatabaseOptions & { municipality: string; email: string; name: string; role?: string },
) {
  const email = parse(emailSchema, options.email, '--email');
  const role = options.role === undefined ? undefined : parse(roleSchema, options.role, '--role');
  const password = parse(passwordSchema, await readPassword(), 'lösenord');
  await withContext(options, async ({ deps }) => {
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
}
