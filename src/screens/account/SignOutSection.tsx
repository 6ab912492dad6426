/** Sign out here, or everywhere (GlobalSignOut ends the sessions on other devices too). */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/useAuth';
import { paths } from '../../config/paths';
import { Card } from '../../components/Card';
import { FormError } from '../../components/form/FormError';
import { useAuthForm } from '../../components/form/useAuthForm';

const SIGNED_OUT_NOTE = 'You have signed out.';
const SIGNED_OUT_EVERYWHERE_NOTE = 'You have signed out on every device.';

export function SignOutSection() {
  const auth = useAuth();
  const navigate = useNavigate();
  // Not a form, but the same cycle: busy while it runs, its failure shown with "Try again".
  const action = useAuthForm<never>();
  const [everywhere, setEverywhere] = useState(false);

  const signOut = (global: boolean) => {
    setEverywhere(global);
    void action.run({
      action: async () => {
        if (global) await auth.signOutEverywhere();
        else await auth.signOut();
        navigate(paths.signIn, {
          replace: true,
          state: { note: global ? SIGNED_OUT_EVERYWHERE_NOTE : SIGNED_OUT_NOTE },
        });
      },
    });
  };

  return (
    <Card title="Sign out" heading="section">
      <FormError error={action.error} onRetry={() => signOut(true)} />
      <p>
        &ldquo;Sign out everywhere&rdquo; also ends your sessions on other devices and browsers.
      </p>
      <p className="actions">
        <button type="button" disabled={action.busy} onClick={() => signOut(false)}>
          {action.busy && !everywhere ? 'Signing out…' : 'Sign out'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={action.busy}
          onClick={() => signOut(true)}
        >
          {action.busy && everywhere ? 'Signing out…' : 'Sign out everywhere'}
        </button>
      </p>
    </Card>
  );
}
