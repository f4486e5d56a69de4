import type { AuditEntry } from '@styr/shared/contracts/audit';
import type { Grant } from '@styr/shared/contracts/auth';
import { roleLabels } from '@styr/shared/contracts/auth';
import type { CreateGrant, CreateUser, UpdateUser, User } from '@styr/shared/contracts/users';
import { municipalityWideRoles } from '@styr/shared/domain/access';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { roleGrants, sessions, users } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { readHistory, recordAudit, recordUpdate } from '../audit/index.ts';
import { hashPassword, listGrants, presentGrant } from '../auth/index.ts';
import { findOrgNode } from '../org/index.ts';
import { auditedUser, presentUser } from './users.presenter.ts';
import { findGrant, findUser, listMunicipalityGrants, listUsers } from './users.queries.ts';

const userNotFound = () => notFound('Användaren');

export async function getUsers(deps: Deps, municipalityId: string): Promise<User[]> {
  const [rows, grants] = await Promise.all([
    listUsers(deps.db, municipalityId),
    listMunicipalityGrants(deps.db, municipalityId),
  ]);
  return rows.map((row) =>
    presentUser(row, grants.filter((grant) => grant.userId === row.id).map(presentGrant)),
  );
}

export const getUser = (deps: Deps, municipalityId: string, userId: string) =>
  loadUser(deps.db, municipalityId, userId);

async function loadUser(db: Executor, municipalityId: string, userId: string): Promise<User> {
  const row = await findUser(db, municipalityId, userId);
  if (!row) throw userNotFound();
  const grants = await listGrants(db, municipalityId, userId);
  return presentUser(row, grants.map(presentGrant));
}

export async function createUser(deps: Deps, actor: Actor, input: CreateUser): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw emailTaken();
    const now = deps.clock.now();
    const [row] = await tx
      .insert(users)
      .values({
        municipalityId: actor.municipalityId,
        id: crypto.randomUUID(),
        email: input.email,
        displayName: input.displayName,
        passwordHash,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Användaren kunde inte sparas.');
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'user',
      entityId: row.id,
      before: null,
      after: auditedUser(row),
    });
    return presentUser(row, []);
  });
}

const emailTaken = () =>
  new AppError('CONFLICT', 'Det finns redan en användare med den e-postadressen.', {
    details: [{ path: 'body.email', message: 'E-postadressen används redan' }],
  });

export async function updateUser(deps: Deps, actor: Actor, userId: string, patch: UpdateUser): Promise<User> {
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  return deps.db.transaction(async (tx) => {
    const stored = await findUser(tx, actor.municipalityId, userId, true);
    if (!stored) throw userNotFound();
    const current = await loadUser(tx, actor.municipalityId, userId);
    assertVersion(stored, patch.version, () => current);
    if (patch.active === false && userId === actor.userId) {
      throw new AppError('VALIDATION', 'Du kan inte inaktivera ditt eget konto.');
    }
    const now = deps.clock.now();
    const key = and(eq(users.municipalityId, actor.municipalityId), eq(users.id, userId));
    const [row] = await tx
      .update(users)
      .set({
        ...(patch.displayName !== undefined && { displayName: patch.displayName }),
        ...(patch.active !== undefined && { active: patch.active }),
        ...(passwordHash && { passwordHash, failedSignIns: 0, lockedUntil: null }),
        version: stored.version + 1,
        updatedAt: now,
      })
      .where(key)
      .returning();
    if (!row) throw userNotFound();
    // A deactivated account or a new password ends every open session of that person.
    if (patch.active === false || passwordHash) {
      await tx
        .delete(sessions)
        .where(and(eq(sessions.municipalityId, actor.municipalityId), eq(sessions.userId, userId)));
    }
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'user',
      entityId: userId,
      before: auditedUser(stored),
      after: auditedUser(row),
      ...(passwordHash && { noted: { password: 'ändrat' } }),
    });
    return { ...current, ...presentUser(row, current.grants) };
  });
}

export async function grantRole(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: CreateGrant,
): Promise<Grant> {
  if (input.nodeId !== null && municipalityWideRoles.includes(input.role)) {
    throw new AppError(
      'VALIDATION',
      `Rollen ${roleLabels[input.role].toLowerCase()} kan bara ges för hela kommunen.`,
      {
        details: [{ path: 'body.nodeId', message: 'Välj hela kommunen för den här rollen' }],
      },
    );
  }
  return deps.db.transaction(async (tx) => {
    if (!(await findUser(tx, actor.municipalityId, userId))) throw userNotFound();
    if (input.nodeId && !(await findOrgNode(tx, actor.municipalityId, input.nodeId))) {
      throw notFound('Organisationsenheten');
    }
    // The unique constraint decides duplicates, also between concurrent requests.
    const now = deps.clock.now();
    const [row] = await tx
      .insert(roleGrants)
      .values({
        municipalityId: actor.municipalityId,
        id: crypto.randomUUID(),
        userId,
        role: input.role,
        nodeId: input.nodeId,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('CONFLICT', 'Användaren har redan den behörigheten.');
    const grant = presentGrant(row);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'role_grant',
      entityId: userId,
      before: null,
      after: grant,
    });
    return grant;
  });
}

export async function revokeRole(deps: Deps, actor: Actor, userId: string, grantId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const stored = await findGrant(tx, actor.municipalityId, userId, grantId);
    if (!stored) throw notFound('Behörigheten');
    await tx
      .delete(roleGrants)
      .where(and(eq(roleGrants.municipalityId, actor.municipalityId), eq(roleGrants.id, grantId)));
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'delete',
      entityType: 'role_grant',
      entityId: userId,
      before: presentGrant(stored),
      after: null,
    });
  });
}

/** The person's own changes and the changes to their roles, newest first. */
export async function getUserHistory(
  deps: Deps,
  municipalityId: string,
  userId: string,
): Promise<AuditEntry[]> {
  if (!(await findUser(deps.db, municipalityId, userId))) throw userNotFound();
  return readHistory(deps.db, { municipalityId, entityTypes: ['user', 'role_grant'], entityId: userId });
}
