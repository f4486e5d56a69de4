import { zodResolver } from '@hookform/resolvers/zod';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { type GoalAreaInput, goalAreaInputSchema } from '@styr/shared/contracts/plan-structure';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { FormText } from './form-controls.tsx';
import { type StructureTarget, showFieldErrors, useStructureWrite } from './use-structure-write.ts';

type Area = CommitteeYearView['goalAreas'][number];

/** A goal area's name, description and the people responsible: added last in the plan, or changed. */
export function GoalAreaForm({
  target,
  area,
  onDone,
}: {
  target: StructureTarget;
  /** The area changed; absent for a new one. */
  area?: Area;
  onDone: (message: string) => void;
}) {
  const form = useForm<GoalAreaInput>({
    resolver: zodResolver(goalAreaInputSchema),
    defaultValues: {
      name: area?.name ?? '',
      description: area?.description ?? null,
      responsible: area?.responsible ?? null,
      processLead: area?.processLead ?? null,
    },
  });
  const [failure, setFailure] = useState<unknown>(null);
  const write = useStructureWrite(target, (api, scope, body: GoalAreaInput) =>
    area
      ? api.planStructure.updateGoalArea(scope, area.id, { ...body, version: area.version })
      : api.planStructure.createGoalArea(scope, body),
  );
  const onSubmit = form.handleSubmit((body) => {
    setFailure(null);
    write.mutate(body, {
      onSuccess: (saved) =>
        onDone(area ? `Målområdet ${saved.name} är ändrat.` : `Målområdet ${saved.name} är tillagt.`),
      onError: (error) => {
        if (!showFieldErrors(form, error)) setFailure(error);
      },
    });
  });
  const { control } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="item-form">
      {failure ? <ErrorAlert error={failure} /> : null}
      <FormText control={control} name="name" label="Namn" maxLength={500} />
      <FormText control={control} name="description" label="Beskrivning" optional maxLength={20_000} />
      <FormText control={control} name="responsible" label="Ansvarig" optional maxLength={200} />
      <FormText control={control} name="processLead" label="Processledare" optional maxLength={200} />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={write.isPending}>
          {area ? 'Spara målområdet' : 'Lägg till målområdet'}
        </Button>
        <Button className="button button-secondary" slot="close">
          Avbryt
        </Button>
      </div>
    </form>
  );
}
