import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { carriesOver } from '@styr/shared/domain/assignments';
import { formatNumber } from '@styr/shared/format/number';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { ModalDialog } from '../../components/dialogs.tsx';
import { PendingButton } from '../../components/pending-button.tsx';
import { useMe } from '../auth/index.ts';
import { committeePath } from '../org/index.ts';
import { isEmptyYear } from './plan-labels.ts';
import { useCommitteeYear } from './use-committee-year.ts';

/** What the overview of the new year says once it has been started; passed as the navigation's state. */
export interface StartedYear {
  startedFrom: number;
  year: number;
  goalAreas: number;
  goals: number;
  carriedAssignments: number;
  carriedActionPlans: number;
}

export function isStartedYear(state: unknown): state is StartedYear {
  return (
    typeof state === 'object' && state !== null && 'startedFrom' in state && 'carriedAssignments' in state
  );
}

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

export function startedYearText(started: StartedYear): string {
  const parts = [
    count(started.goalAreas, 'målområde', 'målområden'),
    count(started.goals, 'mål', 'mål'),
    count(started.carriedAssignments, 'uppdrag', 'uppdrag'),
    ...(started.carriedActionPlans > 0
      ? [count(started.carriedActionPlans, 'handlingsplan', 'handlingsplaner')]
      : []),
  ];
  const listed = `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
  return `Planen för ${started.year} är påbörjad från ${started.startedFrom}: ${listed} har förts över. Planen är ett utkast.`;
}

/** The assignments that will follow along: those whose latest status in the year is not Avslutad. */
function openAssignments(view: CommitteeYearView): number {
  const monthOf = (key: string) => view.followUpPoints.find((point) => point.key === key)?.month ?? 0;
  return view.assignments.filter((assignment) => {
    const latest = [...assignment.reports].sort((a, b) => monthOf(b.followUp) - monthOf(a.followUp))[0];
    return carriesOver(latest?.status ?? null);
  }).length;
}

/** For controllers: starts next year's plan from this one, once, and then links to it. */
export function StartNextYear({ view }: { view: CommitteeYearView }) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  const { committee, year } = view;
  const next = year + 1;
  const nextView = useCommitteeYear(committee.id, next);
  const [open, setOpen] = useState(false);
  const start = useMutation({
    mutationFn: () => api.plan.startNextYear({ municipalityId, committeeId: committee.id, year }),
    onSuccess: async (summary) => {
      await queryClient.invalidateQueries({
        queryKey: queryKeys.committeeYear(municipalityId, committee.id, next),
      });
      setOpen(false);
      const state: StartedYear = { startedFrom: year, ...summary };
      navigate(committeePath(committee.id, summary.year), { state });
    },
  });

  if (nextView.isPending || nextView.isError) return null;
  if (!isEmptyYear(nextView.data)) {
    return (
      <p>
        <Link to={committeePath(committee.id, next)}>
          Visa planen för {committee.name} {next}
        </Link>
      </p>
    );
  }
  const carried = openAssignments(view);
  return (
    <>
      <p>
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          Påbörja plan för {next}
        </button>
      </p>
      <ModalDialog
        isOpen={open}
        onOpenChange={(isOpen) => {
          setOpen(isOpen);
          if (!isOpen) start.reset();
        }}
        title={`Påbörja plan för ${next}`}
      >
        <p>
          Planen för {next} börjar som ett utkast med detta från {year}:
        </p>
        <ul>
          <li>{count(view.goalAreas.length, 'målområde', 'målområden')} med beskrivningar</li>
          <li>{count(view.goals.length, 'mål', 'mål')} med sina texter och indikatorer</li>
          <li>
            {count(carried, 'uppdrag', 'uppdrag')} som inte är avslutade; uppdrag vars senaste status är
            Avslutad stannar i {year}
          </li>
          <li>
            handlingsplaner vars period fortsätter in i {next}, med fokusområden, insatser och budget; en plan
            vars period har slutat stannar i {year}
          </li>
        </ul>
        <p>
          Bedömningar, utfall, aktiviteter, uppdragens rapporter och handlingsplanernas uppföljningar följer
          inte med. {year} ändras inte.
        </p>
        {start.isError && <ErrorAlert error={start.error} title={`Planen för ${next} kunde inte påbörjas`} />}
        <div className="button-row">
          {/* A native button: React Aria's pending announcement points at the button, which is gone once the
              dialog closes, and leaves an unlabelled image in its live region. */}
          <PendingButton onClick={() => start.mutate()} pending={start.isPending} pendingLabel="Påbörjar…">
            Påbörja plan för {next}
          </PendingButton>
          <Button className="button button-secondary" slot="close" autoFocus>
            Avbryt
          </Button>
        </div>
      </ModalDialog>
    </>
  );
}
