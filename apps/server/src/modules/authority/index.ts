export {
  assertMayRewriteYear,
  assertMayWrite,
  lastFollowUp,
  type WriteTarget,
  type YearScope,
} from './write-authority.ts';
