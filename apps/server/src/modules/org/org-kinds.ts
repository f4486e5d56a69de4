import type { OrgKindSetting } from '@styr/shared/contracts/org';
import { defaultOrgKinds, orderedOrgKinds } from '@styr/shared/domain/org';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { orgKinds } from '../../db/schema/index.ts';

/** The municipality's names and nesting of the kinds of unit, committee first. */
export async function readOrgKinds(db: Executor, municipalityId: string): Promise<OrgKindSetting[]> {
  const rows = await db
    .select({ kind: orgKinds.kind, label: orgKinds.label, children: orgKinds.children })
    .from(orgKinds)
    .where(eq(orgKinds.municipalityId, municipalityId));
  return orderedOrgKinds(rows.length > 0 ? rows : defaultOrgKinds);
}

/** Replaces the municipality's kinds; the caller has checked that the stored organisation still fits them. */
export async function writeOrgKinds(
  tx: Executor,
  municipalityId: string,
  kinds: readonly OrgKindSetting[],
): Promise<void> {
  await tx.delete(orgKinds).where(eq(orgKinds.municipalityId, municipalityId));
  await tx.insert(orgKinds).values(kinds.map((setting) => ({ municipalityId, ...setting })));
}
