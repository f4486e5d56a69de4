import { useState } from 'react';
import { TextField } from '../../components/form-fields.tsx';
import { RowButtons } from './row-buttons.tsx';
import type { SettingsFormProps } from './scales-form.tsx';
import { moved, problemAt } from './settings-draft.ts';
import { SettingsEditor } from './settings-editor.tsx';
import { StatementColumns } from './statement-columns.tsx';
import { StatementLines } from './statement-lines.tsx';
import {
  freshLine,
  freshTable,
  type StatementsDraft,
  statementProblemPlace,
  statementsDraft,
  withStatements,
} from './statements-model.ts';

/** The statement tables (a summary and a detailed one, say) and their lines. */
export function StatementsForm(props: SettingsFormProps) {
  const { file } = props;
  const [draft, setDraft] = useState<StatementsDraft>(() => statementsDraft(file));
  const setTables = (update: (tables: StatementsDraft['tables']) => StatementsDraft['tables']) =>
    setDraft((current) => ({ ...current, tables: update(current.tables) }));
  return (
    <SettingsEditor
      {...props}
      next={withStatements(file, draft)}
      where={statementProblemPlace}
      onUndo={() => setDraft(statementsDraft(file))}
    >
      {(problems) => (
        <>
          <fieldset className="settings-group">
            <legend>Tabeller</legend>
            <p className="field-hint">Rader utan egen tabell hör till den första.</p>
            <ol className="settings-rows">
              {draft.tables.map((row, index) => (
                <li key={row.id} className="settings-row">
                  <TextField
                    label={`Tabell ${index + 1}, rubrik`}
                    name={`statementTables[${index}].title`}
                    value={row.value.title}
                    onChange={(title) =>
                      setTables((tables) =>
                        tables.map((entry, at) =>
                          at === index ? { ...entry, value: { ...entry.value, title } } : entry,
                        ),
                      )
                    }
                    maxLength={200}
                    width="medium"
                    error={
                      problemAt(problems, `statementTables[${index}].title`) ??
                      problemAt(problems, `statementTables[${index}].key`)
                    }
                    description={
                      row.fresh ? 'Ny tabell: nyckeln bildas av rubriken.' : `Nyckel: ${row.value.key}`
                    }
                  />
                  <RowButtons
                    id={row.id}
                    name={row.value.title || `tabell ${index + 1}`}
                    index={index}
                    count={draft.tables.length}
                    onMove={(step) => setTables((tables) => moved(tables, index, step))}
                    onRemove={() => setTables((tables) => tables.filter((_, other) => other !== index))}
                    removable={draft.tables.length > 1}
                  />
                  <StatementColumns
                    tableNumber={index + 1}
                    path={`statementTables[${index}]`}
                    columns={row.columns}
                    problems={problems}
                    onChange={(columns) =>
                      setTables((tables) =>
                        tables.map((entry, at) => (at === index ? { ...entry, columns } : entry)),
                      )
                    }
                  />
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setTables((tables) => [...tables, freshTable()])}
            >
              Lägg till tabell
            </button>
          </fieldset>
          <fieldset className="settings-group">
            <legend>Rader</legend>
            {problemAt(problems, 'statementLines') && (
              <p className="field-error">{problemAt(problems, 'statementLines')}</p>
            )}
            <StatementLines
              lines={draft.lines}
              tables={draft.tables}
              problems={problems}
              onChange={(lines) => setDraft((current) => ({ ...current, lines }))}
            />
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setDraft((current) => ({ ...current, lines: [...current.lines, freshLine()] }))}
            >
              Lägg till rad
            </button>
          </fieldset>
        </>
      )}
    </SettingsEditor>
  );
}
