import {
  type InvestmentView,
  investmentViewSchema,
  type UpdateInvestment,
  updateInvestmentSchema,
} from '@styr/shared/contracts/economy';
import { type FormEvent, useRef } from 'react';
import { TextAreaField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { readTkr, tkrInputText } from './amount-input.ts';
import { amountText } from './economy-labels.ts';
import { useEconomyWrite, useRefreshEconomy } from './use-economy.ts';

const figures = [
  { name: 'budget', label: 'Budget i tkr' },
  { name: 'actual', label: 'Utfall i tkr' },
  { name: 'forecast', label: 'Prognos i tkr' },
] as const;

const toValues = (investment: InvestmentView | null) => ({
  budget: tkrInputText(investment?.budget),
  actual: tkrInputText(investment?.actual),
  forecast: tkrInputText(investment?.forecast),
  comment: investment?.comment ?? '',
});

/** An investment's budget, outcome, forecast and comment, saved against the version it was read at. */
export function InvestmentForm({
  committeeId,
  year,
  investment,
  documentName,
}: {
  committeeId: string;
  year: number;
  investment: InvestmentView;
  documentName: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(investmentViewSchema, formRef);
  const item = useItemForm(investment, toValues, save.clearField);
  const refresh = useRefreshEconomy(committeeId, year);
  const write = useEconomyWrite(committeeId, year, (api, scope, body: UpdateInvestment) =>
    api.updateInvestment(scope, investment.key, body),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const read = Object.fromEntries(figures.map(({ name }) => [name, readTkr(item.values[name])]));
    const issues = figures.flatMap(({ name }) => {
      const figure = read[name];
      return figure && !figure.ok ? [{ path: name, message: figure.message }] : [];
    });
    const kronor = (name: (typeof figures)[number]['name']) => {
      const figure = read[name];
      return figure?.ok ? figure.kronor : null;
    };
    const body = save.validate(
      updateInvestmentSchema,
      {
        version: item.base?.version,
        budget: kronor('budget'),
        actual: kronor('actual'),
        forecast: kronor('forecast'),
        comment: item.values.comment.trim() || null,
      },
      issues,
    );
    if (!body) return;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved);
        save.onSaved(`${saved.name} är sparad.`);
      },
      onError: save.onError,
    });
  };

  const fieldId = `investment-${investment.key}`;
  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate aria-labelledby={fieldId}>
      <h3 id={fieldId}>{investment.name}</h3>
      <ItemFeedback
        save={save}
        subject={investment.name}
        conflictRows={(current) => [
          ...figures.map(({ name, label }) => ({ label, value: `${amountText(current[name], 'tkr')} tkr` })),
          { label: 'Kommentar', value: current.comment ?? '–' },
        ]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          void refresh();
        }}
        documentName={documentName}
        onRefresh={() => void refresh()}
      />
      <div className="field-row">
        {figures.map(({ name, label }) => (
          <TextField
            key={name}
            label={label}
            name={name}
            width="short"
            autoComplete="off"
            value={item.values[name]}
            onChange={item.change(name)}
            error={save.errors[name]}
          />
        ))}
      </div>
      <TextAreaField
        label="Kommentar"
        name="comment"
        rows={3}
        value={item.values.comment}
        onChange={item.change('comment')}
        error={save.errors.comment}
      />
      <SaveRow
        context={`investeringen ${investment.name}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
