/**
 * The signed-out landing (`/signed-out`): where the hosted-UI logout returns when
 * VITE_REDIRECT_SIGN_OUT points here, and where the app can send anyone who just signed out.
 */
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { consumeSignedOutFlag } from '../auth/hosted-ui/logout';
import { paths } from '../config/paths';
import { Card } from '../components/Card';

export function SignedOutScreen() {
  useEffect(() => {
    // This page says it already; the flag must not make another page say it again later.
    consumeSignedOutFlag();
  }, []);
  return (
    <Card title="You’re signed out" tabTitle="Signed out">
      <p>Your session on this browser has ended. Sign in again whenever you are ready.</p>
      <p className="actions">
        <Link className="button" to={paths.signIn}>
          Sign in
        </Link>
        <Link className="button secondary" to={paths.home}>
          Go to the home page
        </Link>
      </p>
    </Card>
  );
}
