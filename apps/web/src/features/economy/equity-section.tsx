import {
  type EquityView,
  equityViewSchema,
  type UpdateEquity,
  updateEquitySchema,
} from '@styr/shared/contracts/economy';
import { type FormEvent, useRef } from 'react';
import { TextAreaField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { readTkr, tkrInputText } from './amount-input.ts';
import { amountText } from './economy-labels.ts';
import { useEconomyWrite, useRefreshEconomy } from './use-economy.ts';

const mnkr = (kronor: string | null) =>
  kronor === null ? 'uppgift saknas' : `${amountText(kronor, 'mnkr')} mnkr`;

/** Eget kapital at year end against the decided and the proposed level, and the committee's assessment. */
export function EquitySection({
  equity,
  year,
  edit,
}: {
  equity: EquityView;
  year: number;
  /** Present when the person may change the assessment. */
  edit?: { committeeId: string; documentName: string };
}) {
  return (
    <>
      <dl className="summary">
        <div>
          <dt>Eget kapital vid årets slut</dt>
          <dd>{mnkr(equity.closing)}</dd>
        </div>
        <div>
          <dt>Fastställd nivå</dt>
          <dd>{mnkr(equity.decidedLevel)}</dd>
        </div>
        <div>
          <dt>Nivå som nämnden föreslår</dt>
          <dd>{mnkr(equity.proposedLevel)}</dd>
        </div>
        <div>
          <dt>Återredovisas</dt>
          <dd>{mnkr(equity.toReturn)}</dd>
        </div>
      </dl>
      {edit ? (
        <EquityForm equity={equity} year={year} {...edit} />
      ) : (
        <p className="prose">
          {equity.assessment ?? `Nämnden har inte värderat sitt egna kapital för ${year}.`}
        </p>
      )}
    </>
  );
}

const toValues = (equity: EquityView | null) => ({
  decidedLevel: tkrInputText(equity?.decidedLevel),
  proposedLevel: tkrInputText(equity?.proposedLevel),
  assessment: equity?.assessment ?? '',
});

function EquityForm({
  equity,
  year,
  committeeId,
  documentName,
}: {
  equity: EquityView;
  year: number;
  committeeId: string;
  documentName: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(equityViewSchema, formRef);
  const item = useItemForm(equity, toValues, save.clearField);
  const refresh = useRefreshEconomy(committeeId, year);
  const write = useEconomyWrite(committeeId, year, (api, scope, body: UpdateEquity) =>
    api.setEquity(scope, body),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const decided = readTkr(item.values.decidedLevel);
    const proposed = readTkr(item.values.proposedLevel);
    const body = save.validate(
      updateEquitySchema,
      {
        version: item.base && item.base.version > 0 ? item.base.version : undefined,
        decidedLevel: decided.ok ? decided.kronor : null,
        proposedLevel: proposed.ok ? proposed.kronor : null,
        assessment: item.values.assessment.trim() || null,
      },
      [
        ...(decided.ok ? [] : [{ path: 'decidedLevel', message: decided.message }]),
        ...(proposed.ok ? [] : [{ path: 'proposedLevel', message: proposed.message }]),
      ],
    );
    if (!body) return;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved);
        save.onSaved('Värderingen av det egna kapitalet är sparad.');
      },
      onError: save.onError,
    });
  };

  return (
    <form
      ref={formRef}
      className="item-form"
      onSubmit={onSubmit}
      noValidate
      aria-label="Värdering av eget kapital"
    >
      <ItemFeedback
        save={save}
        subject="värderingen av det egna kapitalet"
        conflictRows={(current) => [
          { label: 'Föreslagen nivå', value: mnkr(current.proposedLevel) },
          { label: 'Värdering', value: current.assessment ?? '–' },
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
          label="Fastställd nivå i tkr"
          name="decidedLevel"
          width="short"
          autoComplete="off"
          value={item.values.decidedLevel}
          onChange={item.change('decidedLevel')}
          error={save.errors.decidedLevel}
        />
        <TextField
          label="Föreslagen nivå i tkr"
          name="proposedLevel"
          width="short"
          autoComplete="off"
          value={item.values.proposedLevel}
          onChange={item.change('proposedLevel')}
          error={save.errors.proposedLevel}
        />
      </div>
      <TextAreaField
        label="Nämndens värdering"
        name="assessment"
        rows={4}
        value={item.values.assessment}
        onChange={item.change('assessment')}
        error={save.errors.assessment}
      />
      <SaveRow
        context="värdering av eget kapital"
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
