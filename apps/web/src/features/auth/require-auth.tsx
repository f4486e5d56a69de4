import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingPage, QueryErrorPage } from '../../components/query-state.tsx';
import { signInPathFor } from './return-path.ts';
import { SignedInContext, useMeQuery } from './use-me.ts';

export function RequireAuth() {
  const location = useLocation();
  const me = useMeQuery();
  if (me.isPending) return <LoadingPage />;
  if (me.isError && me.data === undefined)
    return <QueryErrorPage error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  return (
    <SignedInContext value={me.data}>
      <Outlet />
    </SignedInContext>
  );
}
