import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { PendingButton } from '../../components/pending-button.tsx';
import { useMe, useSignOut } from '../auth/index.ts';
import { tasksPath, useMyTasks } from '../workflow/index.ts';

/** How many parts wait for the person, on every page, marked when a deadline has passed or is near. */
function TaskCount() {
  const tasks = useMyTasks();
  if (!tasks.data || tasks.data.length === 0) return null;
  const count = tasks.data.length;
  const late = tasks.data.filter((task) => task.overdue).length;
  const soon = tasks.data.filter((task) => task.dueSoon).length;
  const urgency = late > 0 ? `, ${late} försenade` : soon > 0 ? `, ${soon} med sista dag snart` : '';
  return (
    <span className={`task-count${late > 0 ? ' task-count-late' : soon > 0 ? ' task-count-soon' : ''}`}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">
        : {count} {count === 1 ? 'del' : 'delar'} att rapportera{urgency}
      </span>
    </span>
  );
}

export function TopBar({ menuButton }: { menuButton: ReactNode }) {
  const me = useMe();
  const signOut = useSignOut();
  return (
    <header className="topbar">
      {menuButton}
      <Link to="/" className="brand">
        Styr
      </Link>
      <nav aria-label="Ditt arbete" className="topbar-nav">
        <NavLink to="/" end className="topbar-link">
          Startsida
        </NavLink>
        <NavLink to={tasksPath} className="topbar-link">
          Att göra
          <TaskCount />
        </NavLink>
      </nav>
      <div className="topbar-user">
        <span className="topbar-name">
          <span className="visually-hidden">Inloggad som </span>
          {me.user.displayName}
        </span>
        <PendingButton
          pending={signOut.isPending}
          pendingLabel="Loggar ut…"
          className="button button-topbar"
          onClick={() => signOut.mutate()}
        >
          Logga ut
        </PendingButton>
      </div>
    </header>
  );
}
