import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { RemovalImpact } from '@styr/shared/contracts/plan-measures';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useApi } from '../../../api/api-context.tsx';
import type { YearScope } from '../../../api/plan-api.ts';
import type { PlanMeasuresApi } from '../../../api/plan-measures-api.ts';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { ConfirmDialog } from '../../../components/dialogs.tsx';
import { useMeasureWrite, useYearScope } from './use-measures.ts';

/** "3 utfall", "1 målvärde": what goes with the object, only the kinds it has. */
export function impactLines(impact: RemovalImpact, year: number): string[] {
  const lines = [
    impact.values > 0 && `${impact.values} utfall för ${year}`,
    impact.targets > 0 && `${impact.targets} ${impact.targets === 1 ? 'målvärde' : 'målvärden'} för ${year}`,
    impact.reports > 0 &&
      `${impact.reports} ${impact.reports === 1 ? 'rapporterad status' : 'rapporterade statusar'}`,
    impact.parts > 0 && `${impact.parts} ${impact.parts === 1 ? 'del' : 'delar'} som enheter rapporterar`,
    impact.links > 0 && `${impact.links} ${impact.links === 1 ? 'koppling' : 'kopplingar'} till årets mål`,
  ];
  return lines.filter((line): line is string => Boolean(line));
}

/**
 * Asks before removing a measure or an assignment from the year, saying what goes with it (as the server counts
 * it) and whether other years keep it; a removal the server would refuse is explained instead of offered.
 */
function RemovalDialog({
  isOpen,
  onOpenChange,
  name,
  kind,
  year,
  loadImpact,
  onConfirm,
  isPending,
  error,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  name: string;
  kind: 'måttet' | 'uppdraget';
  year: number;
  loadImpact: () => Promise<RemovalImpact>;
  onConfirm: () => void;
  isPending: boolean;
  error: unknown;
}) {
  const impact = useQuery({
    queryKey: ['removal', kind, name, year],
    queryFn: loadImpact,
    enabled: isOpen,
    gcTime: 0,
  });
  const lines = impact.data ? impactLines(impact.data, year) : [];
  return (
    <ConfirmDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={`Ta bort ${kind} ${name}?`}
      confirmLabel={`Ta bort ${kind}`}
      pendingLabel="Tar bort …"
      onConfirm={onConfirm}
      isPending={isPending}
      isDisabled={!impact.data || Boolean(impact.data.blocker)}
      error={error}
    >
      {impact.isPending && <p>Räknar vad som följer med …</p>}
      {impact.isError && <ErrorAlert error={impact.error} />}
      {impact.data?.blocker && <p>{impact.data.blocker}</p>}
      {impact.data && !impact.data.blocker && (
        <>
          {lines.length > 0 ? (
            <>
              <p>Detta tas bort tillsammans med {kind}:</p>
              <ul>
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>Inga utfall, målvärden, statusar eller kopplingar följer med.</p>
          )}
          <p>
            {impact.data.keptElsewhere
              ? `Andra års uppgifter om ${kind} finns kvar.`
              : `${kind === 'måttet' ? 'Måttet' : 'Uppdraget'} finns inte i något annat år och tas bort helt.`}
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}

type Removable = { id: string; version: number; name: string };

/** Where each kind is asked what goes with it and removed, and what is said once it is gone. */
const removals = {
  måttet: {
    impact: (api: PlanMeasuresApi, scope: YearScope, id: string) => api.indicatorRemoval(scope, id),
    remove: (api: PlanMeasuresApi, scope: YearScope, { id, version }: Removable) =>
      api.removeIndicator(scope, id, version),
    removed: (name: string, year: number) => `Måttet ${name} är borttaget ur planen för ${year}.`,
  },
  uppdraget: {
    impact: (api: PlanMeasuresApi, scope: YearScope, id: string) => api.assignmentRemoval(scope, id),
    remove: (api: PlanMeasuresApi, scope: YearScope, { id, version }: Removable) =>
      api.removeAssignment(scope, id, version),
    removed: (_name: string, year: number) => `Uppdraget är borttaget ur planen för ${year}.`,
  },
};

/** "Ta bort" for a measure or an assignment, and the question before the removal, with the object's version. */
export function MeasureRemovalButton({
  view,
  kind,
  object,
  onMessage,
}: {
  view: CommitteeYearView;
  kind: keyof typeof removals;
  object: Removable;
  onMessage: (message: string) => void;
}) {
  const api = useApi();
  const scope = useYearScope(view);
  const [removing, setRemoving] = useState(false);
  const removal = removals[kind];
  const write = useMeasureWrite(view, (planMeasures, year, _body: null) =>
    removal.remove(planMeasures, year, object),
  );
  return (
    <>
      <Button
        className="button button-secondary button-small"
        aria-label={`Ta bort ${object.name}`}
        onPress={() => setRemoving(true)}
      >
        Ta bort
      </Button>
      <RemovalDialog
        isOpen={removing}
        onOpenChange={setRemoving}
        name={object.name}
        kind={kind}
        year={view.year}
        loadImpact={() => removal.impact(api.planMeasures, scope, object.id)}
        onConfirm={() =>
          write.mutate(null, {
            onSuccess: () => {
              setRemoving(false);
              onMessage(removal.removed(object.name, view.year));
            },
          })
        }
        isPending={write.isPending}
        error={write.error}
      />
    </>
  );
}
