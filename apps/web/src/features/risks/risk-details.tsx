import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { Risk, RiskOverview } from '@styr/shared/contracts/risks';
import { riskActionStatusLabels, riskSourceLabels } from '@styr/shared/domain/risk';
import { formatNumber } from '@styr/shared/format/number';
import { useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert, StatusMessage } from '../../components/alerts.tsx';
import { HistoryList } from '../../components/history-list.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useCommitteeReading } from '../access/index.ts';
import { useOrgNames } from '../org/index.ts';
import { RiskForm } from './risk-form.tsx';
import { areaName, changeText, levelText, stageText, stepLabel } from './risk-labels.ts';
import { RiskSelectionForm } from './risk-selection-form.tsx';
import { useRiskHistory, useRiskWrite } from './use-risks.ts';

/** What the person may do with the risk; nothing once the internal control plan is adopted. */
export interface RiskRights {
  /** Content.edit on the risk's own register. */
  editOrigin: boolean;
  /** Content.edit where the risk stands now, to raise it a level. */
  nominate: boolean;
  /** The committee's controller, who compiles the samlad riskbild. */
  compile: boolean;
}

/** One risk: what it is, where it came from and has got to, and what may be done with it now. */
export function RiskDetails({
  scope,
  overview,
  view,
  risk,
  rights,
  onClose,
}: {
  scope: YearScope;
  overview: RiskOverview;
  view: CommitteeYearView;
  risk: Risk;
  rights: RiskRights;
  onClose: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const nominate = useRiskWrite(scope, (api, at, version: number) => api.nominate(at, risk.id, version));
  const remove = useRiskWrite(scope, (api, at, version: number) => api.deleteRisk(at, risk.id, version));
  // Who changed what is the officials' record; a member reads the risk as handed over.
  const readsHistory = useCommitteeReading(scope.committeeId) === 'work';
  const history = useRiskHistory(scope, risk.id, readsHistory);
  const names = useOrgNames();
  const goals = view.goals.filter((goal) => risk.goalIds.includes(goal.id));
  const canRaise =
    rights.nominate && !risk.selected && (risk.raisedTo?.kind ?? risk.origin.kind) !== 'administration';
  const change = changeText(risk);

  return (
    <section className="section risk-details" aria-labelledby="risk-details-heading">
      <h2 id="risk-details-heading" tabIndex={-1}>
        {risk.title}
      </h2>
      <button type="button" className="button button-small button-secondary" onClick={onClose}>
        Stäng risken
      </button>
      <dl className="facts">
        <div>
          <dt>Riskområde</dt>
          <dd>{areaName(overview, risk.area)}</dd>
        </div>
        <div>
          <dt>Ursprung</dt>
          <dd>{risk.origin.name}</dd>
        </div>
        <div>
          <dt>Läge</dt>
          <dd>{stageText(risk)}</dd>
        </div>
        {risk.selectionReason && (
          <div>
            <dt>Skäl för urvalet</dt>
            <dd>{risk.selectionReason}</dd>
          </div>
        )}
        <div>
          <dt>Till internkontrollplan</dt>
          <dd>{risk.toControlPlan ? 'Ja' : 'Nej'}</dd>
        </div>
        <div>
          <dt>Sannolikhet</dt>
          <dd>{stepLabel(overview, 'probability', risk.probability)}</dd>
        </div>
        <div>
          <dt>Konsekvens</dt>
          <dd>{stepLabel(overview, 'consequence', risk.consequence)}</dd>
        </div>
        <div>
          <dt>Riskvärde</dt>
          <dd>
            {levelText(risk.level)} {formatNumber(risk.value)}
          </dd>
        </div>
        {risk.previous && (
          <div>
            <dt>Förra årets bedömning</dt>
            <dd>
              {formatNumber(risk.previous.probability)} × {formatNumber(risk.previous.consequence)} ={' '}
              {formatNumber(risk.previous.value)} ({change})
            </dd>
          </div>
        )}
        <div>
          <dt>Riskägare</dt>
          <dd>{risk.owner ?? '–'}</dd>
        </div>
        <div>
          <dt>Källa</dt>
          <dd>{riskSourceLabels[risk.source]}</dd>
        </div>
        {risk.description && (
          <div>
            <dt>Riskbeskrivning</dt>
            <dd>{risk.description}</dd>
          </div>
        )}
        {risk.consequenceDescription && (
          <div>
            <dt>Konsekvensbeskrivning</dt>
            <dd>{risk.consequenceDescription}</dd>
          </div>
        )}
        {goals.length > 0 && (
          <div>
            <dt>Hotar målet</dt>
            <dd>{goals.map((goal) => goal.title).join('; ')}</dd>
          </div>
        )}
      </dl>
      {risk.actions.length > 0 && (
        <>
          <h3>Åtgärder</h3>
          <ul>
            {risk.actions.map((action) => (
              <li key={action.what}>
                {action.what} ({riskActionStatusLabels[action.status].toLowerCase()}
                {action.responsible ? `, ${action.responsible}` : ''}
                {action.due ? `, klar senast ${action.due}` : ''})
              </li>
            ))}
          </ul>
        </>
      )}
      <StatusMessage>{message}</StatusMessage>
      {nominate.error ? <ErrorAlert error={nominate.error} /> : null}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      <div className="button-row">
        {canRaise && (
          <button
            type="button"
            className="button button-secondary"
            disabled={nominate.isPending}
            onClick={() =>
              nominate.mutate(risk.version, {
                onSuccess: (saved) =>
                  setMessage(`Risken är nominerad till ${saved.raisedTo?.name ?? 'nivån ovanför'}.`),
              })
            }
          >
            Nominera till nivån ovanför
          </button>
        )}
        {rights.editOrigin && !risk.toControlPlan && (
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(risk.version, { onSuccess: onClose })}
          >
            Ta bort risken
          </button>
        )}
      </div>
      {rights.editOrigin && <RiskForm scope={scope} overview={overview} view={view} risk={risk} />}
      {rights.compile && <RiskSelectionForm scope={scope} view={view} risk={risk} />}
      {readsHistory && (
        <>
          <h3>Historik</h3>
          {history.isPending && <Loading label="Hämtar historik…" />}
          {history.isError && <QueryError error={history.error} onRetry={() => history.refetch()} />}
          {history.data && <HistoryList entries={history.data.entries} names={names} />}
        </>
      )}
    </section>
  );
}
