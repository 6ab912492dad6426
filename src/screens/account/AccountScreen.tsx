/**
 * /account (signed in): who you are, then one card per thing you can change or read, each in its own
 * file here: name, company, email (via a verification code), password, the authenticator app, passkeys,
 * groups, tokens, and the two ways to sign out.
 */
import type { SignInMethod } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { CompanySection, companyOf } from './CompanySection';
import { EmailSection } from './EmailSection';
import { GroupsSection } from './GroupsSection';
import { MfaSection } from './MfaSection';
import { NameSection } from './NameSection';
import { PasskeysSection } from './PasskeysSection';
import { PasswordSection } from './PasswordSection';
import { SignOutSection } from './SignOutSection';
import { TokensSection } from './TokensSection';

const SIGN_IN_METHOD_LABEL: Record<SignInMethod, string> = {
  password: 'Email and password',
  hostedUi: 'Hosted sign-in',
  passkey: 'Passkey',
  emailCode: 'Code by email',
};

export function AccountScreen() {
  const { state } = useAuth();
  // RequireAuth renders this only when signed in; the check narrows the type.
  if (state.step !== 'signedIn') return null;
  const { user } = state;
  return (
    <div className="stack">
      <Card title="Your account">
        <dl className="facts">
          <dt>Email</dt>
          <dd>{user.email ?? '—'}</dd>
          <dt>Name</dt>
          <dd>{user.name ?? '—'}</dd>
          <dt>Company</dt>
          <dd>{companyOf(user) || '—'}</dd>
          <dt>Signed in with</dt>
          <dd>{SIGN_IN_METHOD_LABEL[user.signInMethod]}</dd>
        </dl>
      </Card>
      <NameSection user={user} />
      <CompanySection user={user} />
      <EmailSection user={user} />
      <PasswordSection username={user.email ?? user.username} />
      <MfaSection />
      <PasskeysSection />
      <GroupsSection groups={user.groups} />
      <TokensSection user={user} />
      <SignOutSection />
    </div>
  );
}
