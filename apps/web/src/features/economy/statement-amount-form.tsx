import {
  type EconomyView,
  type SetStatementAmount,
  type StatementAmountView,
  setStatementAmountSchema,
  statementAmountSchema,
} from '@styr/shared/contracts/economy';
import { EARLIER_YEARS, type StatementColumnKind } from '@styr/shared/domain/income-statement';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { type FormEvent, useRef, useState } from 'react';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemSave } from '../../components/use-item-form.ts';
import { readTkr, tkrInputText } from './amount-input.ts';
import { amountText, capitalized, columnLabel } from './economy-labels.ts';
import { useEconomyWrite, useRefreshEconomy } from './use-economy.ts';

interface Cell {
  line: string;
  /** "actual-2022", "budget-2022", "revisedBudget-2022" or "forecast-2022". */
  column: string;
  month: string;
}

function cellsOf(year: number) {
  const kinds: { kind: StatementColumnKind; year: number }[] = [
    { kind: 'actual', year },
    { kind: 'budget', year },
    { kind: 'revisedBudget', year },
    { kind: 'forecast', year },
    ...Array.from({ length: EARLIER_YEARS }, (_, index) => ({
      kind: 'actual' as const,
      year: year - index - 1,
    })),
  ];
  return kinds.map(({ kind, year: columnYear }) => ({
    value: `${kind}-${columnYear}`,
    label: kind === 'forecast' ? `Prognos ${year}` : columnLabel({ kind, year: columnYear, month: null }),
    kind,
    year: columnYear,
  }));
}

/**
 * Enters one figure of the income statement in tkr. On a computed line (a result) the figure is the one an adopted
 * document printed: it shows instead of the computed value, with a warning when the two differ.
 */
export function StatementAmountForm({
  committeeId,
  economy,
  documentName,
}: {
  committeeId: string;
  economy: EconomyView;
  documentName: string;
}) {
  const { year, statement } = economy;
  const lines = economy.tables.flatMap((table) => table.rows);
  const columns = cellsOf(year);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(statementAmountSchema, formRef);
  const refresh = useRefreshEconomy(committeeId, year);
  const write = useEconomyWrite(committeeId, year, (api, scope, body: SetStatementAmount) =>
    api.setStatementAmount(scope, body),
  );

  const storedFor = (cell: Cell): StatementAmountView | null => {
    const column = columns.find((candidate) => candidate.value === cell.column);
    return (
      statement.amounts.find(
        (amount) =>
          amount.line === cell.line &&
          amount.year === column?.year &&
          amount.column === column.kind &&
          amount.month === (column.kind === 'forecast' ? Number(cell.month) : null),
      ) ?? null
    );
  };
  const [cell, setCell] = useState<Cell>({
    line: lines[0]?.line ?? '',
    column: columns[0]?.value ?? '',
    month: '10',
  });
  // The version the person's figure is based on: what was stored when they chose the cell.
  const [base, setBase] = useState(() => storedFor(cell));
  const [text, setText] = useState(() => tkrInputText(base?.amount));
  const [dirty, setDirty] = useState(false);
  const choose = (change: Partial<Cell>) => {
    const next = { ...cell, ...change };
    const stored = storedFor(next);
    setCell(next);
    setBase(stored);
    setText(tkrInputText(stored?.amount));
    setDirty(false);
    save.clearField('amount');
  };
  const column = columns.find((candidate) => candidate.value === cell.column);
  const isForecast = column?.kind === 'forecast';
  const chosen = lines.find((line) => line.line === cell.line);
  const label = chosen?.label ?? '';
  const printed = chosen?.computed ?? false;

  const send = (amountText: string) => {
    save.begin();
    const read = readTkr(amountText);
    const body = save.validate(
      setStatementAmountSchema,
      {
        version: base?.version,
        line: cell.line,
        year: column?.year,
        column: column?.kind,
        month: isForecast ? Number(cell.month) : null,
        amount: read.ok ? read.kronor : null,
        printed,
      },
      read.ok ? [] : [{ path: 'amount', message: read.message }],
    );
    if (!body) return;
    write.mutate(body, {
      onSuccess: (saved) => {
        setBase(saved);
        setText(tkrInputText(saved?.amount));
        setDirty(false);
        save.onSaved(saved ? `${label} är sparat.` : `Det tryckta beloppet för ${label} är borttaget.`);
      },
      onError: save.onError,
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(text);
  };

  return (
    <form ref={formRef} className="item-form economy-form" onSubmit={onSubmit} noValidate>
      <ItemFeedback
        save={save}
        subject={`beloppet för ${label}`}
        conflictRows={(current) => [{ label, value: `${amountText(current.amount, 'tkr')} tkr` }]}
        onReload={(current) => {
          setBase(current);
          setText(tkrInputText(current.amount));
          setDirty(false);
          save.clearConflict();
          void refresh();
        }}
        documentName={documentName}
        onRefresh={() => void refresh()}
      />
      <div className="field-row">
        <SelectField
          label="Rad"
          name="line"
          value={cell.line}
          onChange={(line) => choose({ line })}
          options={lines.map((line) => ({
            value: line.line,
            label: line.computed ? `${line.label} (beräknad, tryckt belopp)` : line.label,
          }))}
        />
        <SelectField
          label="Kolumn"
          name="column"
          value={cell.column}
          onChange={(value) => choose({ column: value })}
          options={columns.map(({ value, label: text }) => ({ value, label: text }))}
        />
        {isForecast && (
          <SelectField
            label="Prognosens månad"
            name="month"
            value={cell.month}
            onChange={(month) => choose({ month })}
            options={Array.from({ length: 12 }, (_, index) => ({
              value: String(index + 1),
              label: capitalized(monthName(index + 1)),
            }))}
          />
        )}
      </div>
      <TextField
        label={printed ? 'Tryckt belopp i tkr' : 'Belopp i tkr'}
        name="amount"
        width="short"
        autoComplete="off"
        value={text}
        onChange={(value) => {
          setText(value);
          setDirty(true);
          save.clearField('amount');
        }}
        error={save.errors.amount}
        description={
          printed
            ? `${label} räknas fram ur sina delar. Ange beloppet som ett antaget dokument tryckte; det visas i stället för det beräknade, med en varning om de skiljer sig. ${
                base
                  ? `Tryckt belopp nu: ${amountText(base.amount, 'tkr')} tkr.`
                  : 'Inget tryckt belopp är sparat.'
              }`
            : `Kostnader anges med minustecken. Lämna tomt om uppgift saknas. ${
                base ? `Sparat nu: ${amountText(base.amount, 'tkr')} tkr.` : 'Inget belopp är sparat.'
              }`
        }
      />
      <SaveRow
        label={printed ? 'Ange tryckt belopp' : 'Spara'}
        context={printed ? `för ${label}` : `belopp för ${label}`}
        pending={write.isPending}
        dirty={dirty}
        saved={save.saved}
      >
        {printed && base && (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={write.isPending}
            aria-label={`Ta bort tryckt belopp för ${label}`}
            onClick={() => send('')}
          >
            Ta bort tryckt belopp
          </button>
        )}
      </SaveRow>
    </form>
  );
}
