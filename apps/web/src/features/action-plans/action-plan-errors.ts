/** Where a problem in a plan lies, from the schema's path or the server's ("body.focusAreas[0].title"). */
export interface PlanProblem {
  /** The form field's name, so the field shows its message. */
  field: string;
  /** "Fokusområde 1, strategi 2, insats 1: …", for the summary above the form. */
  text: string;
}

const actionFields: Record<string, string> = {
  what: 'what',
  targetGroup: 'target',
  actors: 'actors',
  plannedEffect: 'effect',
};

export function segmentsOf(path: string | readonly PropertyKey[]): string[] {
  if (typeof path !== 'string') return path.map(String);
  return path
    .replace(/^body\.?/, '')
    .split(/[.[\]]+/)
    .filter(Boolean);
}

/** The field a problem belongs to and a Swedish description of where it is. */
export function planProblem(path: string | readonly PropertyKey[], message: string): PlanProblem {
  const [first = '', a, second, b, third, c, fourth] = segmentsOf(path);
  const n = (index: string | undefined) => Number(index ?? 0) + 1;
  if (first === 'funders') return { field: `funders-${a}`, text: `Finansiär ${n(a)}: ${message}` };
  if (first === 'budget') {
    const field = second === 'amounts' && b ? `budget-${a}-${b}` : `budget-${a}`;
    return { field, text: `Budgetrad ${n(a)}: ${message}` };
  }
  if (first === 'focusAreas') {
    const area = `focusAreas-${a}`;
    const place = `Fokusområde ${n(a)}`;
    if (second !== 'strategies')
      return { field: `${area}-${second ?? 'title'}`, text: `${place}: ${message}` };
    const strategy = `${area}-strategy-${b}`;
    const strategyPlace = `${place}, strategi ${n(b)}`;
    if (third !== 'actions') return { field: strategy, text: `${strategyPlace}: ${message}` };
    return {
      field: `${strategy}-action-${c}-${actionFields[fourth ?? ''] ?? 'what'}`,
      text: `${strategyPlace}, insats ${n(c)}: ${message}`,
    };
  }
  const labels: Record<string, string> = {
    title: 'Rubrik',
    partner: 'Överenskommen med',
    periodFrom: 'Från',
    periodTo: 'Till',
    purpose: 'Syfte',
  };
  return { field: first, text: `${labels[first] ?? 'Planen'}: ${message}` };
}
