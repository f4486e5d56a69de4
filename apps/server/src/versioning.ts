import { AppError } from './errors.ts';

/**
 * An update names the version it was based on; a stale one is refused with the stored state so the client can
 * merge. The audit log's id of the object (the stored row's id unless given) lets the refusal name who saved.
 */
export function assertVersion<T extends { version: number }>(
  stored: T,
  expected: number,
  present: (row: T) => unknown,
  entityId?: string,
) {
  if (stored.version !== expected) {
    const rowId = (stored as { id?: unknown }).id;
    throw new AppError(
      'VERSION_CONFLICT',
      'Någon annan har ändrat uppgifterna medan du redigerade. Läs in de aktuella uppgifterna och gör om ändringen.',
      { current: present(stored), entityId: entityId ?? (typeof rowId === 'string' ? rowId : undefined) },
    );
  }
}

/** The fields of a patch that were actually given, so absent fields stay as they are. */
export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
