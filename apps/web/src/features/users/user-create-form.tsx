import { type CreateUser, createUserSchema, type User } from '@styr/shared/contracts/users';
import { useNavigate } from 'react-router';
import { FormEmailField, FormPasswordField, FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { useCreateUser } from './use-user-queries.ts';

type Values = { displayName: string; email: string; password: string };

export function UserCreateForm() {
  const navigate = useNavigate();
  const create = useCreateUser();
  const save = useSaveForm<User, Values, CreateUser>({
    stored: null,
    toValues: () => ({ displayName: '', email: '', password: '' }),
    schema: createUserSchema,
    toBody: (values) => values,
    afterSave: 'clear',
  });

  return (
    <SaveForm
      save={save}
      className="form"
      onSubmit={save.submit(create.mutateAsync, {
        saved: '',
        onSaved: (user) => navigate(`/admin/anvandare/${user.id}`, { state: { created: true } }),
      })}
      subject="användaren"
      saveLabel="Skapa användare"
    >
      <FormTextField label="Namn" name="displayName" autoComplete="off" />
      <FormEmailField autoComplete="off" />
      <FormPasswordField
        label="Lösenord"
        autoComplete="new-password"
        description="Minst 12 tecken. Lämna lösenordet till personen på ett säkert sätt."
        width="medium"
      />
    </SaveForm>
  );
}
