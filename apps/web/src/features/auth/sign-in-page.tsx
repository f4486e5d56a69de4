import { signInSchema } from '@styr/shared/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { ErrorAlert, StatusMessage } from '../../components/alerts.tsx';
import { TextField } from '../../components/form-fields.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading } from '../../components/query-state.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { returnParam, safeReturnPath } from './return-path.ts';
import { useMeQuery } from './use-me.ts';

export function SignInPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get(returnParam));
  const me = useMeQuery();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const { values, change } = useFormValues({ email: '', password: '' }, form.clearField);

  const signIn = useMutation({
    mutationFn: api.auth.signIn,
    onSuccess: (signedIn) => {
      // After an expired session someone else may sign in here; nothing cached may carry over.
      queryClient.removeQueries();
      queryClient.setQueryData(queryKeys.me, signedIn);
      navigate(returnTo, { replace: true });
    },
    onError: (error) => {
      change('password')('');
      form.showError(error);
    },
  });

  if (me.data && !signIn.isPending) return <Navigate to={returnTo} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(signInSchema, values);
    if (body) signIn.mutate(body);
  };

  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  return (
    <>
      <header className="topbar">
        <span className="brand">Styr</span>
      </header>
      <main className="standalone sign-in" id="innehall" tabIndex={-1}>
        <PageHeader title="Logga in" kicker="Styrning, uppföljning och kontroll" />
        {me.isPending ? (
          <Loading label="Kontrollerar inloggning…" />
        ) : (
          <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
            <StatusMessage>{signedOut && !form.formError ? 'Du är utloggad.' : null}</StatusMessage>
            {form.formError ? <ErrorAlert error={form.formError} title="Inloggningen misslyckades" /> : null}
            <TextField
              label="E-postadress"
              name="email"
              type="email"
              autoComplete="username"
              value={values.email}
              onChange={change('email')}
              error={form.errors.email}
            />
            <TextField
              label="Lösenord"
              name="password"
              type="password"
              autoComplete="current-password"
              value={values.password}
              onChange={change('password')}
              error={form.errors.password}
            />
            <button type="submit" className="button" disabled={signIn.isPending}>
              {signIn.isPending ? 'Loggar in…' : 'Logga in'}
            </button>
          </form>
        )}
      </main>
    </>
  );
}
