import { parentProblem } from './goal-hierarchy.ts';

/** The goal kinds, council (KF) goals first: a goal stands beneath a goal of its own level or a higher one. */
const kindLevel: Record<string, number> = {
  kfOrganisation: 0,
  kfActivity: 0,
  kfCommittee: 1,
  committee: 2,
};

/**
 * Why a goal of `kind` cannot stand beneath a goal of `parentKind`, in Swedish, or null. The council's goals
 * head the committee's, never the other way round: a KF goal under the committee's own goal is refused.
 */
export function parentKindProblem(kind: string, parentKind: string): string | null {
  const level = kindLevel[kind];
  const parentLevel = kindLevel[parentKind];
  if (level === undefined || parentLevel === undefined) return 'Målets slag är okänt';
  return parentLevel > level
    ? 'Ett mål kan bara ligga under ett mål på samma eller en högre nivå, till exempel ett av kommunfullmäktiges mål'
    : null;
}

/** The goals (by id) that stand beneath `goalId`, at any depth. */
export function descendantsOf(goals: readonly { id: string; parent: string | null }[], goalId: string) {
  const found = new Set<string>();
  let frontier = [goalId];
  while (frontier.length > 0) {
    const next = goals.filter(
      (goal) => goal.parent !== null && frontier.includes(goal.parent) && !found.has(goal.id),
    );
    for (const goal of next) found.add(goal.id);
    frontier = next.map((goal) => goal.id).filter((id) => id !== goalId);
  }
  found.delete(goalId);
  return found;
}

const letters: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' };

/**
 * A key for an object built in the app, from its title ("Trygg stad för barn" → "trygg-stad-for-barn"), made
 * unique among `taken` with a number; the exchange format names objects by these keys.
 */
export function keyFromTitle(title: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    title
      .toLowerCase()
      .replace(/[åäöéü]/g, (letter) => letters[letter] ?? letter)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number += 1;
  return `${base}-${number}`;
}

/**
 * Whether `ordered` names exactly the ids of `stored`, each once: a reorder lists every object it orders, so
 * none is lost or placed twice. Returns the Swedish problem, or null.
 */
export function orderProblem(stored: readonly string[], ordered: readonly string[]): string | null {
  const known = new Set(stored);
  const seen = new Set<string>();
  for (const id of ordered) {
    if (!known.has(id)) return 'Ordningen nämner något som inte finns i listan';
    if (seen.has(id)) return 'Ordningen nämner samma sak två gånger';
    seen.add(id);
  }
  return seen.size === known.size ? null : 'Ordningen måste nämna varje sak i listan';
}

interface PlacedGoal {
  id: string;
  parent: string | null;
  kind: string;
  title: string;
}

/**
 * Why a goal (new: an id not among `goals`) cannot have `kind` and stand beneath `parent`, with the field to
 * name, or null: the parent must be a goal of the year, not beneath the goal, of the same level or a higher
 * one, and the goals already beneath it must still fit its kind.
 */
export function goalPlaceProblem(
  goals: readonly PlacedGoal[],
  goal: { id: string; kind: string; parent: string | null },
): { field: 'kind' | 'parentGoalId'; message: string } | null {
  const cycle = parentProblem(goals, goal.id, goal.parent);
  if (cycle) return { field: 'parentGoalId', message: cycle };
  const parent = goals.find((entry) => entry.id === goal.parent);
  const parentKind = parent && parentKindProblem(goal.kind, parent.kind);
  if (parentKind) return { field: 'parentGoalId', message: parentKind };
  const child = goals.find((entry) => entry.parent === goal.id && parentKindProblem(entry.kind, goal.kind));
  return child
    ? {
        field: 'kind',
        message: `Målet ”${child.title}” ligger under detta mål och kan inte stå under ett mål av det slaget`,
      }
    : null;
}
