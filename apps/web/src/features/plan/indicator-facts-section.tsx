import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';
import { IndicatorFactsForm } from './indicator-facts-form.tsx';

/** The year's measures, each with its name, unit, decimals, direction and definition to change. */
export function IndicatorFactsSection({ view, planName }: { view: CommitteeYearView; planName: string }) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  const units = useQuery({
    queryKey: queryKeys.indicatorUnits(municipalityId),
    queryFn: () => api.plan.getIndicatorUnits(municipalityId),
  });
  const definitions = useQuery({
    queryKey: queryKeys.keyFigureDefinitions(municipalityId),
    queryFn: () => api.plan.getKeyFigureDefinitions(municipalityId),
  });
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
