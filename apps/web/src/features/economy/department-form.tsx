import {
  type DepartmentResult,
  departmentResultSchema,
  type UpdateDepartment,
  updateDepartmentSchema,
} from '@styr/shared/contracts/economy';
import { type FormEvent, useRef } from 'react';
import { TextAreaField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { readTkr, tkrInputText } from './amount-input.ts';
import { amountText } from './economy-labels.ts';
import { useEconomyWrite, useRefreshEconomy } from './use-economy.ts';

const toValues = (department: DepartmentResult | null) => ({
  resultActual: tkrInputText(department?.resultActual),
  resultBudget: tkrInputText(department?.resultBudget),
  comment: department?.comment ?? '',
});

/** A department's result, budget and the committee's analysis of it, saved against the version it was read at. */
export function DepartmentForm({
  committeeId,
  year,
  department,
  documentName,
}: {
  committeeId: string;
  year: number;
  department: DepartmentResult;
  documentName: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(departmentResultSchema, formRef);
  const item = useItemForm(department, toValues, save.clearField);
  const refresh = useRefreshEconomy(committeeId, year);
  const write = useEconomyWrite(committeeId, year, (api, scope, body: UpdateDepartment) =>
    api.updateDepartment(scope, department.key, body),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const actual = readTkr(item.values.resultActual);
    const budget = readTkr(item.values.resultBudget);
    const issues = [
      ...(actual.ok ? [] : [{ path: 'resultActual', message: actual.message }]),
      ...(budget.ok ? [] : [{ path: 'resultBudget', message: budget.message }]),
    ];
    const body = save.validate(
      updateDepartmentSchema,
      {
        version: item.base?.version,
        resultActual: actual.ok ? actual.kronor : null,
        resultBudget: budget.ok ? budget.kronor : null,
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

  const fieldId = `department-${department.key}`;
  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate aria-labelledby={fieldId}>
      <h3 id={fieldId}>{department.name}</h3>
      <ItemFeedback
        save={save}
        subject={department.name}
        conflictRows={(current) => [
          { label: 'Resultat', value: `${amountText(current.resultActual, 'tkr')} tkr` },
          { label: 'Budget', value: `${amountText(current.resultBudget, 'tkr')} tkr` },
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
        <TextField
          label="Resultat i tkr"
          name="resultActual"
          width="short"
          autoComplete="off"
          value={item.values.resultActual}
          onChange={item.change('resultActual')}
          error={save.errors.resultActual}
        />
        <TextField
          label="Budget i tkr"
          name="resultBudget"
          width="short"
          autoComplete="off"
          value={item.values.resultBudget}
          onChange={item.change('resultBudget')}
          error={save.errors.resultBudget}
        />
      </div>
      <TextAreaField
        label="Kommentar till resultatet"
        name="comment"
        rows={3}
        value={item.values.comment}
        onChange={item.change('comment')}
        error={save.errors.comment}
      />
      <SaveRow
        context={`resultat för ${department.name}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
