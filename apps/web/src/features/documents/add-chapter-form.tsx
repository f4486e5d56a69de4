import { chapterSchema, type Section, type TemplateChapter } from '@styr/shared/contracts/documents';
import { useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { contractResolver } from '../../components/form/contract-resolver.ts';
import {
  FormCheckboxField,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
} from '../../components/form/fields.tsx';
import { sectionPresets } from './section-presets.ts';
import type { StatementTableChoice } from './template-chapters.tsx';
import { statementSection } from './template-tree.ts';

type Values = {
  title: string;
  preset: string;
  text: string;
  table: string;
  statementTable: string;
  pageBreakBefore: boolean;
  appendix: boolean;
};

const empty = { title: '', text: '', table: '' };

/** The section the choices make; the municipality's first statement table is named by none. */
function sectionOf(values: Values, firstTable: string | undefined): Section {
  const chosen = sectionPresets.find((entry) => entry.value === values.preset)?.section ?? {
    kind: 'heading',
  };
  if (chosen.kind === 'fixedText') return { kind: 'fixedText', text: values.text };
  if (chosen.kind === 'keyFigureTable') return { kind: 'keyFigureTable', table: values.table.trim() };
  const table = values.statementTable || firstTable;
  if (chosen.kind === 'incomeStatement' && table) return statementSection(chosen, table, firstTable);
  return chosen;
}

/**
 * A new chapter: its heading, what it holds, and whether it starts a new page or is an appendix. It goes into the
 * template being edited, which is saved as a whole; so this is a group of the template's form with its own
 * button, and Enter in its fields adds the chapter rather than saving the template.
 */
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
  const firstTable = statementTables[0]?.key;
  const toChapter = (values: Values) => ({
    title: values.title.trim(),
    section: sectionOf(values, firstTable),
    pageBreakBefore: values.pageBreakBefore,
    appendix: parentTitle === null && values.appendix,
    children: [],
  });
  const form = useForm<Values, unknown, TemplateChapter>({
    defaultValues: {
      ...empty,
      preset: 'documentText',
      // The tables may arrive after the form; none chosen is the first.
      statementTable: '',
      pageBreakBefore: false,
      appendix: false,
    },
    // The chapter gets its key from its title when it is added to the tree.
    resolver: contractResolver(
      chapterSchema,
      (values) => ({ key: 'ny', ...toChapter(values) }),
      (values) =>
        values.preset === 'keyFigureTable' && values.table.trim() === ''
          ? [{ path: 'table', message: 'Ange nyckeltalstabellens nyckel' }]
          : [],
    ),
  });
  const add = form.handleSubmit(({ key: _new, ...chapter }) => {
    onAdd(chapter);
    form.reset({ ...form.getValues(), ...empty });
  });
  const preset = form.watch('preset');

  return (
    <FormProvider {...form}>
      <fieldset
        className="item-form add-chapter"
        aria-labelledby={headingId}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
          if (event.target.type !== 'text') return;
          event.preventDefault();
          void add();
        }}
      >
        <h3 id={headingId}>{parentTitle ? `Nytt underkapitel i ”${parentTitle}”` : 'Nytt kapitel'}</h3>
        <FormTextField label="Rubrik" name="title" />
        <FormSelectField
          label="Innehåll"
          name="preset"
          options={sectionPresets.map(({ value, label }) => ({ value, label }))}
        />
        {preset === 'fixedText' && <FormTextAreaField label="Text" name="text" />}
        {preset === 'keyFigureTable' && (
          <FormTextField label="Nyckeltalstabellens nyckel (t.ex. volym-kostnad)" name="table" />
        )}
        {preset === 'incomeStatement' && statementTables.length > 0 && (
          <FormSelectField
            label="Resultaträkning"
            name="statementTable"
            options={statementTables.map((table) => ({ value: table.key, label: table.title }))}
          />
        )}
        <FormCheckboxField label="Börja på ny sida" name="pageBreakBefore" />
        {parentTitle === null && (
          <FormCheckboxField label="Bilaga (efter de numrerade kapitlen)" name="appendix" />
        )}
        <div className="save-row">
          <button type="button" className="button button-small" onClick={() => void add()}>
            Lägg till
          </button>
          {onCancel && (
            <button type="button" className="button button-small button-secondary" onClick={onCancel}>
              Avbryt
            </button>
          )}
        </div>
      </fieldset>
    </FormProvider>
  );
}
