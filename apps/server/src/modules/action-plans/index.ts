export { actionPlanInputProblems, storedActionPlan } from './action-plan-shape.ts';
export { readActionPlans } from './action-plans.service.ts';
