import { z } from 'zod';
import { actionFollowUpStatuses } from '../domain/action-plans.ts';
import { INT4_MAX, idSchema, isoDateSchema, objectKeySchema, versionSchema } from './common.ts';
import { kronorSchema } from './economy-exchange.ts';

/**
 * A handlingsplan: a plan attached to a committee's year, often agreed with another party, with its focus areas
 * (fokusområden), their strategies and actions (insatser), and a budget split by funder. The same shapes serve
 * the API and the open format, so a plan reads the same in both.
 */
const text = (max: number) => z.string().max(max, `Texten får vara högst ${max} tecken`);
const title = text(500).trim().min(1, 'Rubriken får inte vara tom');
const optionalText = (max: number) => text(max).nullable().optional();
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `Högst ${max} ${what}`);

export const actionFollowUpSchema = z.strictObject({
  /** The key of one of the municipality's follow-up points. */
  followUp: objectKeySchema,
  status: z.enum(actionFollowUpStatuses),
  comment: optionalText(5000),
});

export const actionSchema = z.strictObject({
  key: objectKeySchema,
  /** The insats. */
  what: text(2000).trim().min(1, 'Beskriv insatsen'),
  targetGroup: optionalText(1000),
  actors: optionalText(2000),
  /** Planerad effekt eller resultat. */
  plannedEffect: optionalText(5000),
});

export const strategySchema = z.strictObject({
  key: objectKeySchema,
  title,
  actions: list(actionSchema, 100, 'insatser per strategi'),
});

export const focusAreaSchema = z.strictObject({
  key: objectKeySchema,
  title,
  description: optionalText(20_000),
  strategies: list(strategySchema, 50, 'strategier per fokusområde'),
});

export const funderSchema = z.strictObject({ key: objectKeySchema, name: title });

export const budgetRowSchema = z.strictObject({
  key: objectKeySchema,
  label: title,
  /** Kronor per funder key; a funder left out, or null, has no amount on the row (not zero). */
  amounts: z.record(objectKeySchema, kronorSchema.nullable()),
});

const planFields = {
  title,
  /** The party the plan is agreed with, e.g. the region's health committee. */
  partner: optionalText(500),
  periodFrom: isoDateSchema.nullable().optional(),
  periodTo: isoDateSchema.nullable().optional(),
  /** Rich text: why the plan exists and what it builds on. */
  purpose: optionalText(50_000),
  funders: list(funderSchema, 20, 'finansiärer'),
  focusAreas: list(focusAreaSchema, 50, 'fokusområden'),
  budget: list(budgetRowSchema, 200, 'budgetrader'),
};

/** A plan as a person writes it through the API; its follow-ups are written one follow-up point at a time. */
export const actionPlanInputSchema = z.strictObject(planFields);
export type ActionPlanInput = z.infer<typeof actionPlanInputSchema>;
export const updateActionPlanSchema = actionPlanInputSchema.extend({ version: versionSchema });
export type UpdateActionPlan = z.infer<typeof updateActionPlanSchema>;

/** A plan in the open format: `actions[].followUps` carry the yearly follow-up with the action. */
export const exchangeActionPlanSchema = z.strictObject({
  id: idSchema.optional(),
  key: objectKeySchema,
  ...planFields,
  focusAreas: list(
    focusAreaSchema.extend({
      strategies: list(
        strategySchema.extend({
          actions: list(
            actionSchema.extend({ followUps: list(actionFollowUpSchema, 20, 'uppföljningar').default([]) }),
            100,
            'insatser per strategi',
          ),
        }),
        50,
        'strategier per fokusområde',
      ),
    }),
    50,
    'fokusområden',
  ),
});
export type ExchangeActionPlan = z.infer<typeof exchangeActionPlanSchema>;

const sumsSchema = z.object({
  rows: z.array(z.object({ key: z.string(), total: kronorSchema.nullable() })),
  funders: z.array(z.object({ key: z.string(), total: kronorSchema.nullable() })),
  total: kronorSchema.nullable(),
});

/** A plan as the API shows it: the exchange shape with its id and version, and its budget's sums. */
export const actionPlanSchema = exchangeActionPlanSchema.extend({
  id: idSchema,
  version: z.int(),
  sums: sumsSchema,
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const actionPlansSchema = z.object({ actionPlans: z.array(actionPlanSchema) });
export type ActionPlans = z.infer<typeof actionPlansSchema>;

/** The committee year's path parameters (as plan.ts has them; that module imports the open format, which imports this). */
export const actionPlanParamsSchema = z.object({
  municipalityId: idSchema,
  committeeId: idSchema,
  year: z.coerce.number().int().min(1900).max(2200),
  actionPlanId: idSchema,
});
export const actionPlanFollowUpParamsSchema = actionPlanParamsSchema.extend({ followUp: objectKeySchema });
export const actionPlanDeleteQuerySchema = z.object({
  version: z.coerce.number().int().min(1).max(INT4_MAX),
});

/** One follow-up point's status and comment for the plan's actions; the point's earlier entries are replaced. */
export const setActionFollowUpsSchema = z.strictObject({
  version: versionSchema,
  entries: list(
    z.strictObject({
      action: objectKeySchema,
      status: z.enum(actionFollowUpStatuses),
      comment: optionalText(5000),
    }),
    2000,
    'insatser',
  ),
});
export type SetActionFollowUps = z.infer<typeof setActionFollowUpsSchema>;
