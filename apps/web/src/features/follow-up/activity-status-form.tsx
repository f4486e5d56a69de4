import { activityStatuses } from '@styr/shared/contracts/interchange';
import type { Activity } from '@styr/shared/contracts/plan';
import { FormSelectField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { activityStatusLabels, activityStatusWrite, usePlanSaveForm } from '../plan/index.ts';
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
  // Activities are reported on until the year's last follow-up is adopted, whichever follow-up is open.
  const documentName = context.isLast ? context.documentName : `Årsrapporten ${view.year}`;
  const { save, send } = usePlanSaveForm({ view, documentName }, activityStatusWrite(activity), {
    stored: activity,
    toValues: (stored: Activity | null) => ({ status: stored?.status ?? 'notStarted' }),
    toBody: ({ status }) => ({ status }),
  });

  return (
    <SaveForm
      save={save}
      className="item-form value-form"
      onSubmit={save.submit(send, { saved: 'Aktivitetens status är sparad.' })}
      subject={`aktiviteten ${activity.title}`}
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
