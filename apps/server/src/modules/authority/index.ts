export {
  assertMayRewriteYear,
  assertMayWrite,
  lastFollowUp,
  lockCommitteeYear,
  type WriteTarget,
  type YearScope,
} from './write-authority.ts';
