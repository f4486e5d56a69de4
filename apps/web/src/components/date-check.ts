import type { FieldIssue } from '../api/api-error.ts';

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Swedish messages for date fields, checked before the shared schema. */
export function dateIssues(fields: Record<string, { value: string; optional?: boolean }>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [path, { value, optional }] of Object.entries(fields)) {
    const trimmed = value.trim();
    if (trimmed === '') {
      if (!optional) issues.push({ path, message: 'Ange ett datum' });
    } else if (!isIsoDate(trimmed)) {
      issues.push({ path, message: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-01-01' });
    }
  }
  return issues;
}
