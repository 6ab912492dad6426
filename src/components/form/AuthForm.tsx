/**
 * The <form> every auth screen uses: our own validation (noValidate), the error summary first, and
 * the element registered with useAuthForm so focus and "Try again" can reach it.
 */
import type { FormEvent, ReactNode } from 'react';
import { FormError } from './FormError';
import type { AuthFormApi } from './useAuthForm';

export function AuthForm({
  form,
  onSubmit,
  errorActions,
  children,
}: {
  form: AuthFormApi;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Extra ways forward shown with a summary error, e.g. links for an existing account. */
  errorActions?: ReactNode;
  children: ReactNode;
}) {
  const { formRef, error, retry } = form;
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      <FormError error={error} onRetry={retry}>
        {errorActions}
      </FormError>
      {children}
    </form>
  );
}
