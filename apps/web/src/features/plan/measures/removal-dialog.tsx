import type { RemovalImpact } from '@styr/shared/contracts/plan-measures';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { ConfirmDialog } from '../../../components/dialogs.tsx';

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
export function RemovalDialog({
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
