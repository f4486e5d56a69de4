import { hash, verify } from '@node-rs/argon2';

// The library's defaults are argon2id with OWASP's recommended memory and time costs.
export const hashPassword = (password: string) => hash(password);

export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown e-mail cannot be told from a wrong password. */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('ingen-anvandare-har-detta-losenord');
  await verify(await dummyHash, password);
}
