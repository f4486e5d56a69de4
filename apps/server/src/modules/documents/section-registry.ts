import type { Section, SectionKind } from '@styr/shared/contracts/documents';
import type { SectionBuilder } from './build-context.ts';
import { actionPlanFollowUpsSection } from './sections/action-plan-follow-ups.section.ts';
import { actionPlansSection } from './sections/action-plans.section.ts';
import { assignmentsSection } from './sections/assignments.section.ts';
import {
  centralItemsSection,
  departmentResultsSection,
  equitySection,
  incomeStatementSection,
  municipalGrantSection,
  stateGrantsSection,
} from './sections/economy.sections.ts';
import { goalAreasSection } from './sections/goal-areas.section.ts';
import { goalsSection } from './sections/goals.section.ts';
import { investmentsSection } from './sections/investments.sections.ts';
import { keyFigureTableSection, significantDeviationsSection } from './sections/key-figure.sections.ts';
import { controlPlanSection, riskRegisterSection } from './sections/risk.sections.ts';
import { documentTextSection, fixedTextSection, headingSection } from './sections/text.sections.ts';

/** Every section kind's builder; the type makes a kind added to the contract fail to compile until it has one. */
export const sectionBuilders: { [K in SectionKind]: SectionBuilder<Extract<Section, { kind: K }>> } = {
  heading: headingSection,
  fixedText: fixedTextSection,
  documentText: documentTextSection,
  goals: goalsSection,
  goalAreas: goalAreasSection,
  assignments: assignmentsSection,
  riskRegister: riskRegisterSection,
  controlPlan: controlPlanSection,
  incomeStatement: incomeStatementSection,
  departmentResults: departmentResultsSection,
  municipalGrant: municipalGrantSection,
  stateGrants: stateGrantsSection,
  centralItems: centralItemsSection,
  equity: equitySection,
  keyFigureTable: keyFigureTableSection,
  significantDeviations: significantDeviationsSection,
  actionPlans: actionPlansSection,
  investments: investmentsSection,
  actionPlanFollowUps: actionPlanFollowUpsSection,
};

export function sectionBuilder<S extends Section>(section: S): SectionBuilder<S> {
  return sectionBuilders[section.kind] as unknown as SectionBuilder<S>;
}
