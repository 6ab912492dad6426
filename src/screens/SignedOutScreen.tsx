/**
 * The signed-out landing (`/signed-out`): where the hosted-UI logout returns when
 * VITE_REDIRECT_SIGN_OUT points here, and where the app can send anyone who just signed out.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { consumeSignedOutFlag } from '../auth/hosted-ui/logout';
import { paths } from '../config/paths';

export function SignedOutScreen() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = 'Signed out · Cognito React Auth';
    // This page says it already; the flag must not make another page say it again later.
    consumeSignedOutFlag();
  }, []);
  return (
    <section className="card" aria-labelledby="signed-out-title">
      <h1 id="signed-out-title" ref={heading} tabIndex={-1}>
        You’re signed out
      </h1>
      <p>Your session on this browser has ended. Sign in again whenever you are ready.</p>
      <p className="actions">
        <Link className="button" to={paths.signIn}>
          Sign in
        </Link>
        <Link className="button secondary" to={paths.home}>
          Go to the home page
        </Link>
      </p>
    </section>
  );
}
