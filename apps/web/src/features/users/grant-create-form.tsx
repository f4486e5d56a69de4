import { type Grant, type Role, roleLabels, roles } from '@styr/shared/contracts/auth';
import type { CreateGrant, User } from '@styr/shared/contracts/users';
import { createGrantSchema } from '@styr/shared/contracts/users';
import { municipalityWideRoles, rolePermissions } from '@styr/shared/domain/access';
import { FormSelectField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { flattenTree, type OrgIndex } from '../org/index.ts';
import { grantScope } from './grant-labels.ts';
import { useCreateGrant } from './use-user-queries.ts';

const wholeMunicipality = '';
// Indentation inside <option>, where markup is not allowed; non-breaking so it is not collapsed.
const indent = '\u00a0\u00a0\u00a0';

type Values = { role: string; nodeId: string };

export function GrantCreateForm({ user, index }: { user: User; index: OrgIndex }) {
  const create = useCreateGrant(user.id);
  const save = useSaveForm<Grant, Values, CreateGrant>({
    stored: null,
    toValues: () => ({ role: 'reader', nodeId: wholeMunicipality }),
    schema: createGrantSchema,
    toBody: ({ role, nodeId }) => ({
      role,
      nodeId: municipalityWideRoles.includes(role as Role) || !nodeId ? null : nodeId,
    }),
    afterSave: 'clear',
  });
  const role = save.form.watch('role') as Role;
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

  return (
    <SaveForm
      save={save}
      className="form form-inline"
      onSubmit={save.submit(create.mutateAsync, {
        saved: (grant) =>
          `${user.displayName} har fått behörigheten ${roleLabels[grant.role]} – ${grantScope(grant.nodeId, index.nodeName)}.`,
      })}
      subject="behörigheten"
      saveLabel="Ge behörighet"
    >
      <FormSelectField
        label="Roll"
        name="role"
        options={roles.map((option) => ({ value: option, label: roleLabels[option] }))}
        description={roleDescription(role)}
      />
      <FormSelectField
        label="Gäller"
        name="nodeId"
        options={nodeOptions}
        description={
          onlyWhole
            ? `${roleLabels[role]} kan bara ges för hela kommunen.`
            : 'Behörigheten gäller den valda delen och allt under den.'
        }
      />
    </SaveForm>
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
