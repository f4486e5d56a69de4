import { useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { useMe } from '../auth/index.ts';
import { currentYear } from '../org/index.ts';
import { landingPlace, readRememberedPlace, rememberPlace, useMyStart } from '../start/index.ts';
import { SideMenuButton, sideMenuId } from './side-menu-button.tsx';
import { SideNav } from './side-nav.tsx';
import { TopBar } from './top-bar.tsx';
import { type Selection, SelectionContext, useRouteSelection } from './use-selection.ts';
import { useSideMenu } from './use-side-menu.ts';

export function AppShell() {
  const route = useRouteSelection();
  const { user } = useMe();
  const start = useMyStart();
  const menu = useSideMenu();
  const [remembered, setRemembered] = useState(() => readRememberedPlace(user.id));

  useEffect(() => {
    if (route.committeeId && route.year) {
      const place = { committeeId: route.committeeId, year: route.year };
      setRemembered(place);
      rememberPlace(user.id, place);
    }
  }, [route.committeeId, route.year, user.id]);

  // Outside a committee's pages the left column shows the place left last, or the year the person works in.
  const landing = landingPlace(start.data, remembered);
  const selection: Selection = {
    committeeId: route.committeeId ?? landing?.committeeId ?? null,
    year: route.year ?? landing?.year ?? currentYear(),
    nodeId: route.nodeId,
    place: route.place,
  };

  return (
    <SelectionContext value={selection}>
      <a className="skip-link" href="#innehall">
        Hoppa till innehållet
      </a>
      <TopBar menuButton={<SideMenuButton menu={menu} />} />
      <div className="layout">
        <div className={menu.open ? 'sidebar sidebar-open' : 'sidebar'} id={sideMenuId} ref={menu.panelRef}>
          <SideNav />
        </div>
        <main className="workarea" id="innehall" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </SelectionContext>
  );
}
