import { directionLabels, indicatorStatusLabels } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { formatIndicatorValue, targetFor, targetText, yearTotal } from '@styr/shared/domain/indicator-values';
import { Link, useParams } from 'react-router';
import { MissingValue, ValueOrMissing } from '../../components/missing-value.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ToneLabel } from '../../components/tone-label.tsx';
import { committeePath } from '../org/index.ts';
import { CommitteeYearGate } from './committee-year-gate.tsx';
import { IndicatorChart } from './indicator-chart.tsx';
import { IndicatorPeriodTable, IndicatorYearTable } from './indicator-tables.tsx';
import { goalAnchor, indicatorSourceLabels, indicatorStatusTones } from './plan-labels.ts';
import '../../styles/plan.css';

/** One indicator of the committee's year: what it measures, its time series as a chart and as tables. */
export function IndicatorPage() {
  const { indicatorId } = useParams();
  return (
    <CommitteeYearGate title="Indikator" page="overview">
      {(view) => {
        const indicator = view.indicators.find((candidate) => candidate.id === indicatorId);
        return indicator ? (
          <IndicatorContent view={view} indicator={indicator} />
        ) : (
          <IndicatorMissing view={view} />
        );
      }}
    </CommitteeYearGate>
  );
}

function IndicatorMissing({ view }: { view: CommitteeYearView }) {
  const { committee, year } = view;
  return (
    <>
      <PageHeader title="Indikatorn finns inte" />
      <p>
        Indikatorn finns inte i planen för {committee.name} {year}. Den kan höra till ett annat år, eller så
        har adressen ändrats.
      </p>
      <p>
        <Link to={committeePath(committee.id, year)}>
          Gå till översikten för {committee.name} {year}
        </Link>
      </p>
    </>
  );
}

function IndicatorContent({ view, indicator }: { view: CommitteeYearView; indicator: Indicator }) {
  const { committee, year, followUpPoints } = view;
  const overview = committeePath(committee.id, year);
  const goals = view.goals.filter((goal) => goal.indicatorIds.includes(indicator.id));
  const outcome = yearTotal(indicator, year, followUpPoints);

  return (
    <>
      <nav aria-label="Du är här" className="breadcrumbs">
        <ol>
          <li>
            <Link to={overview}>
              {committee.name} {year}
            </Link>
          </li>
          <li>
            <span aria-current="page">{indicator.name}</span>
          </li>
        </ol>
      </nav>
      <PageHeader
        title={indicator.name}
        kicker={`Indikator · ${committee.name} ${year}`}
        documentTitle={`${indicator.name} – ${committee.name} ${year}`}
      />
      <section aria-labelledby="facts-heading" className="section">
        <h2 id="facts-heading">Om indikatorn</h2>
        <dl className="summary">
          <div>
            <dt>Enhet</dt>
            <dd>{indicator.unit}</dd>
          </div>
          <div>
            <dt>Riktning</dt>
            <dd>{directionLabels[indicator.direction]}</dd>
          </div>
          <div>
            <dt>Källa</dt>
            <dd>
              {indicatorSourceLabels[indicator.source]}
              {indicator.sourceReference && ` (${indicator.sourceReference})`}
            </dd>
          </div>
          <div>
            <dt>Utfall {year}</dt>
            <dd>
              <ValueOrMissing text={formatIndicatorValue(indicator, outcome.value)} />
            </dd>
          </div>
          <div>
            <dt>Målvärde {year}</dt>
            <dd>
              {targetText(indicator, targetFor(indicator, year)) ?? <MissingValue text="inget målvärde" />}
            </dd>
          </div>
          <div>
            <dt>Status {year}</dt>
            <dd>
              <ToneLabel
                tone={indicatorStatusTones[indicator.status]}
                label={indicatorStatusLabels[indicator.status]}
              />
            </dd>
          </div>
        </dl>
        <h3>Definition</h3>
        <p className="prose">{indicator.definition ?? 'Ingen definition är angiven för indikatorn.'}</p>
        <h3>Följer upp</h3>
        {goals.length === 0 ? (
          <p className="muted">Indikatorn är inte kopplad till något mål {year}.</p>
        ) : (
          <ul>
            {goals.map((goal) => (
              <li key={goal.id}>
                <Link to={`${overview}#${goalAnchor(goal)}`}>{goal.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="series-heading" className="section">
        <h2 id="series-heading">Utfall och målvärden över tid</h2>
        <IndicatorChart indicator={indicator} followUpPoints={followUpPoints} />
        <IndicatorYearTable indicator={indicator} year={year} followUpPoints={followUpPoints} />
      </section>
      <section aria-labelledby="periods-heading" className="section">
        <h2 id="periods-heading">Per uppföljning och kön</h2>
        <IndicatorPeriodTable indicator={indicator} followUpPoints={followUpPoints} />
      </section>
    </>
  );
}
