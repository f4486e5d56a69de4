import { auditLogQuerySchema } from '@styr/shared/contracts/audit';
import type { OrgNode } from '@styr/shared/contracts/org';
import { auditEntityTypeLabels } from '@styr/shared/domain/audit-log';
import { type FormEvent, useRef } from 'react';
import { DateField, SelectField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import type { AuditFilters } from './use-audit-log.ts';
import { useAuditActors } from './use-audit-log.ts';

const all = '';
type Values = Required<{ [Key in keyof AuditFilters]: string }>;

const collator = new Intl.Collator('sv');
const typeOptions = [
  { value: all, label: 'Alla objekttyper' },
  ...Object.entries(auditEntityTypeLabels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => collator.compare(a.label, b.label)),
];

/**
 * The filters, applied together when the form is sent, so that a half-typed date does not fetch. The values are
 * checked with the same schema the server uses. Its initial values are the filters in the page's address.
 */
export function AuditFilterForm({
  filters,
  committees,
  wholeMunicipality,
  onApply,
}: {
  filters: AuditFilters;
  committees: readonly OrgNode[];
  wholeMunicipality: boolean;
  onApply: (filters: AuditFilters) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const actors = useAuditActors();
  const { values, change } = useFormValues<Values>(
    {
      committeeId: filters.committeeId ?? all,
      entityType: filters.entityType ?? all,
      actorId: filters.actorId ?? all,
      from: filters.from ?? all,
      to: filters.to ?? all,
    },
    form.clearField,
  );

  const committeeOptions = [
    { value: all, label: wholeMunicipality ? 'Alla nämnder och hela kommunen' : 'Alla mina nämnder' },
    ...committees.map((node) => ({ value: node.id, label: node.name })),
  ];
  const actorOptions = [
    { value: all, label: 'Alla personer' },
    ...(actors.data?.actors ?? []).map((actor) => ({ value: actor.id, label: actor.displayName })),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, value.trim() || undefined]),
    ) as AuditFilters;
    if (form.validate(auditLogQuerySchema, chosen)) onApply(chosen);
  };

  // The page keys this form on the filters in the address, so applying none also empties the fields.
  const clear = () => {
    form.reset();
    onApply({});
  };

  return (
    <form
      ref={formRef}
      className="form audit-filters"
      onSubmit={onSubmit}
      noValidate
      aria-label="Filtrera ändringsloggen"
    >
      <SelectField
        label="Nämnd"
        name="committeeId"
        value={values.committeeId}
        onChange={change('committeeId')}
        options={committeeOptions}
        error={form.errors.committeeId}
      />
      <SelectField
        label="Objekttyp"
        name="entityType"
        value={values.entityType}
        onChange={change('entityType')}
        options={typeOptions}
        error={form.errors.entityType}
      />
      <SelectField
        label="Person"
        name="actorId"
        value={values.actorId}
        onChange={change('actorId')}
        options={actorOptions}
        description={actors.isError ? 'Personerna kunde inte hämtas.' : undefined}
        error={form.errors.actorId}
      />
      <DateField
        label="Från och med"
        name="from"
        value={values.from}
        onChange={change('from')}
        optional
        error={form.errors.from}
      />
      <DateField
        label="Till och med"
        name="to"
        value={values.to}
        onChange={change('to')}
        optional
        error={form.errors.to}
      />
      <div className="button-row audit-filter-actions">
        <button type="submit" className="button">
          Filtrera
        </button>
        <button type="button" className="button button-secondary" onClick={clear}>
          Rensa filter
        </button>
      </div>
    </form>
  );
}
