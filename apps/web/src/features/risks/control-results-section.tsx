import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { RiskOverview } from '@styr/shared/contracts/risks';
import type { YearScope } from '../../api/plan-api.ts';
import { Notice } from '../../components/alerts.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { documentName } from '../plan/index.ts';
import { deviationsText, totalDeviations } from './control-plan-section.tsx';
import { ControlResultForm } from './control-result-form.tsx';

/** The year-end follow-up of the control plan: each control's result and the deviations found. */
export function ControlResultsSection({
  scope,
  overview,
  view,
  canRecord,
}: {
  scope: YearScope;
  overview: RiskOverview;
  view: CommitteeYearView;
  canRecord: boolean;
}) {
  const lastPoint = [...view.followUpPoints].sort((a, b) => b.month - a.month)[0];
  const yearEnd = lastPoint
    ? documentName(lastPoint.key, view.followUpPoints, view.year)
    : `Årsrapport ${view.year}`;
  const activities = overview.controlPlan.activities;
  const titleOf = (riskId: string) => overview.risks.find((risk) => risk.id === riskId)?.title ?? '';
  const open = overview.controlPlan.resultsOpen;
  return (
    <section className="section" aria-labelledby="results-heading">
      <h2 id="results-heading">Uppföljning av intern kontroll – {yearEnd}</h2>
      {!open && (
        <Notice>
          <p>{yearEnd} är fastställd. Kontrollernas resultat kan inte ändras.</p>
        </Notice>
      )}
      <p>
        Avvikelser totalt: <strong>{deviationsText(totalDeviations(activities))}</strong>
      </p>
      <DataTable
        caption={`Resultat av kontrollerna i ${yearEnd}`}
        columns={[
          {
            key: 'risk',
            header: 'Risk',
            cell: (control) => titleOf(control.riskId),
            sortValue: (control) => titleOf(control.riskId),
          },
          { key: 'what', header: 'Kontrollmoment', cell: (control) => control.what },
          {
            key: 'date',
            header: 'Genomförd',
            nowrap: true,
            cell: (control) => control.result?.performedOn ?? '–',
          },
          {
            key: 'deviations',
            header: 'Avvikelser',
            numeric: true,
            sortValue: (control) => control.result?.deviations ?? null,
            cell: (control) => deviationsText(control.result?.deviations ?? null),
          },
          { key: 'findings', header: 'Iakttagelser', cell: (control) => control.result?.findings ?? '–' },
          { key: 'assessment', header: 'Bedömning', cell: (control) => control.result?.assessment ?? '–' },
          {
            key: 'actions',
            header: 'Beslutade åtgärder',
            cell: (control) => control.result?.actionsDecided ?? '–',
          },
        ]}
        rows={activities}
        rowKey={(control) => control.id}
        empty="Internkontrollplanen har inga kontrollmoment."
      />
      {canRecord && open && activities.length > 0 && (
        <>
          <h3>Registrera resultat</h3>
          {activities.map((control) => (
            <details key={control.id} className="result-entry">
              <summary>{control.what}</summary>
              <ControlResultForm scope={scope} control={control} />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
