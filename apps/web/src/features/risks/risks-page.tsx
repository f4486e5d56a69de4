import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { Risk, RiskOverview } from '@styr/shared/contracts/risks';
import { isPlanHandedOver } from '@styr/shared/domain/committee-reading';
import { formatNumber } from '@styr/shared/format/number';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { YearScope } from '../../api/plan-api.ts';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useCommitteeReading } from '../access/index.ts';
import { CommitteeYearGate, usePlanAccess, useYearFreeze } from '../plan/index.ts';
import { CommitteeNav } from '../shell/index.ts';
import { useUnitOptions } from '../workflow/index.ts';
import { ControlPlanSection } from './control-plan-section.tsx';
import { ControlResultsSection } from './control-results-section.tsx';
import { RiskDetails } from './risk-details.tsx';
import { RiskForm } from './risk-form.tsx';
import { levelText } from './risk-labels.ts';
import { type MatrixCellChoice, RiskMatrix } from './risk-matrix.tsx';
import { RiskNextYear } from './risk-next-year.tsx';
import {
  filterRisks,
  type RegisterFilter,
  type RegisterView,
  RiskRegister,
  registerViews,
} from './risk-register.tsx';
import { useRiskOverview, useRiskScope } from './use-risks.ts';
import '../../styles/plan.css';
import '../../styles/risks.css';

/** Risker och intern kontroll: the registers, the matrix, the samlad riskbild and the internal control plan. */
export function RisksPage() {
  return (
    <CommitteeYearGate title="Risker och intern kontroll" page="risks">
      {(view) => <Risks view={view} />}
    </CommitteeYearGate>
  );
}

function Risks({ view }: { view: CommitteeYearView }) {
  const reading = useCommitteeReading(view.committee.id);
  // The risk picture is handed to the committee's members with the plan; before that there is nothing to ask for.
  const handedOver = reading === 'work' || isPlanHandedOver(view.documents);
  const scope = useRiskScope(view.committee.id, view.year);
  const overview = useRiskOverview(scope, handedOver);
  return (
    <>
      <PageHeader
        title="Risker och intern kontroll"
        kicker={`${view.committee.name} ${view.year}`}
        documentTitle={`Risker och intern kontroll – ${view.committee.name} ${view.year}`}
      />
      <CommitteeNav committeeId={view.committee.id} year={view.year} />
      {!handedOver && (
        <p className="empty">
          Riskbilden för {view.year} läses här när verksamhetsplanen är överlämnad till nämnden.
        </p>
      )}
      {handedOver && overview.isPending && <Loading />}
      {overview.isError && <QueryError error={overview.error} onRetry={() => overview.refetch()} />}
      {overview.data && <RiskWork view={view} scope={scope} overview={overview.data} />}
    </>
  );
}

function RiskWork({
  view,
  scope,
  overview,
}: {
  view: CommitteeYearView;
  scope: YearScope;
  overview: RiskOverview;
}) {
  const access = usePlanAccess(view.committee.id);
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<RegisterFilter>({ area: '', view: 'all', text: '' });
  const [cell, setCell] = useState<MatrixCellChoice | null>(null);
  const units = useUnitOptions(view.committee.id, view.year);
  const nodeOptions = [{ value: view.committee.id, label: view.committee.name }, ...units].filter((option) =>
    access.canEditActivity(option.value),
  );
  const shown = useMemo(() => filterRisks(overview.risks, filter), [overview.risks, filter]);
  const inCell = cell
    ? shown.filter((risk) => risk.probability === cell.probability && risk.consequence === cell.consequence)
    : [];
  const chosen = overview.risks.find((risk) => risk.id === params.get('risk')) ?? null;
  const riskHref = (risk: Risk) => `?risk=${risk.id}#risk-details-heading`;
  // Every write to the risks answers to the internal control plan: adopted, the registers are read-only.
  const controlPlanFrozen = useYearFreeze(view).controlPlan;
  const selectedCount = overview.risks.filter((risk) => risk.selected).length;

  return (
    <>
      <p className="page-lead">
        {formatNumber(overview.risks.length)} risker i registren, varav {formatNumber(selectedCount)} i
        nämndens samlade riskbild och{' '}
        {formatNumber(overview.risks.filter((risk) => risk.toControlPlan).length)} till internkontrollplanen.
      </p>
      {chosen && (
        <RiskDetails
          key={chosen.id}
          scope={scope}
          overview={overview}
          view={view}
          risk={chosen}
          rights={{
            editOrigin: !controlPlanFrozen && access.canEditActivity(chosen.origin.id),
            nominate: !controlPlanFrozen && access.canEditActivity(chosen.raisedTo?.id ?? chosen.origin.id),
            compile: !controlPlanFrozen && access.canCompile,
          }}
          onClose={() => setParams({})}
        />
      )}
      <section className="section" aria-labelledby="register-heading">
        <h2 id="register-heading">Riskregister</h2>
        <search className="filter-row" aria-label="Filtrera riskerna">
          <SelectField
            label="Riskområde"
            name="area"
            value={filter.area}
            onChange={(area) => setFilter({ ...filter, area })}
            options={[
              { value: '', label: 'Alla riskområden' },
              ...overview.areas.map((area) => ({ value: area.key, label: area.name })),
            ]}
          />
          <SelectField
            label="Visa"
            name="view"
            value={filter.view}
            onChange={(value) => setFilter({ ...filter, view: value as RegisterView })}
            options={registerViews}
          />
          <TextField
            label="Sök"
            type="search"
            name="text"
            value={filter.text}
            onChange={(text) => setFilter({ ...filter, text })}
            width="medium"
          />
        </search>
        <p role="status">{formatNumber(shown.length)} risker visas.</p>
        <h3>Riskmatris</h3>
        <RiskMatrix overview={overview} risks={shown} chosen={cell} onChoose={setCell} />
        {cell && (
          <div className="matrix-choice">
            <h4>
              Sannolikhet {cell.probability}, konsekvens {cell.consequence}:{' '}
              {levelText(inCell[0]?.level ?? 'low')} ({formatNumber(inCell.length)} risker)
            </h4>
            <ul>
              {inCell.map((risk) => (
                <li key={risk.id}>
                  <Link to={riskHref(risk)}>{risk.title}</Link> – {risk.origin.name}
                </li>
              ))}
            </ul>
          </div>
        )}
        <RiskRegister overview={overview} risks={shown} riskHref={riskHref} />
        {nodeOptions.length > 0 && !controlPlanFrozen && (
          <details className="add-risk">
            <summary>Lägg till en risk</summary>
            <RiskForm
              scope={scope}
              overview={overview}
              view={view}
              risk={null}
              nodeOptions={nodeOptions}
              onCreated={(risk) => setParams({ risk: risk.id })}
            />
          </details>
        )}
      </section>
      <ControlPlanSection scope={scope} overview={overview} view={view} canCompile={access.canCompile} />
      <ControlResultsSection scope={scope} overview={overview} view={view} canRecord={access.canEdit} />
      {access.canCompile && <RiskNextYear scope={scope} />}
    </>
  );
}
