import { signInSchema } from '@styr/shared/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { ErrorAlert, StatusMessage } from '../../components/alerts.tsx';
import { contractResolver } from '../../components/form/contract-resolver.ts';
import { FormEmailField, FormPasswordField } from '../../components/form/fields.tsx';
import { placeServerErrors } from '../../components/form/server-errors.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PendingButton } from '../../components/pending-button.tsx';
import { Loading } from '../../components/query-state.tsx';
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
  const form = useForm({
    defaultValues: { email: '', password: '' },
    resolver: contractResolver(signInSchema, (values: { email: string; password: string }) => values),
  });
  const [formError, setFormError] = useState<unknown>(null);

  const signIn = useMutation({
    mutationFn: api.auth.signIn,
    onSuccess: (signedIn) => {
      // After an expired session someone else may sign in here; nothing cached may carry over.
      queryClient.removeQueries();
      queryClient.setQueryData(queryKeys.me, signedIn);
      navigate(returnTo, { replace: true });
    },
    onError: (error) => {
      form.setValue('password', '');
      setFormError(placeServerErrors(form, error));
    },
  });

  if (me.data && !signIn.isPending) return <Navigate to={returnTo} replace />;

  const onSubmit = form.handleSubmit((body) => {
    setFormError(null);
    signIn.mutate(body);
  });

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
          <FormProvider {...form}>
            <form className="form" onSubmit={onSubmit} noValidate>
              <StatusMessage>{signedOut && !formError ? 'Du är utloggad.' : null}</StatusMessage>
              {formError ? <ErrorAlert error={formError} title="Inloggningen misslyckades" /> : null}
              <FormEmailField autoComplete="username" />
              <FormPasswordField label="Lösenord" autoComplete="current-password" />
              <PendingButton type="submit" pending={signIn.isPending} pendingLabel="Loggar in…">
                Logga in
              </PendingButton>
            </form>
          </FormProvider>
        )}
      </main>
    </>
  );
}
