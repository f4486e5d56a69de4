import { TextAreaField, TextField } from '../../components/form-fields.tsx';
import { RichTextField } from '../../components/rich-text-field.tsx';
import {
  type AreaDraft,
  type BudgetRowDraft,
  newAction,
  newKey,
  newStrategy,
  type PlanDraft,
} from './action-plan-draft.ts';

const without = <T,>(list: readonly T[], index: number) => list.filter((_, at) => at !== index);
const replaced = <T,>(list: readonly T[], index: number, value: T) =>
  list.map((entry, at) => (at === index ? value : entry));

function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="button button-secondary" onClick={onRemove}>
      {label}
    </button>
  );
}

/** One focus area: its title and description, its strategies and under each its actions. */
export function AreaFields({
  area,
  index,
  errors,
  onChange,
  onRemove,
}: {
  area: AreaDraft;
  index: number;
  errors: Record<string, string>;
  onChange: (area: AreaDraft) => void;
  onRemove: () => void;
}) {
  const name = `focusAreas-${index}`;
  return (
    <fieldset>
      <legend>Fokusområde {index + 1}</legend>
      <TextField
        label="Rubrik"
        name={`${name}-title`}
        error={errors[`${name}-title`]}
        value={area.title}
        onChange={(title) => onChange({ ...area, title })}
      />
      <RichTextField
        label="Beskrivning"
        name={`${name}-description`}
        error={errors[`${name}-description`]}
        optional
        value={area.description}
        onChange={(description) => onChange({ ...area, description })}
      />
      {area.strategies.map((strategy, s) => {
        const setStrategy = (value: typeof strategy) =>
          onChange({ ...area, strategies: replaced(area.strategies, s, value) });
        return (
          <fieldset key={strategy.key}>
            <legend>Strategi {s + 1}</legend>
            <TextField
              label="Strategi"
              name={`${name}-strategy-${s}`}
              error={errors[`${name}-strategy-${s}`]}
              value={strategy.title}
              onChange={(title) => setStrategy({ ...strategy, title })}
            />
            {strategy.actions.map((action, a) => {
              const setAction = (value: typeof action) =>
                setStrategy({ ...strategy, actions: replaced(strategy.actions, a, value) });
              const field = `${name}-strategy-${s}-action-${a}`;
              return (
                <fieldset key={action.key}>
                  <legend>Insats {a + 1}</legend>
                  <TextField
                    label="Insats"
                    name={`${field}-what`}
                    error={errors[`${field}-what`]}
                    value={action.what}
                    onChange={(what) => setAction({ ...action, what })}
                  />
                  <TextField
                    label="Målgrupp"
                    name={`${field}-target`}
                    error={errors[`${field}-target`]}
                    optional
                    value={action.targetGroup}
                    onChange={(targetGroup) => setAction({ ...action, targetGroup })}
                  />
                  <TextField
                    label="Aktörer"
                    name={`${field}-actors`}
                    error={errors[`${field}-actors`]}
                    optional
                    value={action.actors}
                    onChange={(actors) => setAction({ ...action, actors })}
                  />
                  <TextAreaField
                    label="Planerad effekt eller resultat"
                    name={`${field}-effect`}
                    error={errors[`${field}-effect`]}
                    optional
                    rows={2}
                    value={action.plannedEffect}
                    onChange={(plannedEffect) => setAction({ ...action, plannedEffect })}
                  />
                  <RemoveButton
                    label={`Ta bort insats ${a + 1}`}
                    onRemove={() => setStrategy({ ...strategy, actions: without(strategy.actions, a) })}
                  />
                </fieldset>
              );
            })}
            <div className="part-actions">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setStrategy({ ...strategy, actions: [...strategy.actions, newAction()] })}
              >
                Lägg till en insats
              </button>
              <RemoveButton
                label={`Ta bort strategi ${s + 1}`}
                onRemove={() => onChange({ ...area, strategies: without(area.strategies, s) })}
              />
            </div>
          </fieldset>
        );
      })}
      <div className="part-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ ...area, strategies: [...area.strategies, newStrategy()] })}
        >
          Lägg till en strategi
        </button>
        <RemoveButton label={`Ta bort fokusområde ${index + 1}`} onRemove={onRemove} />
      </div>
    </fieldset>
  );
}

/** The funders and the budget rows, an amount in tkr per funder on each row. */
export function BudgetFields({
  draft,
  errors,
  onChange,
}: {
  draft: PlanDraft;
  errors: Record<string, string>;
  onChange: (draft: PlanDraft) => void;
}) {
  const setRow = (index: number, row: BudgetRowDraft) =>
    onChange({ ...draft, budget: replaced(draft.budget, index, row) });
  return (
    <>
      <fieldset>
        <legend>Finansiärer</legend>
        {draft.funders.map((funder, index) => (
          <div key={funder.key} className="part-actions">
            <TextField
              label={`Finansiär ${index + 1}`}
              name={`funders-${index}`}
              error={errors[`funders-${index}`]}
              width="medium"
              value={funder.name}
              onChange={(name) =>
                onChange({ ...draft, funders: replaced(draft.funders, index, { ...funder, name }) })
              }
            />
            <RemoveButton
              label={`Ta bort finansiär ${index + 1}`}
              onRemove={() => onChange({ ...draft, funders: without(draft.funders, index) })}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange({ ...draft, funders: [...draft.funders, { key: newKey('finansiar'), name: '' }] })
          }
        >
          Lägg till en finansiär
        </button>
      </fieldset>
      <fieldset>
        <legend>Budget i tkr</legend>
        {draft.budget.map((row, index) => (
          <fieldset key={row.key}>
            <legend>Budgetrad {index + 1}</legend>
            <TextField
              label="Budgetpost"
              name={`budget-${index}`}
              error={errors[`budget-${index}`]}
              value={row.label}
              onChange={(label) => setRow(index, { ...row, label })}
            />
            {draft.funders.map((funder) => (
              <TextField
                key={funder.key}
                label={`${funder.name || 'Finansiär'}, tkr`}
                name={`budget-${index}-${funder.key}`}
                width="short"
                optional
                error={errors[`budget-${index}-${funder.key}`]}
                value={row.amounts[funder.key] ?? ''}
                onChange={(amount) =>
                  setRow(index, { ...row, amounts: { ...row.amounts, [funder.key]: amount } })
                }
              />
            ))}
            <RemoveButton
              label={`Ta bort budgetrad ${index + 1}`}
              onRemove={() => onChange({ ...draft, budget: without(draft.budget, index) })}
            />
          </fieldset>
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange({ ...draft, budget: [...draft.budget, { key: newKey('rad'), label: '', amounts: {} }] })
          }
        >
          Lägg till en budgetrad
        </button>
      </fieldset>
    </>
  );
}
