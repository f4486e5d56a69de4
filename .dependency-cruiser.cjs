// The architecture's dependency rules, checked by `npm run lint`; docs/ARCHITECTURE.md ("Dependency rules") says
// why each is there. Type-only imports count like any other except where a rule says otherwise.
const modules = '^apps/server/src/modules/';
const moduleEntry = '^apps/server/src/modules/[^/]+/index\\.ts$';
const test = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles anywhere, type-only imports and tests included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-not-to-apps',
      comment: 'packages/shared is used by the apps and uses none of them.',
      severity: 'error',
      from: { path: '^packages/shared/' },
      to: { path: '^apps/' },
    },
    {
      name: 'pure-domain-no-io',
      comment: 'domain/ and format/ are pure: no Node.js built-ins, no npm packages.',
      severity: 'error',
      from: { path: '^packages/shared/src/(domain|format)/', pathNot: test },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
      },
    },
    {
      name: 'pure-domain-no-contract-values',
      comment: 'domain/ and format/ may name the HTTP contracts’ types, but use none of their values.',
      severity: 'error',
      from: { path: '^packages/shared/src/(domain|format)/', pathNot: test },
      to: { path: '^packages/shared/src/contracts/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-not-to-server',
      comment: 'The web app speaks to the server over HTTP only, through the shared contracts.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'module-through-public-entry',
      comment: 'A server module uses another module only through that module’s index.ts.',
      severity: 'error',
      from: { path: `${modules}([^/]+)/`, pathNot: test },
      to: { path: modules, pathNot: [`${modules}$1/`, moduleEntry] },
    },
    {
      name: 'server-uses-modules-through-public-entry',
      comment: 'cli/, demo/, http/ and the rest of the server use a module only through its index.ts.',
      severity: 'error',
      from: { path: '^(apps/server|scripts)/', pathNot: [modules, '^apps/server/src/app\\.ts$', test] },
      to: { path: modules, pathNot: moduleEntry },
    },
    {
      name: 'app-registers-module-routes',
      comment: 'app.ts registers each module’s <area>.routes.ts; anything else it takes from index.ts.',
      severity: 'error',
      from: { path: '^apps/server/src/app\\.ts$' },
      to: { path: modules, pathNot: [moduleEntry, `${modules}[^/]+/[^/]+\\.routes\\.ts$`] },
    },
    {
      name: 'db-not-to-modules',
      comment: 'The database layer is below the modules.',
      severity: 'error',
      from: { path: '^apps/server/src/db/' },
      to: { path: modules },
    },
    {
      name: 'feature-through-public-entry',
      comment:
        'A web feature uses another feature only through its index.ts; shared UI lives in components/.',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: {
        path: '^apps/web/src/features/',
        pathNot: ['^apps/web/src/features/$1/', '^apps/web/src/features/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves, so no dependency escapes the rules above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Reads imports as written, type-only ones included (TypeScript 5.9, see scripts/depcruise-preload.ts).
    tsPreCompilationDeps: true,
    exclude: { path: '(^|/)(node_modules|dist|data|\\.tmp)/' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
