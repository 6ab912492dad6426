/**
 * The budgets CI enforces. Sizes and round-trip counts are deterministic, so they are checked;
 * times are not, so they are only reported. Each failure names its figure.
 */
import type { RoundTrips } from './requests';
import type { SizeReport } from './size';

export const SIGN_IN_FIRST_LOAD_GZIP_BUDGET = 115 * 1024;

export interface RoundTripFigures {
  srpSignIn: RoundTrips;
  passwordSignIn: RoundTrips;
  reloadValid: RoundTrips;
  concurrent: RoundTrips;
  hostedSignIn: RoundTrips;
  signOut: RoundTrips;
  /** USER_AUTH with PREFERRED_CHALLENGE=WEB_AUTHN, then the assertion: the fewest Cognito allows. */
  passkeySignIn: RoundTrips;
  /** USER_AUTH with PREFERRED_CHALLENGE=EMAIL_OTP, then the code. */
  emailCodeSignIn: RoundTrips;
}

export function checkSize(size: SizeReport): string[] {
  const gzip = size.signInFirstLoad.gzip;
  return gzip > SIGN_IN_FIRST_LOAD_GZIP_BUDGET
    ? [`first-load JS of /sign-in is ${(gzip / 1024).toFixed(1)} KB gzip, over the 115 KB budget`]
    : [];
}

export function checkRoundTrips(figures: Partial<RoundTripFigures>): string[] {
  const failures: string[] = [];
  const limit = (figure: string, measured: number | undefined, max: number) => {
    if (measured !== undefined && measured > max)
      failures.push(`${figure}: ${measured} round trips, limit ${max}`);
  };
  limit('SRP sign-in Cognito calls', figures.srpSignIn?.cognitoTotal, 2);
  limit('USER_PASSWORD_AUTH sign-in Cognito calls', figures.passwordSignIn?.cognitoTotal, 1);
  limit('passkey sign-in Cognito calls', figures.passkeySignIn?.cognitoTotal, 2);
  limit('email-code sign-in Cognito calls', figures.emailCodeSignIn?.cognitoTotal, 2);
  limit('reload with a valid session Cognito calls', figures.reloadValid?.cognitoTotal, 0);
  limit(
    'refreshes (GetTokensFromRefreshToken) for 10 concurrent API calls with an expired token',
    figures.concurrent?.cognito.GetTokensFromRefreshToken,
    1,
  );
  limit(
    'hosted-UI sign-in authorize redirects',
    figures.hostedSignIn?.oauth['/oauth2/authorize'],
    1,
  );
  limit('hosted-UI sign-in token calls', figures.hostedSignIn?.oauth['/oauth2/token'], 1);
  limit('hosted-UI sign-in Cognito API calls', figures.hostedSignIn?.cognitoTotal, 0);
  return failures;
}

export function checkBudgets(size: SizeReport, figures: RoundTripFigures): string[] {
  return [...checkSize(size), ...checkRoundTrips(figures)];
}
