/**
 * Shows the signed-out page after a hosted-UI logout that returned to a page other than
 * /signed-out (the default `redirectSignOut` is `<origin>/`, and Cognito only returns to a
 * registered logout URL). The shell calls this hook once.
 *
 * It looks for the flag only when it mounts, that is when a page load lands: never again on later
 * navigation. Checking on every navigation let the page that was still leaving for /logout consume
 * the flag (its own sign-out moved it to /sign-in), so the return from /logout found nothing and
 * ended on Home without a word (issue 16).
 */
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';
import { consumeSignedOutFlag } from './logout';

export function useSignedOutLanding(): void {
  const navigate = useNavigate();
  // The router hands out a new navigate on every location change; the landing needs only the first.
  const landingNavigate = useRef(navigate);
  useEffect(() => {
    // The flag is read-once, so StrictMode's second effect finds nothing and does not navigate twice.
    if (consumeSignedOutFlag()) landingNavigate.current(paths.signedOut, { replace: true });
  }, []);
}
