/**
 * Shows the signed-out page after a hosted-UI logout that returned to a page other than
 * /signed-out (the default `redirectSignOut` is `<origin>/`, and Cognito only returns to a
 * registered logout URL). The page it lands on calls this hook once.
 */
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';
import { consumeSignedOutFlag } from './logout';

export function useSignedOutLanding(): void {
  const navigate = useNavigate();
  useEffect(() => {
    // The flag is read-once, so StrictMode's second effect finds nothing and does not navigate twice.
    if (consumeSignedOutFlag()) navigate(paths.signedOut, { replace: true });
  }, [navigate]);
}
