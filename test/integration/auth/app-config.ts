/** The app's configuration for a local pool, as `npm run provision` would write it. */
import { DEFAULT_BRAND } from '../../../src/config/brand';
import { DEFAULT_REQUEST_TIMEOUTS, type AppConfig } from '../../../src/config/env';
import type { LocalPool } from '../../support/local-cognito';

export function appConfigFor(pool: LocalPool, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    region: pool.region,
    userPoolId: pool.userPoolId,
    clientId: pool.spaClientId,
    cognitoEndpoint: pool.url,
    redirectSignIn: 'http://localhost:5173/callback',
    redirectSignOut: 'http://localhost:5173/',
    identityProviders: [],
    oauthScopes: ['openid', 'email', 'profile'],
    authFlow: 'USER_SRP_AUTH',
    tokenStorage: 'local',
    apiUrl: 'http://localhost:3001',
    passwordPolicy: { minLength: 8, require: ['lower', 'upper', 'number', 'symbol'] },
    signUpAttributes: ['name'],
    refreshSkewSeconds: 300,
    requestTimeouts: DEFAULT_REQUEST_TIMEOUTS,
    isLocalPool: true,
    brand: DEFAULT_BRAND,
    ...overrides,
  };
}
