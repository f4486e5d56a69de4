export { CommitteeNav } from './committee-nav.tsx';
export { useSelection } from './use-selection.ts';
