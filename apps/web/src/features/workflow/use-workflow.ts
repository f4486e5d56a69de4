import type { Part, PartKind, PartState } from '@styr/shared/contracts/workflow';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import type { FollowUpScope, WorkflowApi } from '../../api/workflow-api.ts';
import { useMe } from '../auth/index.ts';

export const partKindLabels: Record<PartKind, string> = {
  goal: 'Mål',
  assignment: 'Uppdrag',
  indicator: 'Indikator',
};

/** The symbol beside each state's word, so that the state is never told by colour alone. */
export const partStateSymbols: Record<PartState, string> = {
  open: '○',
  ready: '◐',
  returned: '↩',
  approved: '●',
};

/** Today as ÅÅÅÅ-MM-DD in Swedish time, to compare with a deadline. */
export function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** Whole days from today to the deadline; negative when it has passed. */
export function daysUntil(deadline: string, from = today()): number {
  return Math.round((Date.parse(deadline) - Date.parse(from)) / 86_400_000);
}

export function useFollowUpScope(committeeId: string, year: number, followUp: string): FollowUpScope {
  const municipalityId = useMe().user.municipalityId;
  return { municipalityId, committeeId, year, followUp };
}

export function useFollowUpParts(scope: FollowUpScope) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.followUpParts(scope.municipalityId, scope.committeeId, scope.year, scope.followUp),
    queryFn: () => api.workflow.getParts(scope),
  });
}

export function useCompleteness(scope: FollowUpScope) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.completeness(scope.municipalityId, scope.committeeId, scope.year, scope.followUp),
    queryFn: () => api.workflow.getCompleteness(scope),
  });
}

export function useMyTasks() {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.myTasks(municipalityId),
    queryFn: () => api.workflow.getMyTasks(municipalityId),
  });
}

/** Reads every list of parts and tasks again, e.g. after a part changed or someone else's version was found. */
export function useRefreshWorkflow() {
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.workflow(municipalityId) });
}

/** One write to a part; the saved part goes into the follow-up's list at once and every list is read again. */
export function usePartWrite<TBody>(
  scope: FollowUpScope,
  write: (api: WorkflowApi, body: TBody) => Promise<Part>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshWorkflow();
  return useMutation({
    mutationFn: (body: TBody) => write(api.workflow, body),
    onSuccess: (saved) => {
      const key = queryKeys.followUpParts(
        scope.municipalityId,
        scope.committeeId,
        scope.year,
        scope.followUp,
      );
      queryClient.setQueryData(key, (list: { parts: Part[] } | undefined) => {
        if (!list) return list;
        const same = (part: Part) => part.kind === saved.kind && part.objectId === saved.objectId;
        const parts = list.parts.some(same)
          ? list.parts.map((part) => (same(part) ? saved : part))
          : [...list.parts, saved];
        return { ...list, parts };
      });
      void refresh();
    },
  });
}

/** "Sista dag om 3 dagar", "Sista dag i dag", "Försenad". */
export function deadlineReminder(deadline: string | null, overdue: boolean): string | null {
  if (!deadline) return null;
  if (overdue) return 'Försenad';
  const days = daysUntil(deadline);
  if (days < 0) return null;
  if (days === 0) return 'Sista dag i dag';
  if (days === 1) return 'Sista dag i morgon';
  return `Sista dag om ${days} dagar`;
}
