/**
 * The signed-out landing (`/signed-out`): where every sign-out ends (header, account page, "sign out
 * everywhere", and the return from the hosted-UI logout), saying which kind it was.
 */
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { readSignedOutState } from '../routing/useSignOut';
import { consumeSignedOutFlag } from '../auth/hosted-ui/logout';
import { paths } from '../config/paths';
import { Card } from '../components/Card';
import { useI18n } from '../i18n/useI18n';

export function SignedOutScreen() {
  const { t } = useI18n();
  const { everywhere } = readSignedOutState(useLocation().state);
  useEffect(() => {
    // This page says it already; the flag must not make another page say it again later.
    consumeSignedOutFlag();
  }, []);
  return (
    <Card title={t('layout.signedOut.title')} tabTitle={t('layout.signedOut.tabTitle')}>
      <p>{everywhere ? t('layout.signedOut.everywhere') : t('layout.signedOut.here')}</p>
      <p className="actions">
        <Link className="button" to={paths.signIn}>
          {t('layout.signedOut.signIn')}
        </Link>
        <Link className="button secondary" to={paths.home}>
          {t('layout.signedOut.home')}
        </Link>
      </p>
    </Card>
  );
}
