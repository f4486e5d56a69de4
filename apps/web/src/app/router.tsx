import { createBrowserRouter } from 'react-router';
import { LoadingPage } from '../components/query-state.tsx';
import { RequirePermission } from '../features/access/require-permission.tsx';
import { RequireAuth } from '../features/auth/require-auth.tsx';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { CommitteeOrgPage } from '../features/org/committee-org-page.tsx';
import { OrgAdminPage } from '../features/org/org-admin-page.tsx';
import { OrgNodePage } from '../features/org/org-node-page.tsx';
import { AppShell } from '../features/shell/app-shell.tsx';
import { NotFoundPage } from '../features/shell/not-found-page.tsx';
import { RouteErrorPage } from '../features/shell/route-error-page.tsx';
import { StartPage } from '../features/start/start-page.tsx';
import { UserPage } from '../features/users/user-page.tsx';
import { UsersPage } from '../features/users/users-page.tsx';
import { RootLayout } from './root-layout.tsx';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteErrorPage />,
      // Shown while a lazily loaded page named by the first address is fetched.
      hydrateFallbackElement: <LoadingPage />,
      children: [
        { path: '/logga-in', element: <SignInPage /> },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <AppShell />,
              children: [
                { index: true, element: <StartPage /> },
                // The plan pages are loaded on demand, so that the first load stays small.
                {
                  path: 'namnd/:committeeId/:year',
                  lazy: () =>
                    import('../features/plan/committee-overview-page.tsx').then((module) => ({
                      Component: module.CommitteeOverviewPage,
                    })),
                },
                { path: 'namnd/:committeeId/:year/organisation', element: <CommitteeOrgPage /> },
                {
                  path: 'namnd/:committeeId/:year/ekonomi',
                  lazy: () =>
                    import('../features/economy/economy-page.tsx').then((module) => ({
                      Component: module.EconomyPage,
                    })),
                },
                {
                  path: 'namnd/:committeeId/:year/dokument',
                  lazy: () =>
                    import('../features/documents/documents-page.tsx').then((module) => ({
                      Component: module.DocumentsPage,
                    })),
                },
                {
                  path: 'namnd/:committeeId/:year/indikatorer/:indicatorId',
                  lazy: () =>
                    import('../features/plan/indicator-page.tsx').then((module) => ({
                      Component: module.IndicatorPage,
                    })),
                },
                {
                  path: 'namnd/:committeeId/:year/uppfoljning/:followUp',
                  lazy: () =>
                    import('../features/follow-up/follow-up-editor-page.tsx').then((module) => ({
                      Component: module.FollowUpEditorPage,
                    })),
                },
                {
                  path: 'namnd/:committeeId/:year/uppfoljning/:followUp/rapportering',
                  lazy: () =>
                    import('../features/workflow/reporting-page.tsx').then((module) => ({
                      Component: module.ReportingPage,
                    })),
                },
                {
                  path: 'namnd/:committeeId/:year/risker',
                  lazy: () =>
                    import('../features/risks/risks-page.tsx').then((module) => ({
                      Component: module.RisksPage,
                    })),
                },
                {
                  path: 'namnd/:committeeId/:year/handlingsplaner',
                  lazy: () =>
                    import('../features/action-plans/action-plans-page.tsx').then((module) => ({
                      Component: module.ActionPlansPage,
                    })),
                },
                {
                  path: 'att-gora',
                  lazy: () =>
                    import('../features/workflow/tasks-page.tsx').then((module) => ({
                      Component: module.TasksPage,
                    })),
                },
                {
                  path: 'namnd/:committeeId/:year/plan',
                  lazy: () =>
                    import('../features/plan/plan-editor-page.tsx').then((module) => ({
                      Component: module.PlanEditorPage,
                    })),
                },
                { path: 'namnd/:committeeId/:year/org/:nodeId', element: <OrgNodePage /> },
                {
                  // The page itself tells those without audit.read that it is not for them.
                  path: 'andringslogg',
                  lazy: () =>
                    import('../features/audit/audit-log-page.tsx').then((module) => ({
                      Component: module.AuditLogPage,
                    })),
                },
                {
                  element: <RequirePermission permission="users.manage" />,
                  children: [
                    { path: 'admin/anvandare', element: <UsersPage /> },
                    { path: 'admin/anvandare/:userId', element: <UserPage /> },
                  ],
                },
                {
                  element: <RequirePermission permission="org.manage" />,
                  children: [
                    { path: 'admin/organisation', element: <OrgAdminPage /> },
                    {
                      path: 'admin/dokumentmallar',
                      lazy: () =>
                        import('../features/documents/template-admin-page.tsx').then((module) => ({
                          Component: module.TemplateAdminPage,
                        })),
                    },
                    {
                      path: 'admin/installningar',
                      lazy: () =>
                        import('../features/settings/settings-page.tsx').then((module) => ({
                          Component: module.SettingsPage,
                        })),
                    },
                    ...(
                      [
                        ['skalor', 'ScalesPage'],
                        ['risker', 'RisksPage'],
                        ['resultatrakningar', 'StatementsPage'],
                      ] as const
                    ).map(([path, page]) => ({
                      path: `admin/installningar/${path}`,
                      lazy: () =>
                        import('../features/settings/settings-form-page.tsx').then((module) => ({
                          Component: module[page],
                        })),
                    })),
                  ],
                },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
