/** A goal as the hierarchy sees it: its own id (or key) and its parent's, if any. */
export interface GoalLink {
  id: string;
  parent: string | null;
}

/**
 * The goals in hierarchy order: each goal followed by its children, depth first, siblings in their given
 * order. A goal whose parent is not in the list stands at the top, so no goal is ever left out; a goal in a
 * cycle (which the writes refuse) is placed at the top where the cycle is entered.
 */
export function inHierarchyOrder<T extends GoalLink>(goals: readonly T[]): { goal: T; depth: number }[] {
  const known = new Set(goals.map((goal) => goal.id));
  const children = new Map<string | null, T[]>();
  for (const goal of goals) {
    const parent = goal.parent !== null && known.has(goal.parent) ? goal.parent : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(goal);
    children.set(parent, siblings);
  }
  const ordered: { goal: T; depth: number }[] = [];
  const placed = new Set<string>();
  const visit = (goal: T, depth: number) => {
    if (placed.has(goal.id)) return;
    placed.add(goal.id);
    ordered.push({ goal, depth });
    for (const child of children.get(goal.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  for (const goal of goals) visit(goal, 0);
  return ordered;
}

/** The goals (by id) whose chain of parents comes back to themselves. */
export function goalsInCycles(goals: readonly GoalLink[]): Set<string> {
  const parentOf = new Map(goals.map((goal) => [goal.id, goal.parent]));
  const cyclic = new Set<string>();
  for (const goal of goals) {
    const seen = new Set<string>();
    let current: string | null | undefined = goal.id;
    while (current != null && !seen.has(current)) {
      seen.add(current);
      current = parentOf.get(current);
    }
    if (current === goal.id) cyclic.add(goal.id);
  }
  return cyclic;
}

/**
 * Why a goal cannot be placed under a parent, in Swedish, or null: the parent must be another goal of the
 * same year, and not the goal itself or one of the goals beneath it.
 */
export function parentProblem(
  goals: readonly GoalLink[],
  goalId: string,
  parent: string | null,
): string | null {
  if (parent === null) return null;
  if (parent === goalId) return 'Ett mål kan inte ligga under sig självt';
  if (!goals.some((goal) => goal.id === parent)) return 'Det överordnade målet finns inte i årets plan';
  const moved = goals.map((goal) => (goal.id === goalId ? { id: goal.id, parent } : goal));
  return goalsInCycles(moved).has(goalId)
    ? 'Det överordnade målet ligger redan under detta mål; målen skulle bilda en cirkel'
    : null;
}

/** A goal's parents from the top down, e.g. the council goal above a committee goal. */
export function parentChain<T extends GoalLink>(goals: readonly T[], goalId: string): T[] {
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const chain: T[] = [];
  const seen = new Set<string>([goalId]);
  let parent = byId.get(goalId)?.parent ?? null;
  while (parent !== null && !seen.has(parent)) {
    const found = byId.get(parent);
    if (!found) break;
    seen.add(parent);
    chain.unshift(found);
    parent = found.parent;
  }
  return chain;
}
