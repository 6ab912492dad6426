/** The account's email: a new address takes effect only after its verification code is entered. */
import { useState } from 'react';
import type { CodeDelivery, SignedInUser } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { SuccessStatus } from '../../components/SuccessStatus';
import { AuthForm } from '../../components/form/AuthForm';
import { CodeEntry } from '../../components/form/CodeEntry';
import { describeDelivery } from '../../components/form/describeDelivery';
import { EmailField } from '../../components/form/fields';
import { SubmitButton } from '../../components/form/SubmitButton';
import { useAuthForm } from '../../components/form/useAuthForm';
import { codeProblem, emailProblem } from '../../components/form/validation';

export function EmailSection({ user }: { user: SignedInUser }) {
  const auth = useAuth();
  const [email, setEmail] = useState(user.email ?? '');
  const [pending, setPending] = useState<{ delivery?: CodeDelivery } | null>(null);
  const [code, setCode] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const change = useAuthForm<'email'>();
  const verify = useAuthForm<'code'>();

  const submitChange = change.onSubmit({
    validate: () => ({
      email:
        emailProblem(email) ??
        (email.trim() === user.email ? 'That is already your email address.' : undefined),
    }),
    action: async () => {
      setDone(null);
      const result = await auth.updateAttributes({ email: email.trim() });
      if (result.verificationRequired) setPending({ delivery: result.delivery });
      else setDone('Your email address is changed.');
    },
  });

  const submitVerify = verify.onSubmit({
    validate: () => ({ code: codeProblem(code, 'verification code') }),
    action: async () => {
      await auth.verifyAttribute('email', code.trim());
      setPending(null);
      setCode('');
      setDone('Your new email address is verified.');
    },
  });

  return (
    <Card title="Email address" heading="section">
      <SuccessStatus message={done} />
      {pending === null ? (
        <AuthForm form={change} onSubmit={submitChange}>
          <EmailField
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={change.fieldErrors.email}
            hint="A new address must be verified with a code before it is used."
          />
          <SubmitButton busy={change.busy} busyLabel="Sending code…">
            Change email
          </SubmitButton>
        </AuthForm>
      ) : (
        <CodeEntry
          message={`We sent a verification code ${describeDelivery(pending.delivery, `to ${email.trim()}`)}.`}
          form={verify}
          onSubmit={submitVerify}
          field={{
            label: 'Verification code',
            value: code,
            onChange: setCode,
            error: verify.fieldErrors.code,
          }}
        >
          <p className="actions">
            <SubmitButton busy={verify.busy} busyLabel="Verifying…">
              Verify email
            </SubmitButton>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </p>
        </CodeEntry>
      )}
    </Card>
  );
}
