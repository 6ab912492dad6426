/**
 * Where the hosted UI lives and who issues its tokens, from config alone. Kept free of oauth4webapi so
 * sign-out (which needs only the domain) does not pull the OAuth library into the first load.
 */
import type { AppConfig } from '../../config/env';

export type HostedUiConfig = Pick<
  AppConfig,
  | 'hostedUiDomain'
  | 'clientId'
  | 'userPoolId'
  | 'region'
  | 'cognitoEndpoint'
  | 'redirectSignIn'
  | 'redirectSignOut'
  | 'identityProviders'
  | 'oauthScopes'
  | 'isLocalPool'
  | 'requestTimeouts'
>;

/** The `iss` Cognito puts in its tokens: the IDP endpoint plus the pool ID, never the hosted domain. */
export function issuerFor(config: HostedUiConfig): string {
  if (config.isLocalPool && config.cognitoEndpoint !== undefined) {
    return `${config.cognitoEndpoint.replace(/\/+$/, '')}/${config.userPoolId}`;
  }
  return `https://cognito-idp.${config.region}.amazonaws.com/${config.userPoolId}`;
}

/** The hosted UI base URL without a trailing slash; throws when none is configured. */
export function hostedDomain(config: HostedUiConfig): string {
  if (config.hostedUiDomain === undefined) {
    throw new Error('No hosted UI domain is configured (VITE_COGNITO_DOMAIN).');
  }
  return config.hostedUiDomain.replace(/\/+$/, '');
}
