import { effectivePermissions, type Permission } from '@styr/shared/domain/access';
import { useMemo } from 'react';
import { useMe } from '../auth/index.ts';
import type { OrgIndex } from '../org/index.ts';

/** What the signed-in person may do on a node, given its path from the committee down; [] is the municipality. */
export function usePermissions(path: readonly string[]): ReadonlySet<Permission> {
  const { grants } = useMe();
  const key = path.join('/');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is compared by its contents
  return useMemo(() => effectivePermissions(grants, path), [grants, key]);
}

const municipality: readonly string[] = [];

export function useMunicipalityPermissions(): ReadonlySet<Permission> {
  return usePermissions(municipality);
}

/**
 * Whether the person may open a node's page. The org tree also holds ancestors of what they may read,
 * only for context; those are shown as text, not links.
 */
export function useCanRead(index: OrgIndex | undefined): (nodeId: string) => boolean {
  const { grants } = useMe();
  return useMemo(() => {
    const cache = new Map<string, boolean>();
    return (nodeId: string) => {
      let known = cache.get(nodeId);
      if (known === undefined) {
        const path = index?.pathOf(nodeId) ?? [nodeId];
        known = effectivePermissions(grants, path).has('org.read');
        cache.set(nodeId, known);
      }
      return known;
    };
  }, [grants, index]);
}
