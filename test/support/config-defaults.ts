/**
 * What every test AppConfig shares whatever it points at: the app's own defaults for the optional
 * settings. The unit (render.tsx), hosted-UI and integration configs spread it and add their
 * endpoints, so a new AppConfig field is added once here.
 */
import { DEFAULT_BRAND } from '../../src/config/brand';
import { DEFAULT_REQUEST_TIMEOUTS, type AppConfig } from '../../src/config/env';

export const TEST_CONFIG_DEFAULTS = {
  oauthScopes: ['openid', 'email', 'profile'],
  passwordPolicy: { minLength: 8, require: ['lower', 'upper', 'number', 'symbol'] },
  signUpAttributes: ['name'],
  refreshSkewSeconds: 300,
  requestTimeouts: DEFAULT_REQUEST_TIMEOUTS,
  brand: DEFAULT_BRAND,
} satisfies Partial<AppConfig>;
