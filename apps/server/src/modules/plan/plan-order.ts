import type { Order, Ordered } from '@styr/shared/contracts/plan-structure';
import { orderProblem } from '@styr/shared/domain/plan-structure';
import type { Tx } from '../../db/executor.ts';
import type { Actor } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { recordUpdate } from '../audit/index.ts';

interface OrderedRow {
  id: string;
  version: number;
  sortOrder: number;
}

/**
 * Gives a list (the year's goal areas or goals, a goal's activities) the order named, checking that it names
 * every object once in the version its sender saw; only the objects that move get a new version.
 */
export async function applyOrder(
  tx: Tx,
  context: { actor: Actor; at: Date; committeeId: string; entityType: string },
  rows: readonly OrderedRow[],
  order: Order,
  write: (id: string, sortOrder: number, version: number) => Promise<void>,
): Promise<Ordered> {
  const problem = orderProblem(
    rows.map((row) => row.id),
    order.items.map((item) => item.id),
  );
  if (problem)
    throw new AppError('VALIDATION', problem, { details: [{ path: 'body.items', message: problem }] });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const current = { items: rows.map((row) => ({ id: row.id, version: row.version })) };
  if (order.items.some((item) => byId.get(item.id)?.version !== item.version))
    throw new AppError(
      'VERSION_CONFLICT',
      'Någon annan har ändrat listan medan du ordnade den. Läs in den aktuella ordningen och försök igen.',
      { current },
    );
  const items: Ordered['items'] = [];
  for (const [sortOrder, item] of order.items.entries()) {
    const row = byId.get(item.id) as OrderedRow;
    if (row.sortOrder === sortOrder) {
      items.push({ id: row.id, version: row.version });
      continue;
    }
    await write(row.id, sortOrder, row.version + 1);
    await recordUpdate(tx, {
      actor: context.actor,
      at: context.at,
      entityType: context.entityType,
      entityId: row.id,
      committeeId: context.committeeId,
      before: { sortOrder: row.sortOrder },
      after: { sortOrder },
    });
    items.push({ id: row.id, version: row.version + 1 });
  }
  return { items };
}
