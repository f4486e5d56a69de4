import { type User, updateUserSchema, userSchema } from '@styr/shared/contracts/users';
import { type FormEvent, useRef } from 'react';
import { ErrorAlert } from '../../components/alerts.tsx';
import { CheckboxField, TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { useVersionConflict } from '../../components/use-version-conflict.ts';
import { VersionConflict } from '../../components/version-conflict.tsx';
import { useMe } from '../auth/index.ts';
import { useReplaceUser, useUpdateUser } from './use-user-queries.ts';

/** Mount with key={user.version}: a saved or reloaded version starts a fresh form. */
export function UserEditForm({
  user,
  onSubmitting,
  onSaved,
}: {
  user: User;
  /** Lets the page withdraw an earlier message. */
  onSubmitting: () => void;
  onSaved: () => void;
}) {
  const me = useMe();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const update = useUpdateUser(user.id);
  const replace = useReplaceUser();
  const { values, change } = useFormValues(
    { displayName: user.displayName, active: user.active, password: '' },
    form.clearField,
  );
  const { conflict, clearConflict, onError } = useVersionConflict(userSchema, form.showError);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    clearConflict();
    onSubmitting();
    const body = form.validate(updateUserSchema, {
      version: user.version,
      displayName: values.displayName,
      active: values.active,
      password: values.password === '' ? undefined : values.password,
    });
    if (body) update.mutate(body, { onSuccess: onSaved, onError });
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      {conflict && (
        <VersionConflict
          subject={`användaren ${user.displayName}`}
          rows={[
            { label: 'Namn', value: conflict.displayName },
            { label: 'Aktiv', value: conflict.active ? 'Ja' : 'Nej' },
          ]}
          onReload={() => replace(conflict)}
        />
      )}
      {form.formError ? <ErrorAlert error={form.formError} title="Ändringarna kunde inte sparas" /> : null}
      <TextField
        label="Namn"
        name="displayName"
        autoComplete="off"
        value={values.displayName}
        onChange={change('displayName')}
        error={form.errors.displayName}
      />
      <CheckboxField
        label="Aktiv"
        name="active"
        description={
          user.id === me.user.id
            ? 'Det här är ditt eget konto. Stänger du av det kan du inte logga in igen.'
            : 'En inaktiv användare kan inte logga in. Behörigheterna finns kvar.'
        }
        checked={values.active}
        onChange={change('active')}
        error={form.errors.active}
      />
      <TextField
        label="Nytt lösenord"
        name="password"
        type="password"
        autoComplete="new-password"
        optional
        description="Minst 12 tecken. Lämna tomt för att behålla det nuvarande."
        value={values.password}
        onChange={change('password')}
        error={form.errors.password}
        width="medium"
      />
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? 'Sparar…' : 'Spara ändringar'}
      </button>
    </form>
  );
}
