import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { useState } from 'react';
import { StatusMessage } from '../../../components/alerts.tsx';
import { useIndicatorUnits } from '../use-measure-settings.ts';
import { usePlanAccess } from '../use-plan-access.ts';
import { AssignmentList } from './assignment-list.tsx';
import { IndicatorList } from './indicator-list.tsx';
import { YearFileImport } from './year-file-import.tsx';
import '../../../styles/plan-measures.css';

/**
 * "Mått och uppdrag": the year's measures with the goals they measure and their targets, and its assignments,
 * built here while the plan may be edited and read otherwise; a controller may also read them in from a file.
 */
export function MeasuresSection({ view, editable }: { view: CommitteeYearView; editable: boolean }) {
  const units = useIndicatorUnits(editable);
  const [message, setMessage] = useState('');
  const canImport = usePlanAccess(view.committee.id).canCompile && editable;
  return (
    <section aria-labelledby="matt-och-uppdrag" className="goal-group measures-section">
      <h2 id="matt-och-uppdrag">Mått och uppdrag</h2>
      <StatusMessage>{message}</StatusMessage>
      <IndicatorList view={view} units={units.data ?? []} editable={editable} onMessage={setMessage} />
      <AssignmentList view={view} editable={editable} onMessage={setMessage} />
      {canImport && <YearFileImport view={view} />}
    </section>
  );
}
