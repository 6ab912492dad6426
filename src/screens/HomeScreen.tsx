/**
 * The landing page. Signed out, it says what the app is and where to start; signed in, it greets the
 * person by name and offers what they can do next. Straight after sign-up (confirm → signed in) it
 * welcomes them (router state `welcome`, set by the confirmation screen).
 */
import { Link, useLocation } from 'react-router-dom';
import { personName } from '../auth/person';
import type { SignedInUser } from '../auth/types';
import { useAuth } from '../auth/useAuth';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { Card } from '../components/Card';
import { DeveloperDetails } from '../components/DeveloperDetails';
import { AwsIdentityPanel } from '../components/api/AwsIdentityPanel';
import { useI18n } from '../i18n/useI18n';
import { ADMIN_GROUP } from '../routing/groups';
import { readJourneyState } from '../routing/journeyState';

export function HomeScreen() {
  const { state } = useAuth();
  const { identityPool } = useConfig();
  return (
    <div className="stack">
      {state.step === 'signedIn' ? <SignedInHome user={state.user} /> : <SignedOutHome />}
      {identityPool ? (
        <DeveloperDetails>
          <AwsIdentityPanel />
        </DeveloperDetails>
      ) : null}
    </div>
  );
}

function SignedOutHome() {
  const { t } = useI18n();
  return (
    <Card title={t('home.signedOut.title')} heading="plain">
      <p>{t('home.signedOut.intro')}</p>
      <p className="actions">
        <Link className="button" to={paths.signIn}>
          {t('home.signedOut.signIn')}
        </Link>
        <Link className="button secondary" to={paths.signUp}>
          {t('home.signedOut.signUp')}
        </Link>
      </p>
    </Card>
  );
}

function SignedInHome({ user }: { user: SignedInUser }) {
  const { t } = useI18n();
  const { welcome } = readJourneyState(useLocation().state);
  const name = personName(user);
  const title = welcome
    ? name === undefined
      ? t('home.welcomeNew')
      : t('home.welcomeNewNamed', { name })
    : name === undefined
      ? t('home.hello')
      : t('home.helloNamed', { name });
  return (
    <Card title={title} heading="plain">
      <p>{welcome ? t('home.welcomeNewIntro') : t('home.signedInIntro')}</p>
      <ul className="next-steps">
        <li>
          <Link to={paths.protected}>{t('home.next.protected')}</Link>
          <span className="hint">{t('home.next.protectedHint')}</span>
        </li>
        <li>
          <Link to={paths.account}>{t('home.next.account')}</Link>
          <span className="hint">{t('home.next.accountHint')}</span>
        </li>
        {user.groups.includes(ADMIN_GROUP) ? (
          <li>
            <Link to={paths.admin}>{t('home.next.admin')}</Link>
            <span className="hint">{t('home.next.adminHint')}</span>
          </li>
        ) : null}
      </ul>
    </Card>
  );
}
