import { activityStatuses } from '@styr/shared/contracts/interchange';
import {
  type Activity,
  activitySchema,
  type UpdateActivity,
  updateActivitySchema,
} from '@styr/shared/contracts/plan';
import { type FormEvent, useRef } from 'react';
import { SelectField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { activityStatusLabels, usePlanWrite, useUpdateYearCache, withActivity } from '../plan/index.ts';
import type { FollowUpContext } from './follow-up-context.ts';

type Status = Activity['status'];

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
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(activitySchema, formRef);
  const item = useItemForm(
    activity,
    (stored) => ({ status: (stored?.status ?? 'notStarted') as Status }),
    save.clearField,
  );
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const write = usePlanWrite(
    view.committee.id,
    view.year,
    (api, scope, body: UpdateActivity) => api.updateActivity(scope, activity.id, body),
    (saved) => withActivity(saved),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const body = save.validate(updateActivitySchema, {
      version: item.base?.version ?? activity.version,
      status: item.values.status,
    });
    if (!body) return;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved);
        save.onSaved('Aktivitetens status är sparad.');
      },
      onError: save.onError,
    });
  };

  // Activities are reported on until the year's last follow-up is adopted, whichever follow-up is open.
  const frozenDocument = context.isLast ? context.documentName : `Årsrapporten ${view.year}`;
  return (
    <form ref={formRef} className="item-form value-form" onSubmit={onSubmit} noValidate>
      <ItemFeedback
        save={save}
        subject={`aktiviteten ${activity.title}`}
        conflictRows={(current) => [{ label: 'Status', value: activityStatusLabels[current.status] }]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          updateCache(withActivity(current));
        }}
        documentName={frozenDocument}
        onRefresh={() => updateCache(null)}
      />
      <SelectField
        label={activity.title}
        name="status"
        value={item.values.status}
        onChange={(value) => item.change('status')(value as Status)}
        options={activityStatuses.map((status) => ({ value: status, label: activityStatusLabels[status] }))}
        error={save.errors.status}
        description={`${activityFacts(activity, unitName)}.`}
      />
      <SaveRow
        context={`status för aktiviteten ${activity.title}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
