import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context.tsx';
import { ApiError, isApiError } from '../../../api/api-error.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { useYearScope } from './use-measures.ts';

type Part = { version: number };

const sameContent = (a: Part, b: Part) =>
  JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });

/**
 * Saves one part of a measure: its goals, or its target for a year. The parts share the measure's version, so a
 * version conflict may come from a change of another part (the same person's other form, say), and the server
 * answers it with the measure's facts rather than the part. The year is read again: a part still as the form
 * read it is saved again on the version stored now; a part changed in between is the form's conflict, with the
 * part as stored now.
 */
export function useSaveMeasurePart<P extends Part>(
  view: CommitteeYearView,
  indicatorId: string,
  partOf: (year: CommitteeYearView, indicator: Indicator) => P,
  send: (body: P) => Promise<Part>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  const scope = useYearScope(view);
  const readStored = async () => {
    const year = await queryClient.fetchQuery({
      queryKey: queryKeys.committeeYear(scope.municipalityId, scope.committeeId, scope.year),
      queryFn: () => api.plan.getCommitteeYear(scope.municipalityId, scope.committeeId, scope.year),
      staleTime: 0,
    });
    const indicator = year.indicators.find((entry) => entry.id === indicatorId);
    return indicator ? partOf(year, indicator) : null;
  };
  return async (body: P, base: P | null): Promise<P> => {
    const saveOn = async (version: number) => ({
      ...body,
      version: (await send({ ...body, version })).version,
    });
    try {
      return await saveOn(body.version);
    } catch (error) {
      if (!isApiError(error, 'VERSION_CONFLICT') || !base) throw error;
      const stored = await readStored();
      if (stored && sameContent(stored, base)) return saveOn(stored.version);
      throw new ApiError({
        code: error.code,
        message: error.message,
        status: error.status,
        current: stored ?? undefined,
        changedBy: error.changedBy,
      });
    }
  };
}
