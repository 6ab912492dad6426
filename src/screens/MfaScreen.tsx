/**
 * /mfa: the second factor during sign-in. Answers an SMS or authenticator code, lets the person
 * pick a factor when Cognito asks (SELECT_MFA_TYPE), and pairs an authenticator app when the pool
 * requires MFA and none is set up yet (mfaSetup).
 */
import { useState } from 'react';
import { useAuth } from '../auth/useAuth';
import type { AuthState, MfaChallenge } from '../auth/types';
import { FlowGate } from '../routing/FlowGate';
import { Card } from '../components/Card';
import { CodeEntry } from '../components/form/CodeEntry';
import { describeDelivery } from '../components/form/describeDelivery';
import { SubmitButton } from '../components/form/SubmitButton';
import { TotpSetup } from '../components/TotpSetup';
import { useAuthForm } from '../components/form/useAuthForm';
import { codeProblem } from '../components/form/validation';
import { AuthForm } from '../components/form/AuthForm';

const FACTOR_LABEL: Record<MfaChallenge, string> = {
  SOFTWARE_TOKEN_MFA: 'Authenticator app',
  SMS_MFA: 'Text message (SMS)',
};

export function MfaScreen() {
  return (
    <FlowGate steps={['mfa', 'mfaSetup']}>
      {(state) =>
        state.step === 'mfaSetup' ? (
          <MfaSetup />
        ) : state.challenge === 'SELECT_MFA_TYPE' ? (
          <SelectFactor options={state.options ?? ['SOFTWARE_TOKEN_MFA', 'SMS_MFA']} />
        ) : (
          <AnswerChallenge state={state} />
        )
      }
    </FlowGate>
  );
}

function CancelLink() {
  const auth = useAuth();
  return (
    <p className="form-footer">
      <button type="button" className="link" onClick={() => auth.cancelFlow()}>
        Cancel sign-in
      </button>
    </p>
  );
}

function AnswerChallenge({ state }: { state: Extract<AuthState, { step: 'mfa' }> }) {
  const auth = useAuth();
  const [code, setCode] = useState('');
  const form = useAuthForm<'code'>();
  const sms = state.challenge === 'SMS_MFA';
  const submit = form.onSubmit({
    validate: () => ({ code: codeProblem(code) }),
    action: () => auth.answerMfa(code.trim()),
  });
  return (
    <Card title="Enter your verification code">
      <CodeEntry
        message={
          sms
            ? `We sent a code ${describeDelivery(state.delivery, 'to your phone')}.`
            : 'Open your authenticator app and enter the 6-digit code it shows for this account.'
        }
        inbox={sms}
        form={form}
        onSubmit={submit}
        field={{ value: code, onChange: setCode, error: form.fieldErrors.code }}
      >
        <SubmitButton busy={form.busy} busyLabel="Verifying…" className="wide">
          Verify
        </SubmitButton>
      </CodeEntry>
      <CancelLink />
    </Card>
  );
}

function SelectFactor({ options }: { options: readonly MfaChallenge[] }) {
  const auth = useAuth();
  const [choice, setChoice] = useState<MfaChallenge>(options[0] ?? 'SOFTWARE_TOKEN_MFA');
  const form = useAuthForm<never>();
  const submit = form.onSubmit({ action: () => auth.selectMfaType(choice) });
  return (
    <Card title="Verify it’s you">
      <AuthForm form={form} onSubmit={submit}>
        <fieldset className="choices">
          <legend>How do you want to get your code?</legend>
          {options.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="factor"
                value={option}
                checked={choice === option}
                onChange={() => setChoice(option)}
              />{' '}
              {FACTOR_LABEL[option]}
            </label>
          ))}
        </fieldset>
        <SubmitButton busy={form.busy} busyLabel="Continuing…" className="wide">
          Continue
        </SubmitButton>
      </AuthForm>
      <CancelLink />
    </Card>
  );
}

function MfaSetup() {
  return (
    <Card title="Set up an authenticator app">
      <p>This account needs a second step at sign-in. Pair an authenticator app to continue.</p>
      <TotpSetup />
      <CancelLink />
    </Card>
  );
}
