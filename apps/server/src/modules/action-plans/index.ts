export { actionPlanInputProblems, storedActionPlan } from './action-plan-shape.ts';
export { readActionPlans } from './action-plans.service.ts';
export { actionPlansNextYear } from './action-plans-next-year.ts';
