/**
 * /account (signed in): who you are, edit name and email (email via a verification code), change
 * password, turn the authenticator app on or off, groups, token expiry and decoded claims, and the
 * two ways to sign out.
 */
import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { toAuthError } from '../auth/errors';
import { decodeJwtHeader } from '../auth/jwt';
import { useAuth } from '../auth/useAuth';
import type { AuthError, CodeDelivery, SignedInUser } from '../auth/types';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { DevInboxLink } from '../components/DevInboxLink';
import { FormError } from '../components/FormError';
import { PageHeading } from '../components/PageHeading';
import { PasswordField } from '../components/PasswordField';
import { newPasswordProblem } from '../components/passwordRules';
import { describeDelivery } from '../components/ResendCodeButton';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { EmailField, CodeField } from '../components/fields';
import { TotpSetup } from '../components/TotpSetup';
import { useAuthForm } from '../components/useAuthForm';
import { UsernameHint } from '../components/UsernameHint';
import { codeProblem, emailProblem, requiredProblem } from '../components/validation';
import { AuthForm } from '../components/AuthForm';

export const SIGNED_OUT_NOTE = 'You have signed out.';
export const SIGNED_OUT_EVERYWHERE_NOTE = 'You have signed out on every device.';

export function AccountScreen() {
  const { state } = useAuth();
  const titleId = useId();
  // RequireAuth renders this only when signed in; the check narrows the type.
  if (state.step !== 'signedIn') return null;
  const { user } = state;
  return (
    <div className="stack">
      <section className="card" aria-labelledby={titleId}>
        <PageHeading id={titleId}>Your account</PageHeading>
        <dl className="facts">
          <dt>Email</dt>
          <dd>{user.email ?? '—'}</dd>
          <dt>Name</dt>
          <dd>{user.name ?? '—'}</dd>
          <dt>Username</dt>
          <dd>
            <code>{user.username}</code>
          </dd>
          <dt>Signed in with</dt>
          <dd>{user.signInMethod === 'hostedUi' ? 'Hosted sign-in' : 'Email and password'}</dd>
        </dl>
      </section>
      <NameSection user={user} />
      <EmailSection user={user} />
      <PasswordSection username={user.email ?? user.username} />
      <MfaSection />
      <GroupsSection groups={user.groups} />
      <TokensSection user={user} />
      <SignOutSection />
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function NameSection({ user }: { user: SignedInUser }) {
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
    fieldFor: (error) => (error.field === 'name' ? 'name' : undefined),
  });
  return (
    <Section title="Name">
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
      <div role="status">
        {saved ? <p className="alert alert-success">Your name is saved.</p> : null}
      </div>
    </Section>
  );
}

function EmailSection({ user }: { user: SignedInUser }) {
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
    fieldFor: (error) => (error.field === 'email' ? 'email' : undefined),
  });

  const submitVerify = verify.onSubmit({
    validate: () => ({ code: codeProblem(code, 'verification code') }),
    action: async () => {
      await auth.verifyAttribute('email', code.trim());
      setPending(null);
      setCode('');
      setDone('Your new email address is verified.');
    },
    fieldFor: (error) => (error.field === 'code' ? 'code' : undefined),
  });

  return (
    <Section title="Email address">
      <div role="status">{done ? <p className="alert alert-success">{done}</p> : null}</div>
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
        <AuthForm form={verify} onSubmit={submitVerify}>
          <p>
            We sent a verification code {describeDelivery(pending.delivery, `to ${email.trim()}`)}.
          </p>
          <DevInboxLink />
          <CodeField
            label="Verification code"
            value={code}
            onChange={setCode}
            error={verify.fieldErrors.code}
          />
          <p className="actions">
            <SubmitButton busy={verify.busy} busyLabel="Verifying…">
              Verify email
            </SubmitButton>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </p>
        </AuthForm>
      )}
    </Section>
  );
}

function PasswordSection({ username }: { username: string }) {
  const auth = useAuth();
  const { passwordPolicy } = useConfig();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [saved, setSaved] = useState(false);
  const form = useAuthForm<'oldPassword' | 'newPassword'>();
  const submit = form.onSubmit({
    validate: () => ({
      oldPassword: oldPassword === '' ? 'Enter your current password.' : undefined,
      newPassword: newPasswordProblem(newPassword, passwordPolicy, 'new password'),
    }),
    action: async () => {
      setSaved(false);
      await auth.changePassword({ oldPassword, newPassword });
      setOldPassword('');
      setNewPassword('');
      setSaved(true);
    },
    fieldFor: (error) => {
      if (error.field === 'oldPassword') return 'oldPassword';
      if (error.field === 'newPassword' || error.field === 'password') return 'newPassword';
      return undefined;
    },
  });
  return (
    <Section title="Change password">
      <div role="status">
        {saved ? <p className="alert alert-success">Your password is changed.</p> : null}
      </div>
      <AuthForm form={form} onSubmit={submit}>
        <UsernameHint username={username} />
        <PasswordField
          label="Current password"
          kind="current"
          name="oldPassword"
          value={oldPassword}
          onChange={setOldPassword}
          error={form.fieldErrors.oldPassword}
        />
        <PasswordField
          label="New password"
          kind="new"
          name="newPassword"
          value={newPassword}
          onChange={setNewPassword}
          error={form.fieldErrors.newPassword}
        />
        <SubmitButton busy={form.busy} busyLabel="Changing password…">
          Change password
        </SubmitButton>
      </AuthForm>
    </Section>
  );
}

type MfaView =
  | { kind: 'loading' }
  | { kind: 'error'; error: AuthError }
  | { kind: 'ready'; totpEnabled: boolean }
  | { kind: 'setup' };

function MfaSection() {
  const auth = useAuth();
  const [view, setView] = useState<MfaView>({ kind: 'loading' });
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<AuthError | null>(null);
  const { getMfaStatus } = auth;

  const load = useCallback(() => {
    let live = true;
    getMfaStatus()
      .then((status) => live && setView({ kind: 'ready', totpEnabled: status.totpEnabled }))
      .catch((error: unknown) => live && setView({ kind: 'error', error: toAuthError(error) }));
    return () => {
      live = false;
    };
  }, [getMfaStatus]);

  useEffect(() => load(), [load]);

  const turnOff = async () => {
    setBusy(true);
    setActionError(null);
    setNote(null);
    try {
      await auth.disableTotp();
      setView({ kind: 'ready', totpEnabled: false });
      setNote('The authenticator app is turned off.');
    } catch (error) {
      setActionError(toAuthError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="Two-step verification">
      <div role="status">{note ? <p className="alert alert-success">{note}</p> : null}</div>
      {view.kind === 'loading' ? <p role="status">Checking your settings…</p> : null}
      {view.kind === 'error' ? (
        <FormError
          error={view.error}
          focus={false}
          onRetry={() => {
            setView({ kind: 'loading' });
            load();
          }}
        />
      ) : null}
      {view.kind === 'ready' ? (
        <>
          <FormError error={actionError} onRetry={() => void turnOff()} />
          <p>
            Authenticator app: <strong>{view.totpEnabled ? 'On' : 'Off'}</strong>
          </p>
          {view.totpEnabled ? (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void turnOff()}
            >
              {busy ? 'Turning off…' : 'Turn off authenticator app'}
            </button>
          ) : (
            <button
              type="button"
              onClick={() => {
                setNote(null);
                setView({ kind: 'setup' });
              }}
            >
              Set up authenticator app
            </button>
          )}
        </>
      ) : null}
      {view.kind === 'setup' ? (
        <>
          <TotpSetup
            headingLevel={3}
            onVerified={() => {
              setView({ kind: 'ready', totpEnabled: true });
              setNote(
                'The authenticator app is turned on. You will be asked for a code when you sign in.',
              );
            }}
          />
          <p>
            <button
              type="button"
              className="link"
              onClick={() => {
                setView({ kind: 'loading' });
                load();
              }}
            >
              Cancel setup
            </button>
          </p>
        </>
      ) : null}
    </Section>
  );
}

function GroupsSection({ groups }: { groups: readonly string[] }) {
  return (
    <Section title="Groups">
      {groups.length === 0 ? (
        <p>You are not in any group.</p>
      ) : (
        <ul className="tags">
          {groups.map((group) => (
            <li key={group}>{group}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

function TokensSection({ user }: { user: SignedInUser }) {
  const { getAccessToken } = useAuth();
  const [accessHeader, setAccessHeader] = useState<Readonly<Record<string, unknown>> | null>(null);
  useEffect(() => {
    let live = true;
    getAccessToken()
      .then((token) => {
        const header = decodeJwtHeader(token);
        if (live) setAccessHeader(header);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [getAccessToken]);
  return (
    <Section title="Tokens">
      <p className="hint">
        Decoded in the browser for display only; signatures are left out. The API verifies every
        token itself.
      </p>
      <dl className="facts">
        <dt>ID token expires</dt>
        <dd>
          <time dateTime={new Date(user.idTokenExpiresAt).toISOString()}>
            {formatTime(user.idTokenExpiresAt)}
          </time>
        </dd>
        <dt>Access token expires</dt>
        <dd>
          <time dateTime={new Date(user.accessTokenExpiresAt).toISOString()}>
            {formatTime(user.accessTokenExpiresAt)}
          </time>
        </dd>
      </dl>
      <details>
        <summary>ID token claims</summary>
        <pre tabIndex={0} aria-label="ID token claims">
          {JSON.stringify(user.idTokenClaims, null, 2)}
        </pre>
      </details>
      <details>
        <summary>Access token claims</summary>
        {accessHeader ? (
          <>
            <h3 className="step-heading">Header</h3>
            <pre tabIndex={0} aria-label="Access token header">
              {JSON.stringify(accessHeader, null, 2)}
            </pre>
            <h3 className="step-heading">Payload</h3>
          </>
        ) : null}
        <pre tabIndex={0} aria-label="Access token claims">
          {JSON.stringify(user.accessTokenClaims, null, 2)}
        </pre>
      </details>
    </Section>
  );
}

function SignOutSection() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<'local' | 'global' | null>(null);
  const [error, setError] = useState<AuthError | null>(null);
  const signOut = async (everywhere: boolean) => {
    setBusy(everywhere ? 'global' : 'local');
    setError(null);
    try {
      if (everywhere) await auth.signOutEverywhere();
      else await auth.signOut();
      navigate(paths.signIn, {
        replace: true,
        state: { note: everywhere ? SIGNED_OUT_EVERYWHERE_NOTE : SIGNED_OUT_NOTE },
      });
    } catch (caught) {
      setError(toAuthError(caught));
      setBusy(null);
    }
  };
  return (
    <Section title="Sign out">
      <FormError error={error} onRetry={() => void signOut(true)} />
      <p>
        &ldquo;Sign out everywhere&rdquo; also ends your sessions on other devices and browsers.
      </p>
      <p className="actions">
        <button type="button" disabled={busy !== null} onClick={() => void signOut(false)}>
          {busy === 'local' ? 'Signing out…' : 'Sign out'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() => void signOut(true)}
        >
          {busy === 'global' ? 'Signing out…' : 'Sign out everywhere'}
        </button>
      </p>
    </Section>
  );
}
