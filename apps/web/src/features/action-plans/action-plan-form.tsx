import { type ActionPlan, actionPlanInputSchema } from '@styr/shared/contracts/action-plans';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { DateField, TextField } from '../../components/form-fields.tsx';
import { RichTextField } from '../../components/rich-text-field.tsx';
import { bodyOf, draftOf, newArea, type PlanDraft } from './action-plan-draft.ts';
import { type PlanProblem, planProblem } from './action-plan-errors.ts';
import { AreaFields, BudgetFields } from './action-plan-parts.tsx';
import { useActionPlanWrite } from './use-action-plans.ts';

/**
 * A plan's whole text in one form: its facts, focus areas with strategies and actions, funders and budget.
 * Saved as a whole against the version it was read at; every problem is listed above the form and at its field.
 */
export function ActionPlanForm({
  scope,
  plan,
  onSaved,
  onCancel,
}: {
  scope: YearScope;
  /** Null for a new plan. */
  plan: ActionPlan | null;
  onSaved: (saved: ActionPlan) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan));
  // The version the draft was read at, so a change saved by someone else meanwhile is refused, not overwritten.
  const [basedOn] = useState(() => plan?.version ?? 0);
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const save = useActionPlanWrite(scope, (api, at, body: ReturnType<typeof bodyOf>['body']) =>
    plan ? api.update(at, plan.id, { ...body, version: basedOn }) : api.create(at, body),
  );
  const errors = Object.fromEntries(problems.map((problem) => [problem.field, problem.text]));
  const formId = plan ? `plan-${plan.id}` : 'new-plan';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const { body, issues } = bodyOf(draft);
    const parsed = actionPlanInputSchema.safeParse(body);
    const found = [
      ...issues.map((issue) => ({ field: issue.path, text: `Belopp: ${issue.message}` })),
      ...(parsed.success ? [] : parsed.error.issues.map((issue) => planProblem(issue.path, issue.message))),
    ];
    setProblems(found);
    if (found.length > 0) return;
    save.mutate(body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (error instanceof ApiError && error.details.length > 0)
          setProblems(error.details.map((detail) => planProblem(detail.path, detail.message)));
        else setFailure(error);
      },
    });
  };

  return (
    <form className="action-plan-form" onSubmit={onSubmit} noValidate aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`}>{plan ? `Ändra ${plan.title}` : 'Ny handlingsplan'}</h3>
      {problems.length > 0 && (
        <ErrorAlert title="Planen är inte sparad. Rätta följande:">
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.field}:${problem.text}`}>{problem.text}</li>
            ))}
          </ul>
        </ErrorAlert>
      )}
      {failure !== null && <ErrorAlert error={failure} />}
      <TextField
        label="Rubrik"
        name="title"
        value={draft.title}
        error={errors.title}
        onChange={(title) => setDraft({ ...draft, title })}
      />
      <TextField
        label="Överenskommen med"
        name="partner"
        optional
        value={draft.partner}
        error={errors.partner}
        onChange={(partner) => setDraft({ ...draft, partner })}
      />
      <DateField
        label="Gäller från"
        name="periodFrom"
        optional
        value={draft.periodFrom}
        error={errors.periodFrom}
        onChange={(periodFrom) => setDraft({ ...draft, periodFrom })}
      />
      <DateField
        label="Gäller till"
        name="periodTo"
        optional
        value={draft.periodTo}
        error={errors.periodTo}
        onChange={(periodTo) => setDraft({ ...draft, periodTo })}
      />
      <RichTextField
        label="Syfte och bakgrund"
        name="purpose"
        optional
        value={draft.purpose}
        error={errors.purpose}
        onChange={(purpose) => setDraft({ ...draft, purpose })}
      />
      {draft.focusAreas.map((area, index) => (
        <AreaFields
          key={area.key}
          area={area}
          index={index}
          errors={errors}
          onChange={(changed) =>
            setDraft({
              ...draft,
              focusAreas: draft.focusAreas.map((entry, at) => (at === index ? changed : entry)),
            })
          }
          onRemove={() =>
            setDraft({ ...draft, focusAreas: draft.focusAreas.filter((_, at) => at !== index) })
          }
        />
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setDraft({ ...draft, focusAreas: [...draft.focusAreas, newArea()] })}
      >
        Lägg till ett fokusområde
      </button>
      <BudgetFields draft={draft} errors={errors} onChange={setDraft} />
      <div className="part-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          Spara handlingsplanen
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
