import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { noAreaFilter } from '@styr/shared/domain/plan-filter';
import { SelectField, type SelectOption, TextField } from '../../components/form-fields.tsx';
import { maxSearchLength, type OverviewQuery } from './overview-query.ts';
import type { FollowUpPoint } from './plan-labels.ts';
import type { StatusChoice } from './status-choices.ts';

export interface FilterChoices {
  goalStatuses: readonly StatusChoice[];
  indicatorStatuses: readonly StatusChoice[];
  assignmentStatuses: readonly StatusChoice[];
  /** The organisation nodes that own an activity of the year, with the nodes above them. */
  units: readonly SelectOption[];
}

const all = (label: string, choices: readonly StatusChoice[]): SelectOption[] => [
  { value: '', label },
  ...choices.map((choice) => ({ value: choice.key, label: choice.label })),
];

/** Goal area, statuses, unit and free text; each change is written to the address at once. */
export function OverviewFilters({
  view,
  latest,
  choices,
  query,
  onChange,
}: {
  view: CommitteeYearView;
  latest: FollowUpPoint | null;
  choices: FilterChoices;
  query: OverviewQuery;
  onChange: (changed: Partial<OverviewQuery>) => void;
}) {
  const followUp = latest ? ` i ${latest.name.toLowerCase()}` : '';
  const areaIds = new Set(view.goalAreas.map((area) => area.id));
  const outsideAreas =
    view.goals.some((goal) => !goal.goalAreaId || !areaIds.has(goal.goalAreaId)) ||
    view.assignments.some((assignment) => !assignment.goalAreaId || !areaIds.has(assignment.goalAreaId));
  return (
    <div className="filter-bar overview-filters">
      <TextField
        type="search"
        width="medium"
        label="Sök i mål, indikatorer och uppdrag"
        name="sok"
        value={query.text}
        maxLength={maxSearchLength}
        onChange={(text) => onChange({ text })}
      />
      {view.goalAreas.length > 0 && (
        <SelectField
          label="Målområde"
          name="omrade"
          value={query.area}
          onChange={(area) => onChange({ area })}
          options={[
            { value: '', label: 'Alla målområden' },
            ...view.goalAreas.map((area) => ({ value: area.id, label: area.name })),
            ...(outsideAreas ? [{ value: noAreaFilter, label: 'Utanför målområdena' }] : []),
          ]}
        />
      )}
      <SelectField
        label={`Måluppfyllelse${followUp}`}
        name="malstatus"
        value={query.goalStatus}
        onChange={(goalStatus) => onChange({ goalStatus })}
        options={all('Alla mål', choices.goalStatuses)}
      />
      <SelectField
        label={`Indikatorstatus ${view.year}`}
        name="indikatorstatus"
        value={query.indicatorStatus}
        onChange={(indicatorStatus) => onChange({ indicatorStatus })}
        options={all('Alla indikatorer', choices.indicatorStatuses)}
      />
      <SelectField
        label={`Uppdragens status${followUp}`}
        name="uppdragsstatus"
        value={query.assignmentStatus}
        onChange={(assignmentStatus) => onChange({ assignmentStatus })}
        options={all('Alla uppdrag', choices.assignmentStatuses)}
      />
      {choices.units.length > 0 && (
        <SelectField
          label="Enhet med aktiviteter"
          name="enhet"
          value={query.unit}
          onChange={(unit) => onChange({ unit })}
          options={[{ value: '', label: 'Alla enheter' }, ...choices.units]}
        />
      )}
    </div>
  );
}
