/** Builds a SessionManager over the HTTP fake with a controllable clock and no cross-tab wiring. */
import { vi } from 'vitest';
import { SessionManager, type SessionManagerOptions } from '../../../src/auth/session';
import { createMemoryStorage, TokenStore, type KeyValueStorage } from '../../../src/auth/storage';
import type { AppConfig } from '../../../src/config/env';
import { createCognitoFake, type CognitoFake } from '../../support/cognito-http-fake';
import { server } from '../../support/msw-server';
import { testAppConfig } from '../../support/render';

export interface Harness {
  fake: CognitoFake;
  storage: KeyValueStorage;
  store: TokenStore;
  config: AppConfig;
  clock: { now: number };
  sleep: ReturnType<typeof vi.fn>;
  navigate: ReturnType<typeof vi.fn>;
  manager: (overrides?: Partial<SessionManagerOptions>) => SessionManager;
  /** Stores a session for `username` as if an earlier visit had signed in. */
  seed: (
    username: string,
    options?: { expiresIn?: number; withRefresh?: boolean },
  ) => { refreshToken?: string; accessToken: string };
}

export function harness(configOverrides: Partial<AppConfig> = {}): Harness {
  const clock = { now: Date.now() };
  const fake = createCognitoFake({ now: () => clock.now });
  server.use(fake.handler);
  const config = testAppConfig(configOverrides);
  const storage = createMemoryStorage();
  const store = new TokenStore(storage, config.clientId);
  const sleep = vi.fn(async (_ms: number) => {});
  const navigate = vi.fn();
  return {
    fake,
    storage,
    store,
    config,
    clock,
    sleep,
    navigate,
    manager: (overrides = {}) =>
      new SessionManager({
        config,
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
    seed: (username, options = {}) => {
      if (!fake.users.has(username))
        fake.addUser({
          username,
          password: 'Passw0rd!',
          attributes: { email: username, name: 'Ada' },
        });
      const tokens = fake.issueTokens(username, options);
      store.write({ tokens, signInMethod: 'password' });
      return tokens;
    },
  };
}
