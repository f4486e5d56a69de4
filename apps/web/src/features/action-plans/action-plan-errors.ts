const planFields: Record<string, string> = {
  title: 'Rubrik',
  partner: 'Överenskommen med',
  periodFrom: 'Gäller från',
  periodTo: 'Gäller till',
  purpose: 'Syfte och bakgrund',
  funders: 'Finansiärer',
  focusAreas: 'Fokusområden',
  budget: 'Budget',
};

/**
 * Where in a plan a field is, from its path in the form ("focusAreas.0.strategies.1.actions.0.what"), for the
 * list of problems above the form: "Fokusområde 1, strategi 2, insats 1".
 */
export function planPlace(path: string): string {
  const [first = '', a, second, b, third, c] = path.split('.');
  const n = (index: string | undefined) => Number(index ?? 0) + 1;
  if (a === undefined) return planFields[first] ?? 'Planen';
  if (first === 'funders') return `Finansiär ${n(a)}`;
  if (first === 'budget') return `Budgetrad ${n(a)}${second === 'amounts' ? ', belopp' : ''}`;
  const area = `Fokusområde ${n(a)}`;
  if (second !== 'strategies' || b === undefined) return area;
  const strategy = `${area}, strategi ${n(b)}`;
  if (third !== 'actions' || c === undefined) return strategy;
  return `${strategy}, insats ${n(c)}`;
}
