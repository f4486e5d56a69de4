import type { OrgKindSetting } from '@styr/shared/contracts/org';
import { allowedChildKinds, nestingRefusal } from '@styr/shared/domain/org';
import type { Problem } from '@styr/shared/domain/problem';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/executor.ts';
import { orgNodes } from '../../db/schema/index.ts';

/**
 * Nestings the file's kinds would forbid that the stored organisation uses (a unit placed under a kind that may no
 * longer hold it). Refused at the parent kind's `children`, since the organisation is not rewritten by settings.
 */
export async function orgNestingProblems(
  tx: Tx,
  municipalityId: string,
  kinds: readonly OrgKindSetting[],
): Promise<Problem[]> {
  const parent = alias(orgNodes, 'parent');
  const pairs = await tx
    .selectDistinct({ kind: orgNodes.kind, parentKind: parent.kind })
    .from(orgNodes)
    .innerJoin(
      parent,
      and(eq(parent.municipalityId, orgNodes.municipalityId), eq(parent.id, orgNodes.parentId)),
    )
    .where(eq(orgNodes.municipalityId, municipalityId));
  return pairs
    .filter((pair) => !allowedChildKinds(kinds, pair.parentKind).includes(pair.kind))
    .map((pair) => ({
      path: `orgKinds[${kinds.findIndex((setting) => setting.kind === pair.parentKind)}].children`,
      message: `${nestingRefusal(kinds, pair.kind, pair.parentKind).message} Organisationen har redan sådana enheter.`,
    }));
}
