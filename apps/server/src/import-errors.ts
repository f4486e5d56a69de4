import type { z } from 'zod';
import { AppError, type ErrorDetail } from './errors.ts';

/** "goals[3].goalArea" from zod's ['goals', 3, 'goalArea']. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

export function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: jsonPath(issue.path) || '(hela filen)',
    message: issue.message,
  }));
}

/** An import that changed nothing, with every problem found and where. */
export function importRefused(source: string, details: ErrorDetail[]): AppError {
  const first = details[0];
  const where = first ? ` Första felet: ${first.path}: ${first.message}` : '';
  return new AppError(
    'VALIDATION',
    `Filen ${source} kunde inte läsas in; inget har sparats. ${details.length} fel.${where}`,
    { details },
  );
}
