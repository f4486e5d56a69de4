import type { Problem } from '@styr/shared/domain/problem';
import { AppError } from '../../errors.ts';

const kindOf = (fileName: string) => (fileName.toLowerCase().endsWith('.csv') ? 'CSV' : 'Excel-fil');

/** A file that is not what its name says, or is damaged in a way the reader notices. */
export const unreadable = (fileName: string) =>
  new AppError('VALIDATION', `Filen ${fileName} kunde inte läsas som ${kindOf(fileName)}.`, {
    details: [{ path: 'file', message: 'Filen är skadad eller har fel format' }],
  });

/** A file beyond the limits (TOO_LARGE), or one whose parts contradict each other (UNPROCESSABLE). */
export function spreadsheetRefused(
  fileName: string,
  code: 'TOO_LARGE' | 'UNPROCESSABLE',
  problem: Problem,
): AppError {
  const what = code === 'TOO_LARGE' ? 'är för stor för att läsas in' : 'är skadad och kan inte läsas in';
  const where = problem.path === 'file' ? '' : ` (${problem.path})`;
  return new AppError(code, `Filen ${fileName} ${what}: ${problem.message}${where}.`, {
    details: [problem],
  });
}
