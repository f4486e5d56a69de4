import type { ActionPlan, ActionPlanInput } from '@styr/shared/contracts/action-plans';
import { exceedsKronorRange, kronorFromUnit } from '@styr/shared/domain/money';
import { formatKronor, isNumberParseFailure, parseSwedishNumber } from '@styr/shared/format/number';
import type { FieldIssue } from '../../api/api-error.ts';

/** A plan as the form holds it: every text as typed, amounts as tkr text. */
export interface ActionDraft {
  key: string;
  what: string;
  targetGroup: string;
  actors: string;
  plannedEffect: string;
}
export interface StrategyDraft {
  key: string;
  title: string;
  actions: ActionDraft[];
}
export interface AreaDraft {
  key: string;
  title: string;
  description: string;
  strategies: StrategyDraft[];
}
export interface BudgetRowDraft {
  key: string;
  label: string;
  /** Tkr as typed, per funder under amountName(funder key); empty is no amount. */
  amounts: Record<string, string>;
}
export interface PlanDraft {
  title: string;
  partner: string;
  periodFrom: string;
  periodTo: string;
  purpose: string;
  funders: { key: string; name: string }[];
  focusAreas: AreaDraft[];
  budget: BudgetRowDraft[];
}

/**
 * Where a funder's amount stands in a row's amounts: a key may hold a dot, which would split a field's path, or
 * be all digits, which would make the amounts a list.
 */
export const amountName = (funderKey: string) => `funder:${funderKey.replaceAll('.', ':')}`;

/** A key for a new part of a plan; follow-ups name actions by it, so it never changes once given. */
export const newKey = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export const newAction = (): ActionDraft => ({
  key: newKey('insats'),
  what: '',
  targetGroup: '',
  actors: '',
  plannedEffect: '',
});
export const newStrategy = (): StrategyDraft => ({
  key: newKey('strategi'),
  title: '',
  actions: [newAction()],
});
export const newArea = (): AreaDraft => ({
  key: newKey('omrade'),
  title: '',
  description: '',
  strategies: [newStrategy()],
});

/** A stored amount as a person would type it in tkr: "2 900", "50,5". */
export function tkrText(kronor: string | null | undefined): string {
  if (kronor === null || kronor === undefined) return '';
  return formatKronor(kronor, { unit: 'tkr', decimals: 5 }).replace(/,?0+$/, '');
}

function readTkr(text: string): { kronor: string | null } | { message: string } {
  const parsed = parseSwedishNumber(text);
  if (isNumberParseFailure(parsed)) return { message: parsed.message };
  if (parsed === null) return { kronor: null };
  const kronor = kronorFromUnit(parsed, 'tkr');
  if (kronor !== null) return { kronor };
  return {
    message: exceedsKronorRange(parsed, 'tkr')
      ? 'Beloppet är för stort'
      : 'Beloppet får ha högst fem decimaler i tkr (hela ören)',
  };
}

export function draftOf(plan: ActionPlan | null): PlanDraft {
  if (!plan)
    return {
      title: '',
      partner: '',
      periodFrom: '',
      periodTo: '',
      purpose: '',
      funders: [{ key: newKey('finansiar'), name: '' }],
      focusAreas: [newArea()],
      budget: [],
    };
  return {
    title: plan.title,
    partner: plan.partner ?? '',
    periodFrom: plan.periodFrom ?? '',
    periodTo: plan.periodTo ?? '',
    purpose: plan.purpose ?? '',
    funders: plan.funders.map(({ key, name }) => ({ key, name })),
    focusAreas: plan.focusAreas.map((area) => ({
      key: area.key,
      title: area.title,
      description: area.description ?? '',
      strategies: area.strategies.map((strategy) => ({
        key: strategy.key,
        title: strategy.title,
        actions: strategy.actions.map((action) => ({
          key: action.key,
          what: action.what,
          targetGroup: action.targetGroup ?? '',
          actors: action.actors ?? '',
          plannedEffect: action.plannedEffect ?? '',
        })),
      })),
    })),
    budget: plan.budget.map((row) => ({
      key: row.key,
      label: row.label,
      amounts: Object.fromEntries(
        plan.funders.map((funder) => [amountName(funder.key), tkrText(row.amounts[funder.key])]),
      ),
    })),
  };
}

export const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The amounts that cannot be read as tkr, at their fields; checked before the shared contract. */
export function amountIssues(draft: PlanDraft): FieldIssue[] {
  return draft.budget.flatMap((row, index) =>
    draft.funders.flatMap((funder) => {
      const name = amountName(funder.key);
      const read = readTkr(row.amounts[name] ?? '');
      return 'message' in read ? [{ path: `budget.${index}.amounts.${name}`, message: read.message }] : [];
    }),
  );
}

/** The body the API takes. An amount left empty is sent as missing; a removed funder's amounts go with it. */
export function bodyOf(draft: PlanDraft): ActionPlanInput {
  const budget = draft.budget.map((row) => {
    const amounts: Record<string, string | null> = {};
    for (const funder of draft.funders) {
      const read = readTkr(row.amounts[amountName(funder.key)] ?? '');
      // One that cannot be read is said at its field by amountIssues.
      if ('kronor' in read) amounts[funder.key] = read.kronor;
    }
    return { key: row.key, label: row.label.trim(), amounts };
  });
  return {
    title: draft.title.trim(),
    partner: orNull(draft.partner),
    periodFrom: draft.periodFrom || null,
    periodTo: draft.periodTo || null,
    purpose: orNull(draft.purpose),
    funders: draft.funders.map((funder) => ({ key: funder.key, name: funder.name.trim() })),
    focusAreas: draft.focusAreas.map((area) => ({
      key: area.key,
      title: area.title.trim(),
      description: orNull(area.description),
      strategies: area.strategies.map((strategy) => ({
        key: strategy.key,
        title: strategy.title.trim(),
        actions: strategy.actions.map((action) => ({
          key: action.key,
          what: action.what.trim(),
          targetGroup: orNull(action.targetGroup),
          actors: orNull(action.actors),
          plannedEffect: orNull(action.plannedEffect),
        })),
      })),
    })),
    budget,
  };
}
