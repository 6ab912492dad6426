/**
 * The one render helper for screen and auth tests: config, auth and a memory router around the UI,
 * with a test config that points Cognito and the API at hosts msw owns.
 */
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { AuthProvider } from '../../src/auth/AuthProvider';
import type { AuthServices } from '../../src/auth/services';
import type { SessionManager, SessionManagerOptions } from '../../src/auth/session';
import type { KeyValueStorage } from '../../src/auth/storage';
import { ConfigProvider } from '../../src/config/ConfigContext';
import type { AppConfig } from '../../src/config/env';
import { TEST_CONFIG_DEFAULTS } from './config-defaults';
import { TEST_CLIENT_ID, TEST_COGNITO_ENDPOINT, TEST_USER_POOL_ID } from './cognito-http-fake';

export const TEST_API_URL = 'http://api.test';

/** A valid AppConfig for tests: Cognito at http://cognito.test, the API at http://api.test. */
export function testAppConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...TEST_CONFIG_DEFAULTS,
    region: 'us-east-1',
    userPoolId: TEST_USER_POOL_ID,
    clientId: TEST_CLIENT_ID,
    cognitoEndpoint: TEST_COGNITO_ENDPOINT,
    hostedUiDomain: undefined,
    redirectSignIn: 'http://localhost:3000/callback',
    redirectSignOut: 'http://localhost:3000/',
    identityProviders: [],
    // The HTTP fake cannot do SRP maths; the SDK's SRP path is covered by the integration tests.
    authFlow: 'USER_PASSWORD_AUTH',
    tokenStorage: 'session',
    apiUrl: TEST_API_URL,
    isLocalPool: false,
    ...overrides,
  };
}

export interface RenderOptions {
  config?: Partial<AppConfig>;
  /** The URL the memory router starts at. Default '/'. */
  route?: string;
  /** Token storage for this render (e.g. a memory storage per simulated tab). */
  storage?: KeyValueStorage;
  services?: AuthServices;
  /** Other SessionManager options (clock, channel, locks, navigate, …). */
  authOptions?: Omit<SessionManagerOptions, 'config' | 'services' | 'storage'>;
  manager?: SessionManager;
  /** Render inside <StrictMode>, as the app does (effects run, clean up, and run again). */
  strict?: boolean;
}

export function renderWithProviders(
  ui: ReactElement,
  {
    config,
    route = '/',
    storage,
    services,
    authOptions,
    manager,
    strict = false,
  }: RenderOptions = {},
): RenderResult & { user: ReturnType<typeof userEvent.setup>; config: AppConfig } {
  const fullConfig = testAppConfig(config);
  const user = userEvent.setup();
  const tree = (
    <ConfigProvider config={fullConfig}>
      <AuthProvider storage={storage} services={services} options={authOptions} manager={manager}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </AuthProvider>
    </ConfigProvider>
  );
  const result = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { ...result, user, config: fullConfig };
}
