import { and, eq, or } from 'drizzle-orm';
import { orgNodes } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';

/** A committee named by name, short name or id; a name that two committees share must be given as an id. */
export async function findCommitteeByReference(deps: Deps, reference: string) {
  const byId = /^[0-9a-f-]{36}$/i.test(reference) ? eq(orgNodes.id, reference) : undefined;
  const matches = await deps.db
    .select({ id: orgNodes.id, municipalityId: orgNodes.municipalityId })
    .from(orgNodes)
    .where(
      and(
        eq(orgNodes.kind, 'committee'),
        or(byId, eq(orgNodes.name, reference), eq(orgNodes.shortName, reference)),
      ),
    );
  const [match] = matches;
  if (!match || matches.length > 1) {
    throw new Error(
      matches.length === 0
        ? `ingen nämnd heter "${reference}"`
        : `flera nämnder heter "${reference}"; ange id`,
    );
  }
  return match;
}
