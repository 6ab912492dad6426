/**
 * Builds a SessionManager with a controllable clock and no cross-tab wiring: `harness()` over the HTTP
 * fake of Cognito's wire format (so the real src/auth/cognito/ code runs too), `servicesHarness()`
 * over the in-memory AuthServices fake.
 */
import { vi } from 'vitest';
import type { AuthServices } from '../../../src/auth/services';
import { SessionManager, type SessionManagerOptions } from '../../../src/auth/session';
import { createMemoryStorage, TokenStore, type KeyValueStorage } from '../../../src/auth/storage';
import type { SessionTokens } from '../../../src/auth/types';
import type { AppConfig } from '../../../src/config/env';
import { FakeAuthServices } from '../../support/auth-services-fake';
import { createCognitoFake, type CognitoFake } from '../../support/cognito-http-fake';
import { server } from '../../support/msw-server';
import { testAppConfig } from '../../support/render';

/** What both harnesses share: one clock, one storage, and managers cut off from other tabs. */
interface Common {
  storage: KeyValueStorage;
  store: TokenStore;
  config: AppConfig;
  clock: { now: number };
  sleep: ReturnType<typeof vi.fn>;
  navigate: ReturnType<typeof vi.fn>;
  manager: (overrides?: Partial<SessionManagerOptions>) => SessionManager;
}

function common(
  configOverrides: Partial<AppConfig>,
  clock: { now: number },
  services?: AuthServices,
): Common {
  const config = testAppConfig(configOverrides);
  const storage = createMemoryStorage();
  const store = new TokenStore(storage, config.clientId);
  const sleep = vi.fn(async (_ms: number) => {});
  const navigate = vi.fn();
  return {
    storage,
    store,
    config,
    clock,
    sleep,
    navigate,
    manager: (overrides = {}) =>
      new SessionManager({
        config,
        services,
        storage,
        now: () => clock.now,
        sleep,
        navigate,
        createChannel: null,
        locks: null,
        eventTarget: null,
        signalStorage: null,
        ...overrides,
      }),
  };
}

export interface Harness extends Common {
  fake: CognitoFake;
  /** Stores a session for `username` as if an earlier visit had signed in. */
  seed: (
    username: string,
    options?: { expiresIn?: number; withRefresh?: boolean },
  ) => { refreshToken?: string; accessToken: string };
}

export function harness(configOverrides: Partial<AppConfig> = {}): Harness {
  const clock = { now: Date.now() };
  const fake = createCognitoFake({ now: () => clock.now });
  const base = common(configOverrides, clock);
  server.use(fake.handler);
  return {
    ...base,
    fake,
    seed: (username, options = {}) => {
      if (!fake.users.has(username))
        fake.addUser({
          username,
          password: 'Passw0rd!',
          attributes: { email: username, name: 'Ada' },
        });
      const tokens = fake.issueTokens(username, options);
      base.store.write({ tokens, signInMethod: 'password' });
      return tokens;
    },
  };
}

export interface ServicesHarness extends Common {
  services: FakeAuthServices;
  /** Stores a session for `username` as if an earlier visit had signed in. */
  seed: (username: string, options?: { expiresIn?: number }) => Required<SessionTokens>;
}

/** Builds a SessionManager over the in-memory AuthServices fake: the core's own seam, no HTTP. */
export function servicesHarness(configOverrides: Partial<AppConfig> = {}): ServicesHarness {
  const clock = { now: Date.now() };
  const services = new FakeAuthServices(() => clock.now);
  const base = common(configOverrides, clock, services);
  return {
    ...base,
    services,
    seed: (username, options = {}) => {
      if (!services.users.has(username))
        services.addUser({ username, password: 'Passw0rd!', attributes: { email: username } });
      const tokens = services.issue(username, options);
      base.store.write({ tokens, signInMethod: 'password' });
      return tokens;
    },
  };
}
