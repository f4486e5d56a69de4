import { createUserSchema } from '@styr/shared/contracts/users';
import { type FormEvent, useRef } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/alerts.tsx';
import { TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { useCreateUser } from './use-user-queries.ts';

export function UserCreateForm() {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const create = useCreateUser();
  const { values, change } = useFormValues({ displayName: '', email: '', password: '' }, form.clearField);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(createUserSchema, values);
    if (!body) return;
    create.mutate(body, {
      onSuccess: (user) => navigate(`/admin/anvandare/${user.id}`, { state: { created: true } }),
      onError: form.showError,
    });
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      {form.formError ? <ErrorAlert error={form.formError} title="Användaren kunde inte skapas" /> : null}
      <TextField
        label="Namn"
        name="displayName"
        autoComplete="off"
        value={values.displayName}
        onChange={change('displayName')}
        error={form.errors.displayName}
      />
      <TextField
        label="E-postadress"
        name="email"
        type="email"
        autoComplete="off"
        value={values.email}
        onChange={change('email')}
        error={form.errors.email}
      />
      <TextField
        label="Lösenord"
        name="password"
        type="password"
        autoComplete="new-password"
        description="Minst 12 tecken. Lämna lösenordet till personen på ett säkert sätt."
        value={values.password}
        onChange={change('password')}
        error={form.errors.password}
        width="medium"
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Skapar…' : 'Skapa användare'}
      </button>
    </form>
  );
}
