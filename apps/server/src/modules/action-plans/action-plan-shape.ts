import type { ActionPlanInput, ExchangeActionPlan } from '@styr/shared/contracts/action-plans';
import { actionPlanProblems } from '@styr/shared/domain/action-plans';
import type { Problem } from '@styr/shared/domain/problem';
import type { actionPlans } from '../../db/schema/index.ts';
import { sanitizeRichText } from '../../rich-text.ts';

type StoredFields = Required<
  Pick<
    typeof actionPlans.$inferInsert,
    'title' | 'partner' | 'periodFrom' | 'periodTo' | 'purpose' | 'funders' | 'focusAreas' | 'budget'
  >
>;

/**
 * A plan as it is stored, from the API's input or the open format's: absent texts as null, the purpose and the
 * areas' descriptions as safe rich text, and each row's amounts in the order of the funders, so the same plan always stores and
 * exports the same way. Follow-ups are not part of it; they are stored per follow-up point.
 */
export function storedActionPlan(input: ActionPlanInput | ExchangeActionPlan): StoredFields {
  return {
    title: input.title,
    partner: input.partner ?? null,
    periodFrom: input.periodFrom ?? null,
    periodTo: input.periodTo ?? null,
    purpose: sanitizeRichText(input.purpose ?? null),
    funders: input.funders.map(({ key, name }) => ({ key, name })),
    focusAreas: input.focusAreas.map((area) => ({
      key: area.key,
      title: area.title,
      description: sanitizeRichText(area.description ?? null),
      strategies: area.strategies.map((strategy) => ({
        key: strategy.key,
        title: strategy.title,
        actions: strategy.actions.map((action) => ({
          key: action.key,
          what: action.what,
          targetGroup: action.targetGroup ?? null,
          actors: action.actors ?? null,
          plannedEffect: action.plannedEffect ?? null,
        })),
      })),
    })),
    budget: input.budget.map((row) => ({
      key: row.key,
      label: row.label,
      amounts: Object.fromEntries(
        input.funders.flatMap((funder) =>
          funder.key in row.amounts ? [[funder.key, row.amounts[funder.key] ?? null]] : [],
        ),
      ),
    })),
  };
}

/** What the schema cannot check in a plan, at `path`; follow-ups only at the municipality's points. */
export const actionPlanInputProblems = (
  input: ActionPlanInput | ExchangeActionPlan,
  path: string,
  followUpKeys: Iterable<string>,
): Problem[] => actionPlanProblems(input, path, new Set(followUpKeys));
