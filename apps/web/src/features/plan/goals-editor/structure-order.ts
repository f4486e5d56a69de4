import type { Removal } from '@styr/shared/contracts/plan-structure';

export type Position = 'before' | 'after';

/** The ids with `moved` placed just before or after `target`; the others keep their order. */
export function moveTo(ids: readonly string[], moved: string, target: string, position: Position): string[] {
  if (moved === target) return [...ids];
  const rest = ids.filter((id) => id !== moved);
  const at = rest.indexOf(target);
  if (at < 0) return [...ids];
  rest.splice(position === 'before' ? at : at + 1, 0, moved);
  return rest;
}

export const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);

/** The order a list is saved in: the ids in their new order, each with the version it was seen in. */
export const orderOf = (ids: readonly string[], items: readonly { id: string; version: number }[]) => ({
  items: ids.map((id) => ({ id, version: items.find((item) => item.id === id)?.version ?? 1 })),
});

/** The sibling an item passes when it moves one step up or down among `siblings`, or null at the end. */
export function stepTarget(siblings: readonly string[], moved: string, direction: 'up' | 'down') {
  const at = siblings.indexOf(moved);
  const target = siblings[direction === 'up' ? at - 1 : at + 1];
  return at < 0 || target === undefined
    ? null
    : { target, position: (direction === 'up' ? 'before' : 'after') as Position };
}

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What goes with a removal, as one Swedish sentence, e.g. "Målet har 2 delmål och 3 bedömningar som tas bort med det." */
export function removalSentence(subject: 'goal' | 'area', removal: Removal): string {
  if (subject === 'area') {
    const left = [
      removal.goalsLeftWithoutArea > 0 && counted(removal.goalsLeftWithoutArea, 'mål', 'mål'),
      removal.assignmentsLeftWithoutArea > 0 &&
        counted(removal.assignmentsLeftWithoutArea, 'uppdrag', 'uppdrag'),
    ].filter((part): part is string => Boolean(part));
    return left.length === 0
      ? 'Målområdet har inga mål eller uppdrag.'
      : `Målområdets ${left.join(' och ')} blir kvar i planen utan målområde.`;
  }
  const parts = [
    removal.subGoals > 0 && counted(removal.subGoals, 'delmål', 'delmål'),
    removal.activities > 0 && counted(removal.activities, 'aktivitet', 'aktiviteter'),
    removal.assessments > 0 && counted(removal.assessments, 'bedömning', 'bedömningar'),
    removal.indicatorLinks > 0 &&
      counted(removal.indicatorLinks, 'koppling till mått', 'kopplingar till mått'),
    removal.assignmentLinks > 0 &&
      counted(removal.assignmentLinks, 'koppling till uppdrag', 'kopplingar till uppdrag'),
    removal.followUpParts > 0 && counted(removal.followUpParts, 'utlämnad del', 'utlämnade delar'),
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return 'Målet har inga delmål, aktiviteter, bedömningar eller kopplingar.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
  return `Målet har ${list} som tas bort med det.`;
}
