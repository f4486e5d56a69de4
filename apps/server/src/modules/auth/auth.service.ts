import type { Grant, Me } from '@styr/shared/contracts/auth';
import { and, eq } from 'drizzle-orm';
import { type roleGrants, sessions } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { findMunicipality } from '../org/index.ts';
import { verifyAgainstNothing, verifyPassword } from './passwords.ts';
import { deleteSession, findSessionWithUser, listGrants } from './sessions.queries.ts';
import { claimSignInAttempt, maxFailedSignIns, resetSignInAttempts } from './sign-in-attempts.queries.ts';
import { newToken, sha256 } from './tokens.ts';

const sessionIdleMs = 8 * 60 * 60 * 1000;
const sessionMaxMs = 12 * 60 * 60 * 1000;
const touchAfterMs = 5 * 60 * 1000;

// One answer for a wrong password, an unknown e-mail and a locked account, so none of them tells that an account exists.
const wrongCredentials = () =>
  new AppError(
    'UNAUTHENTICATED',
    'Fel e-postadress eller lösenord. Efter flera misslyckade försök går det inte att logga in på en stund.',
  );

export interface SessionContext {
  municipalityId: string;
  tokenHash: string;
  csrfToken: string;
  user: { id: string; email: string; displayName: string; municipalityId: string };
  grants: Grant[];
}

export const sessionCookieValue = (municipalityId: string, token: string) => `${municipalityId}.${token}`;

/**
 * Checks the password, counting attempts per account in the database; five failures in a row lock the account
 * for a few minutes. An unknown e-mail and a locked account spend a password check too, and all three failures
 * answer alike, so neither the answer nor its time tells whether an account exists or is locked.
 */
export async function signIn(deps: Deps, input: { email: string; password: string }) {
  const now = deps.clock.now();
  const account = await claimSignInAttempt(deps.db, input.email, now);
  if (!account || account.attempt > maxFailedSignIns) {
    await verifyAgainstNothing(input.password);
    throw wrongCredentials();
  }
  const passwordOk = await verifyPassword(account.passwordHash, input.password);
  if (!passwordOk || !account.active) throw wrongCredentials();
  const token = newToken();
  const csrfToken = newToken();
  await deps.db.transaction(async (tx) => {
    await resetSignInAttempts(tx, account.municipalityId, account.id);
    await tx.insert(sessions).values({
      municipalityId: account.municipalityId,
      tokenHash: sha256(token),
      userId: account.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionIdleMs),
    });
  });
  return { cookie: sessionCookieValue(account.municipalityId, token) };
}

/** The session behind a cookie value, extending its idle time now and then (never past its maximum age). */
export async function resolveSession(deps: Deps, cookie: string): Promise<SessionContext | null> {
  const separator = cookie.indexOf('.');
  const municipalityId = cookie.slice(0, separator);
  const token = cookie.slice(separator + 1);
  if (separator < 0 || !/^[0-9a-f-]{36}$/.test(municipalityId) || token.length < 20) return null;
  const now = deps.clock.now();
  const tokenHash = sha256(token);
  const row = await findSessionWithUser(deps.db, municipalityId, tokenHash, now);
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > touchAfterMs) {
    const expiresAt = Math.min(now.getTime() + sessionIdleMs, row.session.createdAt.getTime() + sessionMaxMs);
    await deps.db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(expiresAt) })
      .where(and(eq(sessions.municipalityId, municipalityId), eq(sessions.tokenHash, tokenHash)));
  }
  const grants = await listGrants(deps.db, municipalityId, row.user.id);
  return {
    municipalityId,
    tokenHash,
    csrfToken: row.session.csrfToken,
    user: {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      municipalityId: row.user.municipalityId,
    },
    grants: grants.map(presentGrant),
  };
}

export async function signOut(deps: Deps, session: SessionContext): Promise<void> {
  await deleteSession(deps.db, session.municipalityId, session.tokenHash);
}

export async function describeSession(deps: Deps, session: SessionContext): Promise<Me> {
  const municipality = await findMunicipality(deps.db, session.municipalityId);
  if (!municipality) throw new AppError('UNAUTHENTICATED', 'Du är inte inloggad.');
  return {
    user: session.user,
    municipality: { id: municipality.id, name: municipality.name, shortName: municipality.shortName },
    grants: session.grants,
    csrfToken: session.csrfToken,
  };
}

export function presentGrant(row: typeof roleGrants.$inferSelect): Grant {
  return {
    id: row.id,
    userId: row.userId,
    role: row.role,
    nodeId: row.nodeId,
    createdAt: row.createdAt.toISOString(),
  };
}
