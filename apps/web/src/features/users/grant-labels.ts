import { type Grant, roleLabels } from '@styr/shared/contracts/auth';

export function grantScope(nodeId: string | null, nodeName: (id: string) => string | undefined): string {
  if (nodeId === null) return 'Hela kommunen';
  return nodeName(nodeId) ?? 'Okänd del av organisationen';
}

export function describeGrant(grant: Grant, nodeName: (id: string) => string | undefined): string {
  return `${roleLabels[grant.role]} – ${grantScope(grant.nodeId, nodeName)}`;
}
