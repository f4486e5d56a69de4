import { indicatorStatusLabels } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { formatIndicatorValue, targetFor, targetText, yearTotal } from '@styr/shared/domain/indicator-values';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { MissingValue, ValueOrMissing } from '../../components/missing-value.tsx';
import { ToneLabel } from '../../components/tone-label.tsx';
import { indicatorPath } from '../org/index.ts';
import { indicatorStatusTones } from './plan-labels.ts';

/** Outcomes of the last three years up to the year, the year's target and status, as in the reports' tables. */
export function IndicatorTable({
  view,
  indicators,
  caption,
}: {
  view: CommitteeYearView;
  indicators: readonly Indicator[];
  caption: string;
}) {
  const { year, followUpPoints } = view;
  const years = [year - 2, year - 1, year];
  const columns: Column<Indicator>[] = [
    {
      key: 'name',
      header: 'Mått/Indikator',
      cell: (indicator) => (
        <Link to={indicatorPath(view.committee.id, year, indicator.id)}>{indicator.name}</Link>
      ),
    },
    ...years.map(
      (column): Column<Indicator> => ({
        key: `outcome-${column}`,
        header: `Utfall ${column}`,
        numeric: true,
        nowrap: true,
        cell: (indicator) => (
          <ValueOrMissing
            text={formatIndicatorValue(indicator, yearTotal(indicator, column, followUpPoints).value)}
          />
        ),
      }),
    ),
    {
      key: 'target',
      header: `Målvärde ${year}`,
      numeric: true,
      nowrap: true,
      cell: (indicator) => {
        const text = targetText(indicator, targetFor(indicator, year));
        return text ?? <MissingValue text="målvärde saknas" />;
      },
    },
    {
      key: 'status',
      header: 'Status',
      nowrap: true,
      cell: (indicator) => (
        <ToneLabel
          tone={indicatorStatusTones[indicator.status]}
          label={indicatorStatusLabels[indicator.status]}
        />
      ),
    },
  ];

  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columns}
      rows={indicators}
      rowKey={(indicator) => indicator.id}
      empty="Inga indikatorer."
    />
  );
}
