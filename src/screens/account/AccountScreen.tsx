/**
 * /account (signed in): who you are, then one card per thing you can change or read, each in its own
 * file here: name, company, email (via a verification code), password, the authenticator app, groups,
 * tokens, and the two ways to sign out.
 */
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { CompanySection, companyOf } from './CompanySection';
import { EmailSection } from './EmailSection';
import { GroupsSection } from './GroupsSection';
import { MfaSection } from './MfaSection';
import { NameSection } from './NameSection';
import { PasswordSection } from './PasswordSection';
import { SignOutSection } from './SignOutSection';
import { TokensSection } from './TokensSection';

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
          <dd>{user.signInMethod === 'hostedUi' ? 'Hosted sign-in' : 'Email and password'}</dd>
        </dl>
      </Card>
      <NameSection user={user} />
      <CompanySection user={user} />
      <EmailSection user={user} />
      <PasswordSection username={user.email ?? user.username} />
      <MfaSection />
      <GroupsSection groups={user.groups} />
      <TokensSection user={user} />
      <SignOutSection />
    </div>
  );
}
