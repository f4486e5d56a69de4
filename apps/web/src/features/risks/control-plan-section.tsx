import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { ControlActivity, RiskOverview } from '@styr/shared/contracts/risks';
import { documentStatusLabels } from '@styr/shared/domain/document-lifecycle';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { formatNumber } from '@styr/shared/format/number';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert, Notice } from '../../components/alerts.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { DocumentStatusActions, decisionText } from '../plan/index.ts';
import { ControlForm } from './control-form.tsx';
import { areaName } from './risk-labels.ts';
import { useRiskWrite } from './use-risks.ts';

/** The internal control plan: per risk marked Ja, its kontrollmoment; adopted, the moments are frozen. */
export function ControlPlanSection({
  scope,
  overview,
  view,
  canCompile,
}: {
  scope: YearScope;
  overview: RiskOverview;
  view: CommitteeYearView;
  canCompile: boolean;
}) {
  const document = view.documents.find((entry) => entry.document === controlPlanDocument);
  const status = document?.status ?? 'draft';
  const frozen = status === 'adopted';
  const remove = useRiskWrite(scope, (api, at, control: ControlActivity) =>
    api.deleteControl(at, control.id, control.version),
  );
  const planned = overview.risks.filter((risk) => risk.toControlPlan);
  return (
    <section className="section" aria-labelledby="control-plan-heading">
      <h2 id="control-plan-heading">Internkontrollplan {view.year}</h2>
      <p>
        Status: <strong>{documentStatusLabels[status]}</strong>
        {document?.decision && ` (beslut ${decisionText(document.decision)})`}
      </p>
      {canCompile && <DocumentStatusActions view={view} documentKey={controlPlanDocument} />}
      {frozen && (
        <Notice>
          <p>
            Internkontrollplanen är fastställd. Kontrollmomenten kan inte ändras, men resultaten kan
            registreras tills årsrapporten är fastställd.
          </p>
        </Notice>
      )}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      {planned.length === 0 && <p className="empty">Ingen risk är vald till internkontrollplanen.</p>}
      {planned.map((risk) => (
        <div key={risk.id} className="control-risk">
          <h3>{risk.title}</h3>
          <p className="muted">{areaName(overview, risk.area)}</p>
          <DataTable
            caption={`Kontrollmoment för ${risk.title}`}
            captionHidden
            columns={[
              { key: 'what', header: 'Kontrollmoment', cell: (control: ControlActivity) => control.what },
              { key: 'method', header: 'Metod', cell: (control) => control.method ?? '–' },
              { key: 'frequency', header: 'Frekvens', cell: (control) => control.frequency ?? '–' },
              { key: 'responsible', header: 'Ansvarig', cell: (control) => control.responsible ?? '–' },
              { key: 'report', header: 'Rapporteras', cell: (control) => control.reportWhen ?? '–' },
              ...(canCompile && !frozen
                ? [
                    {
                      key: 'remove',
                      header: 'Ändra',
                      cell: (control: ControlActivity) => (
                        <div className="control-actions">
                          <ControlForm
                            scope={scope}
                            view={view}
                            riskId={risk.id}
                            riskTitle={risk.title}
                            control={control}
                          />
                          <button
                            type="button"
                            className="link-button"
                            disabled={remove.isPending}
                            onClick={() => remove.mutate(control)}
                          >
                            Ta bort<span className="visually-hidden"> {control.what}</span>
                          </button>
                        </div>
                      ),
                    },
                  ]
                : []),
            ]}
            rows={overview.controlPlan.activities.filter((control) => control.riskId === risk.id)}
            rowKey={(control) => control.id}
            empty="Inga kontrollmoment ännu."
          />
          {canCompile && !frozen && (
            <ControlForm scope={scope} view={view} riskId={risk.id} riskTitle={risk.title} />
          )}
        </div>
      ))}
    </section>
  );
}

/** Total deviations of the year's controls; null when no control has reported a number. */
export function totalDeviations(activities: readonly ControlActivity[]): number | null {
  const counted = activities.flatMap((control) =>
    (control.result?.deviations ?? null) === null ? [] : [control.result?.deviations ?? 0],
  );
  return counted.length === 0 ? null : counted.reduce((sum, value) => sum + value, 0);
}

export const deviationsText = (value: number | null) => (value === null ? '–' : formatNumber(value));
