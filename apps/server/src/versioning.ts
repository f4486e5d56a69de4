import { AppError } from './errors.ts';

/** An update names the version it was based on; a stale one is refused with the stored state so the client can merge. */
export function assertVersion<T extends { version: number }>(
  stored: T,
  expected: number,
  present: (row: T) => unknown,
) {
  if (stored.version !== expected) {
    throw new AppError(
      'VERSION_CONFLICT',
      'Någon annan har ändrat uppgifterna medan du redigerade. Läs in de aktuella uppgifterna och gör om ändringen.',
      { current: present(stored) },
    );
  }
}

/** The fields of a patch that were actually given, so absent fields stay as they are. */
export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
