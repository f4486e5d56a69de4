import type { Municipality, OrgNode } from '@styr/shared/contracts/org';
import type { municipalities, orgNodes } from '../../db/schema/index.ts';

export function presentMunicipality(row: typeof municipalities.$inferSelect): Municipality {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    koladaId: row.koladaId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
  };
}

export function presentOrgNode(row: typeof orgNodes.$inferSelect): OrgNode {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    parentId: row.parentId,
    kind: row.kind,
    name: row.name,
    shortName: row.shortName,
    validFrom: row.validFrom,
    validTo: row.validTo,
    sortOrder: row.sortOrder,
    version: row.version,
  };
}
