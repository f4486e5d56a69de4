import { FormSelectField, FormTextField } from '../../components/form/fields.tsx';

/** How the committee adapts a goal, e.g. a council goal under one of its goal areas. */
export function GoalFocusField() {
  return (
    <FormTextField
      label="Fokus"
      name="focus"
      optional
      maxLength={500}
      description="Hur nämnden anpassar målet, till exempel ”fokus tidiga insatser”."
    />
  );
}

/** The goal a goal contributes to, among those the form offers. */
export function ParentGoalField({ options }: { options: { value: string; label: string }[] }) {
  return (
    <FormSelectField
      label="Överordnat mål"
      name="parentGoalId"
      optional
      options={options}
      description="Målet som detta mål bidrar till, till exempel ett av kommunfullmäktiges mål."
    />
  );
}
