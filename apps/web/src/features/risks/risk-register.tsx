import type { Risk, RiskOverview } from '@styr/shared/contracts/risks';
import { formatNumber } from '@styr/shared/format/number';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { areaName, changeText, levelText, stageText } from './risk-labels.ts';

/** Which risks the register shows: all, only the samlad riskbild, or those nominated but not yet chosen. */
export const registerViews = [
  { value: 'all', label: 'Alla risker' },
  { value: 'selected', label: 'Samlad riskbild' },
  { value: 'nominated', label: 'Nominerade, ej valda' },
  { value: 'control', label: 'Till internkontrollplan' },
] as const;
export type RegisterView = (typeof registerViews)[number]['value'];

export interface RegisterFilter {
  area: string;
  view: RegisterView;
  text: string;
}

export function filterRisks(risks: readonly Risk[], filter: RegisterFilter): Risk[] {
  const text = filter.text.trim().toLowerCase();
  return risks.filter(
    (risk) =>
      (filter.area === '' || risk.area === filter.area) &&
      (filter.view === 'all' ||
        (filter.view === 'selected' && risk.selected) ||
        (filter.view === 'nominated' && risk.raisedTo !== null && !risk.selected) ||
        (filter.view === 'control' && risk.toControlPlan)) &&
      (text === '' || `${risk.title} ${risk.origin.name}`.toLowerCase().includes(text)),
  );
}

/** The register, one sortable table per risk area in the municipality's order. */
export function RiskRegister({
  overview,
  risks,
  riskHref,
}: {
  overview: RiskOverview;
  risks: readonly Risk[];
  riskHref: (risk: Risk) => string;
}) {
  const columns: Column<Risk>[] = [
    {
      key: 'title',
      header: 'Risk',
      sortValue: (risk) => risk.title,
      cell: (risk) => <Link to={riskHref(risk)}>{risk.title}</Link>,
    },
    {
      key: 'origin',
      header: 'Ursprung',
      sortValue: (risk) => risk.origin.name,
      cell: (risk) => risk.origin.name,
    },
    { key: 'stage', header: 'Läge', sortValue: stageText, cell: stageText },
    {
      key: 'probability',
      header: 'Sannolikhet',
      numeric: true,
      sortValue: (risk) => risk.probability,
      cell: (risk) => formatNumber(risk.probability),
    },
    {
      key: 'consequence',
      header: 'Konsekvens',
      numeric: true,
      sortValue: (risk) => risk.consequence,
      cell: (risk) => formatNumber(risk.consequence),
    },
    {
      key: 'value',
      header: 'Riskvärde',
      numeric: true,
      sortValue: (risk) => risk.value,
      cell: (risk) => `${levelText(risk.level)} ${formatNumber(risk.value)}`,
    },
    {
      key: 'change',
      header: 'Förändring',
      numeric: true,
      sortValue: (risk) => (risk.previous ? risk.value - risk.previous.value : null),
      cell: (risk) => changeText(risk) ?? '–',
    },
    {
      key: 'control',
      header: 'Intern kontroll',
      sortValue: (risk) => (risk.toControlPlan ? 'Ja' : 'Nej'),
      cell: (risk) => (risk.selected ? (risk.toControlPlan ? 'Ja' : 'Nej') : '–'),
    },
  ];
  const areas = overview.areas.filter((area) => risks.some((risk) => risk.area === area.key));
  if (areas.length === 0) return <p className="empty">Inga risker motsvarar urvalet.</p>;
  return (
    <>
      {areas.map((area) => {
        const inArea = risks.filter((risk) => risk.area === area.key);
        return (
          <section key={area.key} className="risk-area" aria-labelledby={`area-${area.key}`}>
            <h3 id={`area-${area.key}`}>
              {areaName(overview, area.key)} <span className="count">({formatNumber(inArea.length)})</span>
            </h3>
            <DataTable
              caption={`Risker: ${area.name}`}
              captionHidden
              columns={columns}
              rows={inArea}
              rowKey={(risk) => risk.id}
              empty="Inga risker."
              className="risk-table"
            />
          </section>
        );
      })}
    </>
  );
}
