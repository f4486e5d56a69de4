import { type User, updateUserSchema, userSchema } from '@styr/shared/contracts/users';
import { FormCheckboxField, FormPasswordField, FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { storedValues } from '../../components/form/stored-values.ts';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { useMe } from '../auth/index.ts';
import { useReplaceUser, useUpdateUser } from './use-user-queries.ts';

type Values = { displayName: string; active: boolean; password: string };

const toValues = storedValues<Values>({ displayName: '', active: true, password: '' });

/** A password left empty keeps the one in use. */
const userBody = (values: Values) => ({
  displayName: values.displayName,
  active: values.active,
  password: values.password === '' ? undefined : values.password,
});

export function UserEditForm({ user }: { user: User }) {
  const me = useMe();
  const update = useUpdateUser(user.id);
  const replace = useReplaceUser();
  const save = useSaveForm({
    stored: user,
    toValues,
    schema: updateUserSchema,
    toBody: userBody,
    storedSchema: userSchema,
    onStoredChange: replace,
  });

  return (
    <SaveForm
      save={save}
      className="form"
      onSubmit={save.submit(update.mutateAsync, { saved: 'Ändringarna är sparade.' })}
      subject={`användaren ${user.displayName}`}
      saveLabel="Spara ändringar"
    >
      <FormTextField label="Namn" name="displayName" autoComplete="off" />
      <FormCheckboxField
        label="Aktiv"
        name="active"
        description={
          user.id === me.user.id
            ? 'Det här är ditt eget konto. Stänger du av det kan du inte logga in igen.'
            : 'En inaktiv användare kan inte logga in. Behörigheterna finns kvar.'
        }
      />
      <FormPasswordField
        label="Nytt lösenord"
        autoComplete="new-password"
        optional
        description="Minst 12 tecken. Lämna tomt för att behålla det nuvarande."
        width="medium"
      />
    </SaveForm>
  );
}
