import { indicatorStatusLabels } from '@styr/shared/contracts/indicators';
import type { Indicator } from '@styr/shared/contracts/plan';
import {
  formatIndicatorValue,
  seriesYears,
  statusInYear,
  targetFor,
  targetText,
  yearTotal,
} from '@styr/shared/domain/indicator-values';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { MissingValue, ValueOrMissing } from '../../components/missing-value.tsx';
import { ToneLabel } from '../../components/tone-label.tsx';
import { type FollowUpPoint, genderLabels, indicatorStatusTones, periodName } from './plan-labels.ts';

/** The name without a closing full stop, for use inside a sentence. */
const plainName = (indicator: Indicator) => indicator.name.replace(/\.$/, '');

/** Year by year: the chart's data, and the accessible source for it. */
export function IndicatorYearTable({
  indicator,
  year,
  followUpPoints,
}: {
  indicator: Indicator;
  year: number;
  followUpPoints: readonly FollowUpPoint[];
}) {
  const rows = seriesYears(indicator).map((column) => yearTotal(indicator, column, followUpPoints));
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'year', header: 'År', cell: (row) => row.year },
    {
      key: 'value',
      header: 'Utfall',
      numeric: true,
      nowrap: true,
      cell: (row) => <ValueOrMissing text={formatIndicatorValue(indicator, row.value)} />,
    },
    {
      key: 'target',
      header: 'Målvärde',
      numeric: true,
      nowrap: true,
      cell: (row) =>
        targetText(indicator, targetFor(indicator, row.year)) ?? <MissingValue text="inget målvärde" />,
    },
    {
      key: 'status',
      header: 'Status',
      nowrap: true,
      cell: (row) => {
        if (!targetFor(indicator, row.year)) return <MissingValue text="inget målvärde att jämföra med" />;
        // The server's status is the one the reports use; the other years are judged by the same rule here.
        const status =
          row.year === year ? indicator.status : statusInYear(indicator, row.year, followUpPoints);
        return <ToneLabel tone={indicatorStatusTones[status]} label={indicatorStatusLabels[status]} />;
      },
    },
    {
      key: 'note',
      header: 'Kommentar',
      cell: (row) =>
        [
          row.period &&
            row.period !== 'year' &&
            `Enligt ${periodName(row.period, followUpPoints).toLowerCase()}.`,
          row.note,
        ]
          .filter(Boolean)
          .join(' '),
    },
  ];
  return (
    <DataTable
      caption={`${plainName(indicator)}: utfall och målvärde per år`}
      columns={columns}
      rows={rows}
      rowKey={(row) => String(row.year)}
      empty="Indikatorn har inga utfall eller målvärden ännu."
    />
  );
}

interface PeriodRow {
  key: string;
  year: number;
  period: string;
  byGender: Map<string, number | null>;
  notes: string[];
}

/** Values per follow-up and per gender (K/M as in Kolada), when the indicator has more than whole-year totals. */
export function IndicatorPeriodTable({
  indicator,
  followUpPoints,
}: {
  indicator: Indicator;
  followUpPoints: readonly FollowUpPoint[];
}) {
  const detailed = indicator.values.some((value) => value.period !== 'year' || value.gender !== 'T');
  if (!detailed) {
    return (
      <p className="muted">
        Indikatorn har bara helårsvärden för alla, inga värden per uppföljning eller kön.
      </p>
    );
  }
  const rows: PeriodRow[] = [];
  for (const value of indicator.values) {
    const key = `${value.year}:${value.period}`;
    let row = rows.find((candidate) => candidate.key === key);
    if (!row) {
      row = { key, year: value.year, period: value.period, byGender: new Map(), notes: [] };
      rows.push(row);
    }
    row.byGender.set(value.gender, value.value);
    if (value.note)
      row.notes.push(value.gender === 'T' ? value.note : `${genderLabels[value.gender]}: ${value.note}`);
  }
  const genders = (['T', 'K', 'M'] as const).filter((gender) =>
    indicator.values.some((value) => value.gender === gender),
  );
  const columns: Column<PeriodRow>[] = [
    { key: 'year', header: 'År', cell: (row) => row.year },
    { key: 'period', header: 'Period', cell: (row) => periodName(row.period, followUpPoints) },
    ...genders.map(
      (gender): Column<PeriodRow> => ({
        key: gender,
        header: genderLabels[gender],
        numeric: true,
        nowrap: true,
        cell: (row) => (
          <ValueOrMissing text={formatIndicatorValue(indicator, row.byGender.get(gender) ?? null)} />
        ),
      }),
    ),
    { key: 'note', header: 'Kommentar', cell: (row) => row.notes.join(' ') },
  ];
  return (
    <DataTable
      caption={`${plainName(indicator)}: utfall per period och kön`}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      empty="Indikatorn har inga utfall ännu."
    />
  );
}
