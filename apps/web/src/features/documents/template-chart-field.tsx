import type { Section, TemplateChapter } from '@styr/shared/contracts/documents';
import type { ChartKind } from '@styr/shared/domain/document-charts';
import { CheckboxField, SelectField } from '../../components/form-fields.tsx';
import { withChart } from './section-presets.ts';

const chartKindLabels: Record<ChartKind, string> = { line: 'Linjediagram', bar: 'Stapeldiagram' };

/**
 * "Visa diagram" for the sections that can draw charts: a trend per indicator under a goal section's tables (as
 * a line or bars), the deviation per department under the result table. Every other option of the section is
 * kept as it is.
 */
export function ChartField({
  chapter,
  onChange,
}: {
  chapter: TemplateChapter;
  onChange: (key: string, section: Section) => void;
}) {
  const { section, key, title } = chapter;
  if (section.kind === 'departmentResults')
    return (
      <CheckboxField
        label={`Visa diagram i ”${title}”`}
        description="Avvikelsen per avdelning som stapeldiagram under tabellen"
        name={`diagram-${key}`}
        checked={section.chart === true}
        onChange={(checked) => onChange(key, withChart(section, checked ? 'bar' : null))}
      />
    );
  if (section.kind !== 'goals' && section.kind !== 'goalAreas') return null;
  const kind = section.indicatorCharts;
  return (
    <>
      <CheckboxField
        label={`Visa diagram i ”${title}”`}
        description="Ett diagram per mått under målets tabell, över de senaste årens utfall"
        name={`diagram-${key}`}
        checked={kind !== undefined}
        onChange={(checked) => onChange(key, withChart(section, checked ? (kind ?? 'line') : null))}
      />
      {kind !== undefined && (
        <SelectField
          label={`Diagramtyp i ”${title}”`}
          name={`diagramtyp-${key}`}
          value={kind}
          onChange={(value) => onChange(key, withChart(section, value === 'bar' ? 'bar' : 'line'))}
          options={(['line', 'bar'] as const).map((value) => ({ value, label: chartKindLabels[value] }))}
        />
      )}
    </>
  );
}
