import type { Section, TemplateChapter } from '@styr/shared/contracts/documents';
import { type FormEvent, useId, useState } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/form-fields.tsx';
import { type StatementTableChoice, StatementTableField } from './template-chapters.tsx';
import { sectionPresets } from './template-tree.ts';

/** A new chapter: its heading, what it holds, and whether it starts a new page or is an appendix. */
export function AddChapterForm({
  parentTitle,
  statementTables,
  onAdd,
  onCancel,
}: {
  statementTables: readonly StatementTableChoice[];
  /** The chapter it goes under, or null for the top level. */
  parentTitle: string | null;
  onAdd: (chapter: Omit<TemplateChapter, 'key'>) => void;
  onCancel: (() => void) | null;
}) {
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [preset, setPreset] = useState('documentText');
  const [text, setText] = useState('');
  const [table, setTable] = useState('');
  const [statement, setStatement] = useState<Section>({ kind: 'incomeStatement' });
  const [tableError, setTableError] = useState<string | undefined>();
  const [pageBreakBefore, setPageBreakBefore] = useState(false);
  const [appendix, setAppendix] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setError('Kapitlet behöver en rubrik');
    setError(undefined);
    const chosen = sectionPresets.find((entry) => entry.value === preset)?.section ?? { kind: 'heading' };
    if (chosen.kind === 'keyFigureTable' && table.trim() === '')
      return setTableError('Ange nyckeltalstabellens nyckel');
    const section =
      chosen.kind === 'fixedText'
        ? { kind: 'fixedText' as const, text }
        : chosen.kind === 'keyFigureTable'
          ? { kind: 'keyFigureTable' as const, table: table.trim() }
          : chosen.kind === 'incomeStatement'
            ? statement
            : chosen;
    onAdd({
      title: title.trim(),
      section,
      pageBreakBefore,
      appendix: parentTitle === null && appendix,
      children: [],
    });
    setTitle('');
    setText('');
    setTable('');
    setTableError(undefined);
  };

  return (
    <form className="item-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h3 id={headingId}>{parentTitle ? `Nytt underkapitel i ”${parentTitle}”` : 'Nytt kapitel'}</h3>
      <TextField label="Rubrik" name="title" value={title} onChange={setTitle} error={error} />
      <SelectField
        label="Innehåll"
        name="section"
        value={preset}
        onChange={setPreset}
        options={sectionPresets.map(({ value, label }) => ({ value, label }))}
      />
      {preset === 'fixedText' && <TextAreaField label="Text" name="text" value={text} onChange={setText} />}
      {preset === 'keyFigureTable' && (
        <TextField
          label="Nyckeltalstabellens nyckel (t.ex. volym-kostnad)"
          name="table"
          value={table}
          onChange={setTable}
          error={tableError}
        />
      )}
      {preset === 'incomeStatement' && (
        <StatementTableField
          label="Resultaträkning"
          name="statementTable"
          tables={statementTables}
          section={statement}
          onChange={setStatement}
        />
      )}
      <CheckboxField
        label="Börja på ny sida"
        name="pageBreakBefore"
        checked={pageBreakBefore}
        onChange={setPageBreakBefore}
      />
      {parentTitle === null && (
        <CheckboxField
          label="Bilaga (efter de numrerade kapitlen)"
          name="appendix"
          checked={appendix}
          onChange={setAppendix}
        />
      )}
      <div className="save-row">
        <button type="submit" className="button button-small">
          Lägg till
        </button>
        {onCancel && (
          <button type="button" className="button button-small button-secondary" onClick={onCancel}>
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}
