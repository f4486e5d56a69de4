import { isNumberParseFailure, parseSwedishNumber } from '@styr/shared/format/number';
import type { FieldIssue } from '../../api/api-error.ts';

/** The number a person typed the Swedish way ("1 234,5"); null when empty, NaN when it does not parse. */
export function numberFromText(text: string): number | null {
  const parsed = parseSwedishNumber(text);
  return isNumberParseFailure(parsed) ? Number.NaN : parsed;
}

/** Swedish messages for number fields, checked before the shared schema. */
export function numberIssues(fields: Record<string, { value: string; optional?: boolean }>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [path, { value, optional }] of Object.entries(fields)) {
    const parsed = parseSwedishNumber(value);
    if (isNumberParseFailure(parsed)) issues.push({ path, message: parsed.message });
    else if (parsed === null && !optional) issues.push({ path, message: 'Ange ett tal' });
  }
  return issues;
}

/** Swedish messages for date fields: the date picker gives a whole date or nothing. */
export function dateIssues(fields: Record<string, { value: string; optional?: boolean }>): FieldIssue[] {
  return Object.entries(fields)
    .filter(([, { value, optional }]) => value === '' && !optional)
    .map(([path]) => ({ path, message: 'Ange ett datum' }));
}
