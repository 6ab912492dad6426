/**
 * /account (signed in): a short page with links to its sections: Profile (name, email, company),
 * Security (password, two-step verification, passkeys), Sessions (sign out here or everywhere),
 * and, closed, the developer details. Editors open on demand, so the page stays compact.
 */
import { personName } from '../../auth/person';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { useI18n } from '../../i18n/useI18n';
import { AccountDeveloperDetails } from './AccountDeveloperDetails';
import { ProfileSection } from './ProfileSection';
import { SecuritySection } from './SecuritySection';
import { SessionsSection } from './SessionsSection';

export function AccountScreen() {
  const { t } = useI18n();
  const { state } = useAuth();
  // RequireAuth renders this only when signed in; the check narrows the type.
  if (state.step !== 'signedIn') return null;
  const { user } = state;
  const name = personName(user);
  return (
    <div className="stack">
      <Card title={t('account.title')}>
        {name === undefined ? null : <p>{t('account.intro', { name })}</p>}
        <nav aria-label={t('account.sectionsNav')} className="section-nav">
          <ul>
            <li>
              <a href="#profile">{t('account.profile.title')}</a>
            </li>
            <li>
              <a href="#security">{t('account.security.title')}</a>
            </li>
            <li>
              <a href="#sessions">{t('account.sessions.title')}</a>
            </li>
          </ul>
        </nav>
      </Card>
      <ProfileSection user={user} />
      {/* Hidden, for password managers: the sign-in name the new password belongs to. */}
      <SecuritySection username={user.email ?? user.username} />
      <SessionsSection signInMethod={user.signInMethod} />
      <AccountDeveloperDetails user={user} />
    </div>
  );
}
