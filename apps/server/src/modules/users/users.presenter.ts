import type { Grant } from '@styr/shared/contracts/auth';
import type { User } from '@styr/shared/contracts/users';
import type { users } from '../../db/schema/index.ts';

export function presentUser(row: typeof users.$inferSelect, grants: Grant[]): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    grants,
  };
}

/** What the audit log keeps of a user: never the password hash. */
export function auditedUser(row: typeof users.$inferSelect) {
  return { email: row.email, displayName: row.displayName, active: row.active, version: row.version };
}
