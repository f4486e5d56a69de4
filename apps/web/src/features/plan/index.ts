export { CommitteeYearGate } from './committee-year-gate.tsx';
export {
  AdoptedNotice,
  adoptedDocument,
  DocumentPageHeader,
  YearOverviewLink,
} from './document-page-parts.tsx';
export { DocumentStatusActions } from './document-status-actions.tsx';
export { ExportLink } from './export-link.tsx';
export { levelOf, scaleOf } from './follow-up-values.ts';
export { GoalFrame } from './goal-article.tsx';
export { GoalGroups } from './goal-section.tsx';
export { withActivity, withAssessment, withIndicatorValue, withReport } from './plan-cache.ts';
export {
  activityStatusLabels,
  assignmentPlaceFacts,
  decisionText,
  documentName,
  type FollowUpPoint,
  goalAnchor,
  goalIndent,
  isEmptyYear,
  parentGoalText,
} from './plan-labels.ts';
export {
  activityStatusWrite,
  assessmentWrite,
  assignmentReportWrite,
  indicatorValueWrite,
} from './plan-writes.ts';
export { useCommitteeYear } from './use-committee-year.ts';
export { usePlanAccess } from './use-plan-access.ts';
export { usePlanSaveForm } from './use-plan-save-form.ts';
export { usePlanWrite, useUpdateYearCache } from './use-plan-write.ts';
export { useYearFreeze } from './use-year-freeze.ts';
