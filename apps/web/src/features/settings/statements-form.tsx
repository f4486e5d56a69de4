import type { Settings } from '../../api/settings-api.ts';
import { KeyedRows } from './settings-fields.tsx';
import { SettingsForm } from './settings-form.tsx';
import { StatementColumns } from './statement-columns.tsx';
import { StatementLines } from './statement-lines.tsx';
import { freshTable, statements } from './statements-model.ts';

function StatementTables() {
  return (
    <fieldset className="settings-group">
      <legend>Tabeller</legend>
      <p className="field-hint">Rader utan egen tabell hör till den första.</p>
      <KeyedRows
        name="file.statementTables"
        field="title"
        label={(index) => `Tabell ${index + 1}, rubrik`}
        rowName={(index) => `tabell ${index + 1}`}
        maxLength={200}
        fresh="Ny tabell: nyckeln bildas av rubriken."
        minimum={1}
        newEntry={freshTable}
        add={{ label: 'Lägg till tabell' }}
        below={(path, index) => <StatementColumns tableNumber={index + 1} path={path} />}
      />
    </fieldset>
  );
}

/** The statement tables (a summary and a detailed one, say) and their lines. */
export function StatementsForm({ settings }: { settings: Settings }) {
  return (
    <SettingsForm settings={settings} part={statements}>
      <StatementTables />
      <StatementLines />
    </SettingsForm>
  );
}
