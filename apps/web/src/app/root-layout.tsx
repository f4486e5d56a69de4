import { useEffect, useRef } from 'react';
import { RouterProvider as AriaRouterProvider, I18nProvider } from 'react-aria-components';
import {
  type NavigateOptions,
  Outlet,
  ScrollRestoration,
  useHref,
  useLocation,
  useNavigate,
} from 'react-router';
import { UnsavedWorkGuard } from '../components/form/unsaved-work-guard.tsx';
import { NavigationFocusContext } from './navigation-focus.ts';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

/** Wraps every page: lets React Aria links use the router, and moves focus to the new page's heading. */
export function RootLayout() {
  const navigate = useNavigate();
  const navigatedAt = useFocusOnNavigation();
  return (
    <NavigationFocusContext value={navigatedAt}>
      <I18nProvider locale="sv-SE">
        <AriaRouterProvider navigate={(to, options) => navigate(to, options)} useHref={useHref}>
          <Outlet />
          <UnsavedWorkGuard />
          <ScrollRestoration />
        </AriaRouterProvider>
      </I18nProvider>
    </NavigationFocusContext>
  );
}

function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  const navigatedAt = useRef<number | null>(null);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    navigatedAt.current = Date.now();
    // Screen reader users otherwise stay on the link they followed and do not learn that the page changed.
    const frame = requestAnimationFrame(() => {
      const target =
        document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
      target?.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return navigatedAt;
}
