import type { IndicatorColumn, IndicatorTableOptions } from '@styr/shared/contracts/document-table-options';
import type { Section } from '@styr/shared/contracts/documents';
import { SelectField } from '../../components/form-fields.tsx';

type GoalSection = Extract<Section, { kind: 'goals' | 'goalAreas' }>;

/** Column layouts to pick from; a file may hold any other, which the editor shows and keeps as it is. */
const columnPresets: { value: string; label: string; columns: IndicatorColumn[] | undefined }[] = [
  { value: '', label: 'Som i rapporterna: tre års utfall och årets målvärde', columns: undefined },
  {
    value: 'fjolar-status',
    label: 'Fjolårets och årets utfall, målvärde och status i ord',
    columns: [
      { kind: 'name' },
      { kind: 'outcome', year: -1 },
      { kind: 'outcome', year: 0 },
      { kind: 'target' },
      { kind: 'status', show: 'text' },
    ],
  },
  {
    value: 'ar-forandring',
    label: 'Årets utfall, förändring från fjolåret, målvärde och status',
    columns: [
      { kind: 'name' },
      { kind: 'outcome', year: 0 },
      { kind: 'change', from: -1 },
      { kind: 'target' },
      { kind: 'status' },
    ],
  },
];

const unitLabels = { '': 'Ingen', name: 'Efter namnet', column: 'I en egen kolumn' } as const;

/** The section with its indicator table's options changed; the rest of the section as it was. */
function withIndicatorTable(section: GoalSection, change: Partial<IndicatorTableOptions>): Section {
  const { indicatorTable, ...rest } = section;
  const options = Object.fromEntries(
    Object.entries({ ...indicatorTable, ...change }).filter(([, value]) => value !== undefined),
  );
  return Object.keys(options).length === 0 ? rest : { ...rest, indicatorTable: options };
}

/** The layout of the measures' tables a goals chapter prints: its columns and where the unit stands. */
export function IndicatorTableFields({
  title,
  chapterKey,
  section,
  onChange,
}: {
  title: string;
  chapterKey: string;
  section: Section;
  onChange: (section: Section) => void;
}) {
  if (section.kind !== 'goals' && section.kind !== 'goalAreas') return null;
  const columns = section.indicatorTable?.columns;
  const preset = columnPresets.find((entry) => JSON.stringify(entry.columns) === JSON.stringify(columns));
  const unit = section.indicatorTable?.unit;
  return (
    <>
      <SelectField
        label={`Måttabellernas kolumner i ”${title}”`}
        name={`indicator-columns-${chapterKey}`}
        value={preset?.value ?? 'egna'}
        onChange={(value) => {
          const chosen = columnPresets.find((entry) => entry.value === value);
          if (chosen) onChange(withIndicatorTable(section, { columns: chosen.columns }));
        }}
        options={[
          ...columnPresets.map(({ value, label }) => ({ value, label })),
          ...(preset ? [] : [{ value: 'egna', label: 'Egna kolumner, från mallfilen' }]),
        ]}
      />
      <SelectField
        label={`Måttens enhet i ”${title}”`}
        name={`indicator-unit-${chapterKey}`}
        value={unit === 'none' ? '' : (unit ?? '')}
        onChange={(value) =>
          onChange(
            withIndicatorTable(section, { unit: value === 'name' || value === 'column' ? value : undefined }),
          )
        }
        options={Object.entries(unitLabels).map(([value, label]) => ({ value, label }))}
      />
    </>
  );
}
