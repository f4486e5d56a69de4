import { type AuditLogFilters, auditLogQuerySchema } from '@styr/shared/contracts/audit';
import type { OrgNode } from '@styr/shared/contracts/org';
import { auditEntityTypeLabels } from '@styr/shared/domain/audit-log';
import { FormProvider, useForm } from 'react-hook-form';
import { contractResolver } from '../../components/form/contract-resolver.ts';
import { FormDateField, FormSelectField } from '../../components/form/fields.tsx';
import type { AuditFilters } from './use-audit-log.ts';
import { useAuditActors } from './use-audit-log.ts';

const all = '';
type Values = Required<{ [Key in keyof AuditFilters]: string }>;
const none: Values = { committeeId: all, entityType: all, actorId: all, from: all, to: all };

const collator = new Intl.Collator('sv');
const typeOptions = [
  { value: all, label: 'Alla objekttyper' },
  ...Object.entries(auditEntityTypeLabels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => collator.compare(a.label, b.label)),
];

/** The filters as the address and the API take them: a field left at "Alla" filters nothing. */
const filtersOf = (values: Values): AuditFilters =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim() || undefined]));

/**
 * The filters, applied together when the form is sent, so that a half-chosen period does not fetch. The values are
 * checked with the same schema the server uses. The form saves nothing: its initial values are the filters in the
 * page's address, and applying them puts them there.
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
  const actors = useAuditActors();
  const form = useForm<Values, unknown, AuditLogFilters>({
    defaultValues: { ...none, ...filters },
    resolver: contractResolver(auditLogQuerySchema, filtersOf),
  });
  const selects = [
    {
      label: 'Nämnd',
      name: 'committeeId',
      options: [
        { value: all, label: wholeMunicipality ? 'Alla nämnder och hela kommunen' : 'Alla mina nämnder' },
        ...committees.map((node) => ({ value: node.id, label: node.name })),
      ],
    },
    { label: 'Objekttyp', name: 'entityType', options: typeOptions },
    {
      label: 'Person',
      name: 'actorId',
      options: [
        { value: all, label: 'Alla personer' },
        ...(actors.data?.actors ?? []).map((actor) => ({ value: actor.id, label: actor.displayName })),
      ],
      ...(actors.isError && { description: 'Personerna kunde inte hämtas.' }),
    },
  ];

  return (
    <FormProvider {...form}>
      <form
        className="form audit-filters"
        onSubmit={form.handleSubmit(() => onApply(filtersOf(form.getValues())))}
        noValidate
        aria-label="Filtrera ändringsloggen"
      >
        {selects.map((select) => (
          <FormSelectField key={select.name} {...select} />
        ))}
        <FormDateField label="Från och med" name="from" optional />
        <FormDateField label="Till och med" name="to" optional />
        <div className="button-row audit-filter-actions">
          <button type="submit" className="button">
            Filtrera
          </button>
          {/* The page keys this form on the filters in the address, so applying none also empties the fields. */}
          <button type="button" className="button button-secondary" onClick={() => onApply({})}>
            Rensa filter
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
