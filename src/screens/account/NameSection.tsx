/** The account's name: edit and save it. */
import { useState } from 'react';
import type { SignedInUser } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { SuccessStatus } from '../../components/SuccessStatus';
import { AuthForm } from '../../components/form/AuthForm';
import { SubmitButton } from '../../components/form/SubmitButton';
import { TextField } from '../../components/form/TextField';
import { useAuthForm } from '../../components/form/useAuthForm';
import { requiredProblem } from '../../components/form/validation';

export function NameSection({ user }: { user: SignedInUser }) {
  const auth = useAuth();
  const [name, setName] = useState(user.name ?? '');
  const [saved, setSaved] = useState(false);
  const form = useAuthForm<'name'>();
  const submit = form.onSubmit({
    validate: () => ({ name: requiredProblem(name, 'name') }),
    action: async () => {
      setSaved(false);
      await auth.updateAttributes({ name: name.trim() });
      setSaved(true);
    },
  });
  return (
    <Card title="Name" heading="section">
      <AuthForm form={form} onSubmit={submit}>
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          value={name}
          onChange={setName}
          error={form.fieldErrors.name}
        />
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          Save name
        </SubmitButton>
      </AuthForm>
      <SuccessStatus message={saved ? 'Your name is saved.' : null} />
    </Card>
  );
}
