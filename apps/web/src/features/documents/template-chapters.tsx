import type { Section, TemplateChapter } from '@styr/shared/contracts/documents';
import { type ChapterTextPlacement, chapterTextPlacements } from '@styr/shared/domain/chapter-text';
import { SelectField } from '../../components/form-fields.tsx';
import { IndicatorTableFields } from './indicator-table-fields.tsx';
import { sectionLabel } from './section-presets.ts';
import { ChartField } from './template-chart-field.tsx';
import { TemplateItemOptions } from './template-item-options.tsx';
import { statementSection } from './template-tree.ts';

export interface ChapterActions {
  move: (key: string, step: -1 | 1) => void;
  remove: (key: string) => void;
  addUnder: (key: string) => void;
  setSection: (key: string, section: Section) => void;
  setText: (key: string, text: ChapterTextPlacement | null) => void;
}

const textPlacementLabels: Record<ChapterTextPlacement, string> = {
  before: 'Före kapitlets innehåll',
  after: 'Efter kapitlets innehåll',
};

/**
 * Whether the committee writes a text of its own for the chapter, and where it prints. A text chapter is that
 * text, so it has no such choice.
 */
function ChapterTextField({
  chapter,
  onChange,
}: {
  chapter: TemplateChapter;
  onChange: ChapterActions['setText'];
}) {
  if (chapter.section.kind === 'documentText') return null;
  return (
    <SelectField
      label={`Nämndens egen text i ”${chapter.title}”`}
      name={`text-${chapter.key}`}
      value={chapter.text ?? ''}
      onChange={(value) =>
        onChange(chapter.key, chapterTextPlacements.find((placement) => placement === value) ?? null)
      }
      options={[
        { value: '', label: 'Ingen' },
        ...chapterTextPlacements.map((placement) => ({
          value: placement,
          label: textPlacementLabels[placement],
        })),
      ]}
    />
  );
}

/** A statement table the municipality has, by key and title. */
export interface StatementTableChoice {
  key: string;
  title: string;
}

/** Which of the municipality's statement tables an income-statement chapter prints. */
export function StatementTableField({
  label,
  name,
  tables,
  section,
  onChange,
}: {
  label: string;
  name: string;
  tables: readonly StatementTableChoice[];
  section: Section;
  onChange: (section: Section) => void;
}) {
  if (section.kind !== 'incomeStatement' || tables.length === 0) return null;
  const first = tables[0]?.key;
  const known = tables.some((table) => table.key === section.table);
  return (
    <SelectField
      label={label}
      name={name}
      value={section.table ?? first ?? ''}
      onChange={(table) => onChange(statementSection(section, table, first))}
      options={[
        ...tables.map((table) => ({ value: table.key, label: table.title })),
        ...(section.table !== undefined && !known
          ? [{ value: section.table, label: `${section.table} (finns inte bland kommunens tabeller)` }]
          : []),
      ]}
    />
  );
}

/** The template's chapters as a numbered, nested list; every change is a button, so all of it works by keyboard. */
export function TemplateChapters({
  chapters,
  actions,
  statementTables,
  prefix = '',
}: {
  chapters: readonly TemplateChapter[];
  actions: ChapterActions;
  statementTables: readonly StatementTableChoice[];
  prefix?: string;
}) {
  let appendices = 0;
  return (
    <ol className="template-tree" aria-label={prefix ? undefined : 'Mallens kapitel'}>
      {chapters.map((chapter, index) => {
        if (chapter.appendix) appendices += 1;
        const number = chapter.appendix ? `Bilaga ${appendices}` : `${prefix}${index + 1 - appendices}`;
        return (
          <li key={chapter.key}>
            <div className="template-chapter">
              <span className="template-chapter-title">
                {number} {chapter.title}
              </span>
              <span className="muted">
                {sectionLabel(chapter.section)}
                {chapter.pageBreakBefore ? ', ny sida före' : ''}
              </span>
              <button
                type="button"
                id={`upp-${chapter.key}`}
                className="button button-small button-secondary"
                disabled={index === 0}
                aria-label={`Flytta upp ”${chapter.title}”`}
                onClick={() => actions.move(chapter.key, -1)}
              >
                Upp
              </button>
              <button
                type="button"
                id={`ned-${chapter.key}`}
                className="button button-small button-secondary"
                disabled={index === chapters.length - 1}
                aria-label={`Flytta ned ”${chapter.title}”`}
                onClick={() => actions.move(chapter.key, 1)}
              >
                Ned
              </button>
              {!chapter.appendix && prefix.split('.').length < 4 && (
                <button
                  type="button"
                  className="button button-small button-secondary"
                  aria-label={`Lägg till underkapitel i ”${chapter.title}”`}
                  onClick={() => actions.addUnder(chapter.key)}
                >
                  Lägg till underkapitel
                </button>
              )}
              <button
                type="button"
                className="button button-small button-danger"
                aria-label={`Ta bort ”${chapter.title}”`}
                onClick={() => actions.remove(chapter.key)}
              >
                Ta bort
              </button>
            </div>
            <StatementTableField
              label={`Resultaträkning i ”${chapter.title}”`}
              name={`table-${chapter.key}`}
              tables={statementTables}
              section={chapter.section}
              onChange={(section) => actions.setSection(chapter.key, section)}
            />
            <TemplateItemOptions
              chapter={chapter}
              onChange={(section) => actions.setSection(chapter.key, section)}
            />
            <IndicatorTableFields
              title={chapter.title}
              chapterKey={chapter.key}
              section={chapter.section}
              onChange={(section) => actions.setSection(chapter.key, section)}
            />
            <ChartField chapter={chapter} onChange={actions.setSection} />
            <ChapterTextField chapter={chapter} onChange={actions.setText} />
            {chapter.children.length > 0 && (
              <TemplateChapters
                chapters={chapter.children}
                actions={actions}
                statementTables={statementTables}
                prefix={`${number}.`}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
