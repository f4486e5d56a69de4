import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  type CreateRisk,
  createRiskSchema,
  type Risk,
  type RiskOverview,
  riskSchema,
  type UpdateRisk,
  updateRiskSchema,
} from '@styr/shared/contracts/risks';
import { useEffect, useRef } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { FormSelectField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import type { SelectOption } from '../../components/form-fields.tsx';
import { type ActionValues, actionsBody, actionValues, RiskActionsFields } from './risk-actions-fields.tsx';
import { orNull, RiskOwnerFields, RiskScaleFields, RiskTextFields } from './risk-fields.tsx';
import { useControlPlanFrozen, useRiskWrite } from './use-risks.ts';

/** A risk as the form holds it: every choice and text as the fields give it. */
interface RiskValues {
  /** The register a new risk goes into; a risk stays in its register. */
  nodeId: string;
  /** The goal a new risk threatens; changing a risk leaves its goals as they are. */
  goalId: string;
  area: string;
  title: string;
  description: string;
  consequenceDescription: string;
  probability: string;
  consequence: string;
  owner: string;
  source: string;
  actions: ActionValues[];
}

const riskBody = (values: RiskValues) => ({
  area: values.area,
  title: values.title,
  description: orNull(values.description),
  consequenceDescription: orNull(values.consequenceDescription),
  probability: Number(values.probability),
  consequence: Number(values.consequence),
  owner: orNull(values.owner),
  source: values.source,
  actions: actionsBody(values.actions),
});

/**
 * A new risk in a register the person may edit (`risk` null), or a change to a risk: its place on the scales
 * first, then its texts, owner and actions.
 */
export function RiskForm({
  scope,
  overview,
  view,
  risk,
  nodeOptions = [],
  onCreated,
}: {
  scope: YearScope;
  overview: RiskOverview;
  view: CommitteeYearView;
  risk: Risk | null;
  /** The registers a new risk may go into. */
  nodeOptions?: SelectOption[];
  onCreated?: (risk: Risk) => void;
}) {
  const write = useRiskWrite(scope, (api, at, body: CreateRisk | UpdateRisk) =>
    'nodeId' in body ? api.createRisk(at, body) : api.updateRisk(at, risk?.id ?? '', body),
  );
  const frozen = useControlPlanFrozen(view);
  const save = useSaveForm<Risk, RiskValues, CreateRisk | UpdateRisk>({
    stored: risk,
    toValues: (item) => ({
      nodeId: item?.origin.id ?? nodeOptions[0]?.value ?? '',
      goalId: item?.goalIds[0] ?? '',
      area: item?.area ?? overview.areas[0]?.key ?? '',
      title: item?.title ?? '',
      description: item?.description ?? '',
      consequenceDescription: item?.consequenceDescription ?? '',
      probability: String(item?.probability ?? 2),
      consequence: String(item?.consequence ?? 2),
      owner: item?.owner ?? '',
      source: item?.source ?? 'own',
      actions: actionValues(item?.actions ?? []),
    }),
    schema: risk ? updateRiskSchema : createRiskSchema,
    toBody: (values, base) =>
      base
        ? riskBody(values)
        : { nodeId: values.nodeId, ...riskBody(values), goalIds: values.goalId ? [values.goalId] : [] },
    storedSchema: riskSchema,
    afterSave: risk ? 'follow' : 'clear',
    frozen,
  });
  const more = useMore(save.form.formState);

  const form = (
    <SaveForm
      save={save}
      className="risk-form"
      label={risk ? 'Ändra och bedöm risken' : 'Ny risk'}
      onSubmit={save.submit(write.mutateAsync, {
        saved: (saved) => (risk ? `Risken är sparad. Riskvärdet är ${saved.value}.` : 'Risken är tillagd.'),
        onSaved: (saved) => {
          // The next risk most likely goes into the same register and area.
          if (!risk) save.form.reset({ ...save.form.getValues(), nodeId: saved.origin.id, area: saved.area });
          onCreated?.(saved);
        },
      })}
      subject={risk ? `risken ${risk.title}` : 'risken'}
      saveLabel={risk ? 'Spara risken' : 'Lägg till risken'}
    >
      {risk ? (
        <>
          <RiskScaleFields overview={overview} />
          <details ref={more}>
            <summary>Fler uppgifter om risken</summary>
            <RiskTextFields overview={overview} />
            <RiskOwnerFields />
            <RiskActionsFields />
          </details>
        </>
      ) : (
        <>
          <FormSelectField
            label="Register"
            name="nodeId"
            options={nodeOptions}
            description="Enheten vars riskregister risken hör till."
          />
          <RiskTextFields overview={overview} />
          <RiskScaleFields overview={overview} />
          <RiskOwnerFields />
          <RiskActionsFields />
          <FormSelectField
            label="Hotar målet"
            name="goalId"
            optional
            options={[
              { value: '', label: 'Inget mål' },
              ...view.goals.map((goal) => ({ value: goal.id, label: goal.title })),
            ]}
          />
        </>
      )}
    </SaveForm>
  );
  return risk ? (
    <>
      <h3>Ändra och bedöm risken</h3>
      {form}
    </>
  ) : (
    form
  );
}

/**
 * The closed "Fler uppgifter" of a changed risk opens when a field in it is wrong after a save, and the first
 * such field takes focus, so that its message is seen and read; the scales stand outside it.
 */
function useMore({ errors, submitCount }: { errors: Record<string, unknown>; submitCount: number }) {
  const more = useRef<HTMLDetailsElement>(null);
  const hidden = Object.keys(errors).some((name) => name !== 'probability' && name !== 'consequence');
  useEffect(() => {
    const details = more.current;
    if (!hidden || submitCount === 0 || !details || details.open) return;
    details.open = true;
    details.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [hidden, submitCount]);
  return more;
}
