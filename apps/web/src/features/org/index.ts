export { CommitteeNotInYear } from './committee-not-in-year.tsx';
export { flattenTree, type OrgIndex } from './org-index.ts';
export {
  actionPlansPath,
  committeeDocumentsPath,
  committeeOrgPath,
  committeePath,
  currentYear,
  economyPath,
  followUpPath,
  indicatorPath,
  nodePath,
  parseYear,
  planEditorPath,
  risksPath,
  yearOptions,
} from './org-paths.ts';
export { useOrgKinds, useOrgNames, useOrgTree } from './use-org-queries.ts';
