/** The account's company (optional): edit, save or clear it; the next access token carries it. */
import { useState } from 'react';
import type { SignedInUser } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { SuccessStatus } from '../../components/SuccessStatus';
import { AuthForm } from '../../components/form/AuthForm';
import { SubmitButton } from '../../components/form/SubmitButton';
import { TextField } from '../../components/form/TextField';
import { COMPANY_ATTRIBUTE } from '../../components/form/attributes';
import { useAuthForm } from '../../components/form/useAuthForm';

export function companyOf(user: SignedInUser): string {
  const value = user.idTokenClaims[COMPANY_ATTRIBUTE];
  return typeof value === 'string' ? value : '';
}

export function CompanySection({ user }: { user: SignedInUser }) {
  const auth = useAuth();
  const [company, setCompany] = useState(() => companyOf(user));
  const [saved, setSaved] = useState(false);
  const form = useAuthForm<'company'>();
  const submit = form.onSubmit({
    validate: () => ({}),
    action: async () => {
      setSaved(false);
      // Cognito keeps an empty value as "no company": the token then has no company claim.
      await auth.updateAttributes({ [COMPANY_ATTRIBUTE]: company.trim() });
      setSaved(true);
    },
  });
  return (
    <Card title="Company" heading="section">
      <AuthForm form={form} onSubmit={submit}>
        <TextField
          label="Company (optional)"
          name="company"
          autoComplete="organization"
          value={company}
          onChange={setCompany}
          maxLength={256}
          error={form.fieldErrors.company}
        />
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          Save company
        </SubmitButton>
      </AuthForm>
      <SuccessStatus message={saved ? 'Your company is saved.' : null} />
    </Card>
  );
}
