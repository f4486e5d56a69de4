import type { Target } from '@styr/shared/contracts/indicators';
import type { indicatorTargets } from '../../db/schema/index.ts';

/** A stored target back in the contract's shape; the table's check constraint guarantees the fields of each kind. */
export function presentTarget(row: typeof indicatorTargets.$inferSelect): Target {
  if (row.kind === 'numeric') return { kind: 'numeric', value: Number(row.value) };
  if (row.kind === 'relative')
    return { kind: 'relative', relation: row.relation ?? 'higher', baseYear: row.baseYear ?? 0 };
  return { kind: 'yesNo', value: row.yesNo ?? 'ja' };
}

/** A target as the table's columns hold it, each kind in its own columns and the others empty. */
export function targetColumns(target: Target) {
  return {
    kind: target.kind,
    value: target.kind === 'numeric' ? String(target.value) : null,
    relation: target.kind === 'relative' ? target.relation : null,
    baseYear: target.kind === 'relative' ? target.baseYear : null,
    yesNo: target.kind === 'yesNo' ? target.value : null,
  };
}
