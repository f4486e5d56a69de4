export {
  readAssessmentScales,
  replaceAssessmentScales,
  reportScale,
  scaleToKeep,
  unfitAssessments,
} from './assessment-scales.ts';
export {
  assertHandedOver,
  onCommittee,
  readCommittee,
  readCommitteeHandedOver,
  readsWorkInProgress,
} from './committee-access.ts';
export { type ExportScope, loadCommitteeYear } from './committee-year.queries.ts';
export { getCommitteeYearView } from './committee-year.service.ts';
export { getCompleteness } from './completeness.service.ts';
export { assertDocumentName, documentId, ensureDocument, presentDocument } from './documents.service.ts';
export { indicatorUnitProblems, readIndicatorUnits, writeIndicatorUnits } from './indicator-units.ts';
export {
  definitionRemovalProblems,
  mergeKeyFigureDefinitions,
  readKeyFigureDefinitions,
  writeKeyFigureDefinitions,
} from './key-figure-definitions.ts';
export type { NextYearPart } from './next-year.service.ts';
export { assignmentsInYear, findDocument, findGoal } from './plan.queries.ts';
export { presentTarget, targetColumns } from './present-target.ts';
