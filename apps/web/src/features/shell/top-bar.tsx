import { Link, NavLink } from 'react-router';
import { useMe } from '../auth/use-me.ts';
import { useSignOut } from '../auth/use-sign-out.ts';
import { tasksPath } from '../workflow/workflow-paths.ts';

export function TopBar() {
  const me = useMe();
  const signOut = useSignOut();
  return (
    <header className="topbar">
      <Link to="/" className="brand">
        Styr
      </Link>
      <nav aria-label="Ditt arbete" className="topbar-nav">
        <NavLink to={tasksPath} className="topbar-link">
          Att göra
        </NavLink>
      </nav>
      <div className="topbar-user">
        <span>
          <span className="visually-hidden">Inloggad som </span>
          {me.user.displayName}
        </span>
        <button
          type="button"
          className="button button-topbar"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          {signOut.isPending ? 'Loggar ut…' : 'Logga ut'}
        </button>
      </div>
    </header>
  );
}
