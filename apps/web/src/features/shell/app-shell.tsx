import { useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { currentYear } from '../org/index.ts';
import { SideMenuButton, sideMenuId } from './side-menu-button.tsx';
import { SideNav } from './side-nav.tsx';
import { TopBar } from './top-bar.tsx';
import { type Selection, SelectionContext, useRouteSelection } from './use-selection.ts';
import { useSideMenu } from './use-side-menu.ts';

export function AppShell() {
  const route = useRouteSelection();
  const menu = useSideMenu();
  const [remembered, setRemembered] = useState<{ committeeId: string; year: number } | null>(null);

  useEffect(() => {
    if (route.committeeId && route.year) setRemembered({ committeeId: route.committeeId, year: route.year });
  }, [route.committeeId, route.year]);

  const selection: Selection = {
    committeeId: route.committeeId ?? remembered?.committeeId ?? null,
    year: route.year ?? remembered?.year ?? currentYear(),
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
