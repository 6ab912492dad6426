/**
 * /mfa: the second factor during sign-in. Answers an SMS or authenticator code, lets the person
 * pick a factor when Cognito asks (SELECT_MFA_TYPE), and pairs an authenticator app when the pool
 * requires MFA and none is set up yet (mfaSetup).
 */
import { useState } from 'react';
import { useAuth } from '../auth/useAuth';
import type { AuthState, CodeDelivery, MfaChallenge } from '../auth/types';
import { useI18n } from '../i18n/useI18n';
import type { I18n } from '../i18n/I18nProvider';
import { FlowGate } from '../routing/FlowGate';
import { Card } from '../components/Card';
import { CodeEntry } from '../components/form/CodeEntry';
import { SubmitButton } from '../components/form/SubmitButton';
import { TotpSetup } from '../components/TotpSetup';
import { useAuthForm } from '../components/form/useAuthForm';
import { codeProblem } from '../components/form/validation';
import { AuthForm } from '../components/form/AuthForm';

const FACTOR_LABEL: Record<MfaChallenge, 'mfa.factor.totp' | 'mfa.factor.sms'> = {
  SOFTWARE_TOKEN_MFA: 'mfa.factor.totp',
  SMS_MFA: 'mfa.factor.sms',
};

/** Where Cognito says it sent the code, as one whole sentence per medium. */
function smsSentence({ t }: I18n, delivery: CodeDelivery | undefined): string {
  const destination = delivery?.destination;
  if (!destination) return t('mfa.enterCode.smsToPhone');
  if (delivery.medium === 'SMS') return t('mfa.enterCode.smsTo', { destination });
  if (delivery.medium === 'EMAIL') return t('mfa.enterCode.emailTo', { destination });
  return t('mfa.enterCode.sentTo', { destination });
}

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
  const { t } = useI18n();
  return (
    <p className="form-footer">
      <button type="button" className="link" onClick={() => auth.cancelFlow()}>
        {t('mfa.cancel')}
      </button>
    </p>
  );
}

function AnswerChallenge({ state }: { state: Extract<AuthState, { step: 'mfa' }> }) {
  const auth = useAuth();
  const i18n = useI18n();
  const { t } = i18n;
  const [code, setCode] = useState('');
  const form = useAuthForm<'code'>();
  const sms = state.challenge === 'SMS_MFA';
  const submit = form.onSubmit({
    validate: () => ({ code: codeProblem(code) }),
    action: () => auth.answerMfa(code.trim()),
  });
  return (
    <Card title={t('mfa.enterCode.title')}>
      <CodeEntry
        message={sms ? smsSentence(i18n, state.delivery) : t('mfa.enterCode.totp')}
        inbox={sms}
        form={form}
        onSubmit={submit}
        field={{ value: code, onChange: setCode, error: form.fieldErrors.code }}
      >
        <SubmitButton busy={form.busy} busyLabel={t('common.verifying')} className="wide">
          {t('common.verify')}
        </SubmitButton>
      </CodeEntry>
      <CancelLink />
    </Card>
  );
}

function SelectFactor({ options }: { options: readonly MfaChallenge[] }) {
  const auth = useAuth();
  const { t } = useI18n();
  const [choice, setChoice] = useState<MfaChallenge>(options[0] ?? 'SOFTWARE_TOKEN_MFA');
  const form = useAuthForm<never>();
  const submit = form.onSubmit({ action: () => auth.selectMfaType(choice) });
  return (
    <Card title={t('mfa.select.title')}>
      <AuthForm form={form} onSubmit={submit}>
        <fieldset className="choices">
          <legend>{t('mfa.select.legend')}</legend>
          {options.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="factor"
                value={option}
                checked={choice === option}
                onChange={() => setChoice(option)}
              />{' '}
              {t(FACTOR_LABEL[option])}
            </label>
          ))}
        </fieldset>
        <SubmitButton busy={form.busy} busyLabel={t('common.continuing')} className="wide">
          {t('common.continue')}
        </SubmitButton>
      </AuthForm>
      <CancelLink />
    </Card>
  );
}

function MfaSetup() {
  const { t } = useI18n();
  return (
    <Card title={t('mfa.setup.title')}>
      <p>{t('mfa.setup.intro')}</p>
      <TotpSetup />
      <CancelLink />
    </Card>
  );
}
