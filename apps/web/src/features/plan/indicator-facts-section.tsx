import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { IndicatorFactsForm } from './indicator-facts-form.tsx';
import { useIndicatorUnits, useKeyFigureDefinitions } from './use-measure-settings.ts';

/** The year's measures, each with its name, unit, decimals, direction and definition to change. */
export function IndicatorFactsSection({ view, planName }: { view: CommitteeYearView; planName: string }) {
  const units = useIndicatorUnits();
  const definitions = useKeyFigureDefinitions();
  if (view.indicators.length === 0) return null;
  return (
    <section aria-labelledby="matt-rubrik" className="goal-group">
      <h2 id="matt-rubrik">Mått</h2>
      {(units.isError || definitions.isError) && (
        <p className="muted">Kommunens enheter och nyckeltal för mått kunde inte läsas in.</p>
      )}
      {view.indicators.map((indicator) => (
        <article key={indicator.id} className="goal editor-goal" aria-labelledby={`matt-${indicator.key}`}>
          <h3 id={`matt-${indicator.key}`}>{indicator.name}</h3>
          <IndicatorFactsForm
            indicator={indicator}
            units={units.data ?? []}
            definitions={definitions.data ?? []}
            view={view}
            planName={planName}
          />
        </article>
      ))}
    </section>
  );
}
