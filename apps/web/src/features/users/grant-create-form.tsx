import { type Role, roleLabels, roles } from '@styr/shared/contracts/auth';
import type { User } from '@styr/shared/contracts/users';
import { createGrantSchema } from '@styr/shared/contracts/users';
import { municipalityWideRoles, rolePermissions } from '@styr/shared/domain/access';
import { type FormEvent, useRef } from 'react';
import { ErrorAlert } from '../../components/alerts.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { flattenTree, type OrgIndex } from '../org/index.ts';
import { grantScope } from './grant-labels.ts';
import { useCreateGrant } from './use-user-queries.ts';

const wholeMunicipality = '';
// Indentation inside <option>, where markup is not allowed; non-breaking so it is not collapsed.
const indent = '\u00a0\u00a0\u00a0';

export function GrantCreateForm({
  user,
  index,
  onSubmitting,
  onCreated,
}: {
  user: User;
  index: OrgIndex;
  onSubmitting: () => void;
  onCreated: (message: string) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const create = useCreateGrant(user.id);
  const { values, change } = useFormValues<{ role: Role; nodeId: string }>(
    { role: 'reader', nodeId: wholeMunicipality },
    form.clearField,
  );
  const { role, nodeId } = values;
  const onlyWhole = municipalityWideRoles.includes(role);

  const nodeOptions = [
    { value: wholeMunicipality, label: 'Hela kommunen' },
    ...(onlyWhole
      ? []
      : flattenTree(index.roots).map(({ node, depth }) => ({
          value: node.id,
          label: `${indent.repeat(depth + 1)}${node.name} (${index.kindLabel(node.kind).toLowerCase()}${
            node.validTo ? `, t.o.m. ${node.validTo}` : ''
          })`,
        }))),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmitting();
    const body = form.validate(createGrantSchema, { role, nodeId: onlyWhole || !nodeId ? null : nodeId });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (grant) => {
        onCreated(
          `${user.displayName} har fått behörigheten ${roleLabels[grant.role]} – ${grantScope(grant.nodeId, index.nodeName)}.`,
        );
      },
      onError: form.showError,
    });
  };

  return (
    <form ref={formRef} className="form form-inline" onSubmit={onSubmit} noValidate>
      {form.formError ? <ErrorAlert error={form.formError} title="Behörigheten kunde inte ges" /> : null}
      <SelectField
        label="Roll"
        name="role"
        value={role}
        onChange={(value) => change('role')(value as Role)}
        options={roles.map((option) => ({ value: option, label: roleLabels[option] }))}
        description={roleDescription(role)}
        error={form.errors.role}
      />
      <SelectField
        label="Gäller"
        name="nodeId"
        value={onlyWhole ? wholeMunicipality : nodeId}
        onChange={change('nodeId')}
        options={nodeOptions}
        description={
          onlyWhole
            ? `${roleLabels[role]} kan bara ges för hela kommunen.`
            : 'Behörigheten gäller den valda delen och allt under den.'
        }
        error={form.errors.nodeId}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Ger behörighet…' : 'Ge behörighet'}
      </button>
    </form>
  );
}

const permissionTexts: Record<string, string> = {
  'org.read': 'se organisationen',
  'org.manage': 'ändra organisationen',
  'users.manage': 'hantera användare',
  'content.read': 'läsa planer och uppföljningar',
  'content.edit': 'skriva planer och uppföljningar',
  'content.compile': 'sammanställa',
  'adopted.read': 'läsa fastställda dokument',
  'audit.read': 'se historik',
};

function roleDescription(role: Role): string {
  const texts = rolePermissions[role].map((permission) => permissionTexts[permission] ?? permission);
  return `Får ${texts.join(', ')}.`;
}
