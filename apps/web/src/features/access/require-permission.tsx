import type { Permission } from '@styr/shared/domain/access';
import { Outlet } from 'react-router';
import { NoAccessPage } from '../../components/query-state.tsx';
import { useMunicipalityPermissions } from './use-permissions.ts';

/** Guards administration pages, which need the permission for the whole municipality. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const permissions = useMunicipalityPermissions();
  if (!permissions.has(permission)) {
    return (
      <NoAccessPage message="Sidan är till för administratörer. Ditt konto har inte den behörigheten." />
    );
  }
  return <Outlet />;
}
