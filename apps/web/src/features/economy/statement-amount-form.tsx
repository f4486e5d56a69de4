import type { EconomyView, StatementAmountView } from '@styr/shared/contracts/economy';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { useState } from 'react';
import { useUnsavedSwitch } from '../../components/form/unsaved-switch.tsx';
import { UnsavedWorkScope } from '../../components/form/unsaved-work.ts';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { tkrInputText } from './amount-input.ts';
import { capitalized } from './economy-labels.ts';
import { figureColumns, type StatementFigure, storedFigure, useFigureLock } from './statement-figure.ts';
import { figureDescription, figureLabel, StatementFigureForm } from './statement-figure-form.tsx';

const months = Array.from({ length: 12 }, (_, index) => ({
  value: String(index + 1),
  label: capitalized(monthName(index + 1)),
}));

/**
 * Enters one figure of the income statement in tkr, chosen by line, column and a forecast's month. A figure of an
 * adopted document is shown but cannot be entered, with the document named.
 */
export function StatementAmountForm({ view, economy }: { view: CommitteeYearView; economy: EconomyView }) {
  const lines = economy.tables.flatMap((table) => table.rows);
  const columns = figureColumns(economy.year);
  const [cell, setCell] = useState({
    line: lines[0]?.line ?? '',
    column: columns[0]?.value ?? '',
    month: '10',
  });
  const column = columns.find((candidate) => candidate.value === cell.column) ?? columns[0];
  const chosen = lines.find((line) => line.line === cell.line);
  const figure: StatementFigure = {
    line: cell.line,
    kind: column?.kind ?? 'actual',
    year: column?.year ?? economy.year,
    month: column?.kind === 'forecast' ? Number(cell.month) : null,
  };
  const lock = useFigureLock(view, figure);
  const switcher = useUnsavedSwitch();
  const choose = (next: Partial<typeof cell>) => switcher.guard(() => setCell({ ...cell, ...next }));
  const shown = {
    label: chosen?.label ?? '',
    printed: chosen?.computed ?? false,
    stored: storedFigure(economy.statement.amounts, figure),
  };

  return (
    <div className="economy-form">
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
          options={columns.map(({ value, label }) => ({ value, label }))}
        />
        {figure.kind === 'forecast' && (
          <SelectField
            label="Prognosens månad"
            name="month"
            value={cell.month}
            onChange={(month) => choose({ month })}
            options={months}
          />
        )}
      </div>
      {lock.reason ? (
        <LockedFigure {...shown} reason={lock.reason} />
      ) : (
        // One form per figure: choosing another starts from what is stored there.
        <UnsavedWorkScope value={switcher.scope}>
          <StatementFigureForm
            key={`${figure.line}:${cell.column}:${figure.month}`}
            {...shown}
            figure={figure}
            committeeId={view.committee.id}
            economyYear={economy.year}
            documentName={lock.documentName}
          />
        </UnsavedWorkScope>
      )}
      {switcher.dialog}
    </div>
  );
}

/** A figure of an adopted document: what is stored, and why it cannot be entered. */
function LockedFigure({
  label,
  printed,
  stored,
  reason,
}: {
  label: string;
  printed: boolean;
  stored: StatementAmountView | null;
  reason: string;
}) {
  return (
    <TextField
      label={figureLabel(printed)}
      name="amount"
      width="short"
      value={tkrInputText(stored?.amount)}
      // Disabled: it never changes.
      onChange={() => undefined}
      disabled
      description={`${reason} ${figureDescription(label, printed, stored).now}`}
    />
  );
}
