import { activityStatuses } from '@styr/shared/contracts/interchange';
import { type Activity, activitySchema, updateActivitySchema } from '@styr/shared/contracts/plan';
import { FormSelectField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { activityStatusLabels, usePlanSaveForm, withActivity } from '../plan/index.ts';
import type { FollowUpContext } from './follow-up-context.ts';

export function activityFacts(activity: Activity, unitName: (nodeId: string) => string | undefined) {
  return [
    activity.ownerNodeId
      ? `Ansvarig: ${unitName(activity.ownerNodeId) ?? 'okänd enhet'}`
      : 'Ansvarig: nämnden',
    activity.due && `klar senast ${activity.due}`,
  ]
    .filter(Boolean)
    .join(', ');
}

export function ActivityStatusForm({
  activity,
  context,
  unitName,
}: {
  activity: Activity;
  context: FollowUpContext;
  unitName: (nodeId: string) => string | undefined;
}) {
  const { view } = context;
  const { save, send, refresh } = usePlanSaveForm(view, {
    stored: activity,
    toValues: (stored: Activity | null) => ({ status: stored?.status ?? 'notStarted' }),
    schema: updateActivitySchema,
    toBody: ({ status }) => ({ status }),
    storedSchema: activitySchema,
    send: (api, scope, body) => api.updateActivity(scope, activity.id, body),
    update: withActivity,
  });

  // Activities are reported on until the year's last follow-up is adopted, whichever follow-up is open.
  const frozenDocument = context.isLast ? context.documentName : `Årsrapporten ${view.year}`;
  return (
    <SaveForm
      save={save}
      className="item-form value-form"
      onSubmit={save.submit(send, { saved: 'Aktivitetens status är sparad.' })}
      subject={`aktiviteten ${activity.title}`}
      frozen={{ documentName: frozenDocument, onRefresh: refresh }}
      saveContext={`status för aktiviteten ${activity.title}`}
    >
      <FormSelectField
        label={activity.title}
        name="status"
        options={activityStatuses.map((status) => ({ value: status, label: activityStatusLabels[status] }))}
        description={`${activityFacts(activity, unitName)}.`}
      />
    </SaveForm>
  );
}
