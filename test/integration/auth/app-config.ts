/** The app's configuration for a local pool, as `npm run provision` would write it. */
import type { AppConfig } from '../../../src/config/env';
import { TEST_CONFIG_DEFAULTS } from '../../support/config-defaults';
import type { LocalPool } from '../../support/local-cognito';

export function appConfigFor(pool: LocalPool, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...TEST_CONFIG_DEFAULTS,
    region: pool.region,
    userPoolId: pool.userPoolId,
    clientId: pool.spaClientId,
    cognitoEndpoint: pool.url,
    redirectSignIn: 'http://localhost:5173/callback',
    redirectSignOut: 'http://localhost:5173/',
    identityProviders: [],
    authFlow: 'USER_SRP_AUTH',
    tokenStorage: 'local',
    apiUrl: 'http://localhost:3001',
    isLocalPool: true,
    ...overrides,
  };
}
