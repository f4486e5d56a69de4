import { zodResolver } from '@hookform/resolvers/zod';
import type { Assignment, CommitteeYearView } from '@styr/shared/contracts/plan';
import { type CreateAssignment, createAssignmentSchema } from '@styr/shared/contracts/plan-measures';
import { assignmentSourceLabels, assignmentSources } from '@styr/shared/domain/assignments';
import { Controller, useForm } from 'react-hook-form';
import { SelectField, TextAreaField, TextField } from '../../../components/form-fields.tsx';
import { useOrgTree } from '../../org/index.ts';
import { FormProblem } from './form-problem.tsx';
import { GoalChoice } from './goal-choice.tsx';
import { showServerErrors } from './server-errors.ts';

type Values = CreateAssignment;
const fields = [
  'title',
  'description',
  'source',
  'decisionReference',
  'alsoGivenTo',
  'coordinatedBy',
  'goalIds',
] as const;

const toValues = (assignment: Assignment | null): Values => ({
  title: assignment?.title ?? '',
  description: assignment?.description ?? '',
  source: assignment?.source ?? 'budget',
  decisionReference: assignment?.decisionReference ?? '',
  alsoGivenTo: assignment?.alsoGivenTo ?? [],
  coordinatedBy: assignment?.coordinatedBy ?? '',
  goalIds: assignment?.goalIds ?? [],
});

/**
 * What an assignment is: title, description, where it comes from and its decision, the other committees given
 * it and the one coordinating it, and (for a new one) the goals it serves. The same form adds and changes.
 */
export function AssignmentForm({
  view,
  assignment,
  onSubmit,
  onCancel,
  isPending,
}: {
  view: CommitteeYearView;
  /** The assignment to change, or null for a new one. */
  assignment: Assignment | null;
  onSubmit: (values: Values) => Promise<unknown>;
  onCancel: () => void;
  isPending: boolean;
}) {
  const form = useForm<Values>({
    resolver: zodResolver(createAssignmentSchema),
    defaultValues: toValues(assignment),
  });
  const tree = useOrgTree(view.year);
  const { errors } = form.formState;
  const committees = (tree.data?.nodes ?? [])
    .filter((node) => node.kind === 'committee')
    .map((node) => node.name);
  const others = committees.filter((name) => name !== view.committee.name);
  const submit = form.handleSubmit((values) =>
    onSubmit(values).catch((error: unknown) => showServerErrors(error, fields, form.setError)),
  );
  const label = assignment ? `Ändra uppdraget ${assignment.title}` : 'Nytt uppdrag';

  return (
    <form className="item-form measure-form" onSubmit={submit} noValidate aria-label={label}>
      <FormProblem message={errors.root?.server?.message} />
      <Controller
        control={form.control}
        name="title"
        render={({ field }) => (
          <TextAreaField
            label="Uppdrag"
            name="title"
            rows={2}
            value={field.value}
            onChange={field.onChange}
            error={errors.title?.message}
            maxLength={1000}
          />
        )}
      />
      <Controller
        control={form.control}
        name="description"
        render={({ field }) => (
          <TextAreaField
            label="Beskrivning"
            name="description"
            optional
            rows={3}
            value={field.value ?? ''}
            onChange={field.onChange}
            error={errors.description?.message}
            maxLength={5000}
          />
        )}
      />
      <Controller
        control={form.control}
        name="source"
        render={({ field }) => (
          <SelectField
            label="Källa"
            name="source"
            value={field.value}
            onChange={field.onChange}
            options={assignmentSources.map((value) => ({ value, label: assignmentSourceLabels[value] }))}
          />
        )}
      />
      <Controller
        control={form.control}
        name="decisionReference"
        render={({ field }) => (
          <TextField
            label="Beslut"
            name="decisionReference"
            optional
            width="medium"
            value={field.value ?? ''}
            onChange={field.onChange}
            error={errors.decisionReference?.message}
            maxLength={200}
            description="Till exempel KF 2024-11-21 § 458."
          />
        )}
      />
      <Controller
        control={form.control}
        name="alsoGivenTo"
        render={({ field }) => {
          const value = field.value ?? [];
          const names = [...others, ...value.filter((name) => !others.includes(name))];
          return (
            <fieldset className="field goal-choice">
              <legend className="field-label">
                Ges även till <span className="field-optional">(valfritt)</span>
              </legend>
              {errors.alsoGivenTo && <p className="field-error">{errors.alsoGivenTo.message}</p>}
              {names.map((name) => (
                <label key={name} className="radio-option">
                  <input
                    type="checkbox"
                    name="alsoGivenTo"
                    checked={value.includes(name)}
                    onChange={(event) =>
                      field.onChange(
                        names.filter((entry) =>
                          entry === name ? event.target.checked : value.includes(entry),
                        ),
                      )
                    }
                  />
                  {name}
                </label>
              ))}
            </fieldset>
          );
        }}
      />
      <Controller
        control={form.control}
        name="coordinatedBy"
        render={({ field }) => {
          const value = field.value ?? '';
          const names = value && !committees.includes(value) ? [...committees, value] : committees;
          return (
            <SelectField
              label="Samordnas av"
              name="coordinatedBy"
              optional
              value={value}
              onChange={field.onChange}
              error={errors.coordinatedBy?.message}
              options={[
                { value: '', label: 'Ingen samordnande nämnd' },
                ...names.map((name) => ({ value: name, label: name })),
              ]}
            />
          );
        }}
      />
      {!assignment && (
        <Controller
          control={form.control}
          name="goalIds"
          render={({ field }) => (
            <GoalChoice
              view={view}
              name="goalIds"
              legend="Mål som uppdraget bidrar till"
              value={field.value ?? []}
              onChange={field.onChange}
              error={errors.goalIds?.message}
            />
          )}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? 'Sparar …' : assignment ? 'Spara uppdraget' : 'Lägg till uppdraget'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
