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
import { ComparedAsOne } from '../../components/form/compared-fields.tsx';
import { FormSelectField, FormTextAreaField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useUnsavedSwitch } from '../../components/form/unsaved-switch.tsx';
import { UnsavedWorkScope } from '../../components/form/unsaved-work.ts';
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

/**
 * An action's follow-up as a version conflict compares it: its status, and its comment after a colon; a dash
 * where the entry is another action's, as the stored one may be where the plan's actions changed meanwhile.
 */
const shownEntry = (action: string) => (value: unknown) => {
  const entry = value as Entry | undefined;
  if (entry?.action !== action) return '–';
  if (!entry.status) return 'Inte uppföljd';
  const comment = entry.comment.trim();
  return `${actionFollowUpStatusLabels[entry.status as Status]}${comment ? `: ${comment}` : ''}`;
};

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
  const switcher = useUnsavedSwitch();
  if (points.length === 0) return <p className="empty">Alla årets uppföljningar är fastställda.</p>;
  return (
    <>
      <SelectField
        label="Uppföljning"
        name="followUp"
        value={followUp}
        onChange={(next) => switcher.guard(() => setFollowUp(next))}
        options={points.map((point) => ({ value: point.key, label: point.name }))}
      />
      <UnsavedWorkScope value={switcher.scope}>
        <FollowUpEntries key={followUp} scope={scope} view={view} plan={plan} followUp={followUp} />
      </UnsavedWorkScope>
      {switcher.dialog}
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
    toBody: ({ entries }: Values) => ({
      entries: entries
        .filter((entry) => entry.status !== '')
        .map((entry) => ({ action: entry.action, status: entry.status, comment: orNull(entry.comment) })),
    }),
    storedSchema: actionPlanSchema,
    frozen,
  });

  return (
    <SaveForm
      save={save}
      className="form"
      label={`Följ upp ${plan.title}`}
      onSubmit={save.submit(write.mutateAsync, { saved: 'Uppföljningen är sparad.' })}
      subject={`uppföljningen av ${plan.title}`}
      saveLabel="Spara uppföljningen"
    >
      {actionsOf(plan).map((action, index) => (
        <EntryFields key={action.key} action={action} name={`entries.${index}`} />
      ))}
    </SaveForm>
  );
}

/**
 * One action's status and comment, compared in a version conflict as one row named by the action: the fields'
 * own names are alike for every action.
 */
function EntryFields({ action, name }: { action: { key: string; what: string }; name: string }) {
  return (
    <fieldset>
      <legend>{action.what}</legend>
      <ComparedAsOne name={name} label={action.what} show={shownEntry(action.key)}>
        <FormSelectField label="Status" name={`${name}.status`} options={statusOptions} />
        <FormTextAreaField label="Kommentar" name={`${name}.comment`} optional rows={2} maxLength={5000} />
      </ComparedAsOne>
    </fieldset>
  );
}
