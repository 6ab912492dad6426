/**
 * The step after Cognito sends a code: a sentence saying where it went, the dev inbox on the local
 * pool, then the form with the code field first. The screen adds the rest of the form (another
 * field, the submit button) as children.
 */
import type { FormEvent, ReactNode } from 'react';
import { DevInboxLink } from '../DevInboxLink';
import { AuthForm } from './AuthForm';
import { CodeField, type CodeFieldProps } from './fields';
import type { AuthFormApi } from './useAuthForm';

export function CodeEntry({
  message,
  inbox = true,
  form,
  onSubmit,
  field,
  children,
}: {
  /** Where the code went, usually built with describeDelivery. */
  message: ReactNode;
  /** False when no message was sent (an authenticator app's code), so the inbox has nothing. */
  inbox?: boolean;
  form: AuthFormApi;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  field: CodeFieldProps;
  children: ReactNode;
}) {
  return (
    <>
      <p>{message}</p>
      {inbox ? <DevInboxLink /> : null}
      <AuthForm form={form} onSubmit={onSubmit}>
        <CodeField {...field} />
        {children}
      </AuthForm>
    </>
  );
}
