import {
  type ActionPlan,
  actionPlanSchema,
  type SetActionFollowUps,
  setActionFollowUpsSchema,
} from '@styr/shared/contracts/action-plans';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  actionFollowUpStatuses,
  actionFollowUpStatusLabels,
  actionsOf,
} from '@styr/shared/domain/action-plans';
import { useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { FormSelectField, FormTextAreaField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { SelectField } from '../../components/form-fields.tsx';
import { orNull } from './action-plan-draft.ts';
import { useActionPlanWrite, useFrozenDocument } from './use-action-plans.ts';

/** One action's follow-up as the form holds it; status '' is not followed up. */
type Entry = { action: string; status: string; comment: string };
type Values = { entries: Entry[] };
type Status = SetActionFollowUps['entries'][number]['status'];

const statusOptions = [
  { value: '', label: 'Inte uppföljd' },
  ...actionFollowUpStatuses.map((status) => ({ value: status, label: actionFollowUpStatusLabels[status] })),
];

const entryText = (entry: { status: string; comment?: string | null } | undefined) =>
  entry?.status
    ? `${actionFollowUpStatusLabels[entry.status as Status]}${entry.comment ? `: ${entry.comment}` : ''}`
    : 'Inte uppföljd';

/** The yearly follow-up of a plan's actions at one follow-up point: a status and a comment per action. */
export function ActionFollowUpForm({
  scope,
  view,
  plan,
  points,
}: {
  scope: YearScope;
  view: CommitteeYearView;
  plan: ActionPlan;
  /** The follow-up points whose documents are not adopted. */
  points: { key: string; name: string }[];
}) {
  const [followUp, setFollowUp] = useState(points.at(-1)?.key ?? '');
  if (points.length === 0) return <p className="empty">Alla årets uppföljningar är fastställda.</p>;
  return (
    <>
      <SelectField
        label="Uppföljning"
        name="followUp"
        value={followUp}
        onChange={setFollowUp}
        options={points.map((point) => ({ value: point.key, label: point.name }))}
      />
      <FollowUpEntries key={followUp} scope={scope} view={view} plan={plan} followUp={followUp} />
    </>
  );
}

function FollowUpEntries({
  scope,
  view,
  plan,
  followUp,
}: {
  scope: YearScope;
  view: CommitteeYearView;
  plan: ActionPlan;
  followUp: string;
}) {
  const write = useActionPlanWrite(scope, (api, at, body: SetActionFollowUps) =>
    api.setFollowUps(at, plan.id, followUp, body),
  );
  const frozen = useFrozenDocument(view, followUp);
  const save = useSaveForm({
    stored: plan,
    toValues: (stored: ActionPlan | null): Values => ({
      entries: actionsOf(stored ?? plan).map((action) => {
        const found = action.followUps.find((entry) => entry.followUp === followUp);
        return { action: action.key, status: found?.status ?? '', comment: found?.comment ?? '' };
      }),
    }),
    schema: setActionFollowUpsSchema,
    toBody: ({ entries }: Values, base) => ({
      version: base?.version ?? plan.version,
      entries: entries
        .filter((entry) => entry.status !== '')
        .map((entry) => ({ action: entry.action, status: entry.status, comment: orNull(entry.comment) })),
    }),
    storedSchema: actionPlanSchema,
  });

  return (
    <SaveForm
      save={save}
      className="form"
      label={`Följ upp ${plan.title}`}
      onSubmit={save.submit(write.mutateAsync, { saved: 'Uppföljningen är sparad.' })}
      subject={`uppföljningen av ${plan.title}`}
      conflictRows={(current, mine) =>
        actionsOf(current).flatMap((action) => {
          const stored = entryText(action.followUps.find((entry) => entry.followUp === followUp));
          const own = entryText(mine.entries.find((entry) => entry.action === action.key));
          return stored === own ? [] : [{ label: action.what, value: stored, mine: own }];
        })
      }
      frozen={frozen}
      saveLabel="Spara uppföljningen"
    >
      {actionsOf(plan).map((action, index) => (
        <fieldset key={action.key}>
          <legend>{action.what}</legend>
          <FormSelectField label="Status" name={`entries.${index}.status`} options={statusOptions} />
          <FormTextAreaField
            label="Kommentar"
            name={`entries.${index}.comment`}
            optional
            rows={2}
            maxLength={5000}
          />
        </fieldset>
      ))}
    </SaveForm>
  );
}
