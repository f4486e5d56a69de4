import { useState } from 'react';
import { Link } from 'react-router';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert, StatusMessage } from '../../components/alerts.tsx';
import { risksPath } from '../org/index.ts';
import { useRiskWrite } from './use-risks.ts';

/** Starts next year's registers from this year's; each risk keeps this year's assessment to compare with. */
export function RiskNextYear({ scope }: { scope: YearScope }) {
  const start = useRiskWrite(scope, (api, at, _body: null) => api.startNextYear(at));
  const [started, setStarted] = useState<{ year: number; risks: number } | null>(null);
  const next = scope.year + 1;
  return (
    <section className="section" aria-labelledby="next-year-heading">
      <h2 id="next-year-heading">Nästa år</h2>
      <p>
        Nästa års riskregister börjar med årets risker. Varje risk behåller årets bedömning, så att
        förändringen syns när den bedöms om.
      </p>
      {start.error ? <ErrorAlert error={start.error} /> : null}
      <StatusMessage>
        {started && (
          <>
            {started.risks} risker är förda till {started.year}.{' '}
            <Link to={risksPath(scope.committeeId, started.year)}>Till riskerna {started.year}</Link>
          </>
        )}
      </StatusMessage>
      {!started && (
        <button
          type="button"
          className="button button-secondary"
          disabled={start.isPending}
          onClick={() => start.mutate(null, { onSuccess: setStarted })}
        >
          Påbörja riskregistren för {next}
        </button>
      )}
    </section>
  );
}
