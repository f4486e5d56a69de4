import type { WriteRule } from './write-integrity-rules.ts';

const year = '/api/municipalities/:municipalityId/committees/:committeeId/years/:year';
const plan = { document: 'plan' };

/** The rules of the routes that build the plan's measures and assignments: the adopted plan freezes them all. */
export const planMeasuresWriteRules: Record<string, WriteRule> = {
  [`POST ${year}/indicators`]: { frozenBy: plan, versioned: false, audit: { entityType: 'indicator' } },
  [`PUT ${year}/indicators/:indicatorId/goals`]: {
    frozenBy: plan,
    versioned: true,
    audit: { entityType: 'indicator' },
  },
  [`PUT ${year}/indicators/:indicatorId/targets/:targetYear`]: {
    frozenBy: plan,
    versioned: true,
    audit: { entityType: 'indicator' },
  },
  [`PUT ${year}/goals/:goalId/indicators/:indicatorId/position`]: {
    frozenBy: plan,
    versioned: true,
    audit: { entityType: 'indicator' },
  },
  [`DELETE ${year}/indicators/:indicatorId`]: {
    frozenBy: plan,
    versioned: true,
    audit: { entityType: 'indicator' },
  },
  [`POST ${year}/assignments`]: { frozenBy: plan, versioned: false, audit: { entityType: 'assignment' } },
  [`PATCH ${year}/assignments/:assignmentId/details`]: {
    frozenBy: plan,
    versioned: true,
    audit: { entityType: 'assignment' },
  },
  [`PUT ${year}/assignments/:assignmentId/position`]: {
    frozenBy: plan,
    versioned: true,
    audit: { entityType: 'assignment' },
  },
  [`DELETE ${year}/assignments/:assignmentId`]: {
    frozenBy: plan,
    versioned: true,
    audit: { entityType: 'assignment' },
  },
};
