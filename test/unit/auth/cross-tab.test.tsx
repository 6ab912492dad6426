import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionManager } from '../../../src/auth/session';
import { createMemoryStorage, TokenStore } from '../../../src/auth/storage';
import { useAuth } from '../../../src/auth/useAuth';
import { createCognitoFake, mintTokens } from '../../support/cognito-http-fake';
import { createLockManager } from '../../support/locks';
import { server } from '../../support/msw-server';
import { renderWithProviders, testAppConfig } from '../../support/render';
import { harness } from './helpers';

function Tab({ label }: { label: string }) {
  const { state, signOut, getAccessToken } = useAuth();
  return (
    <section aria-label={label}>
      <p>Step: {state.step}</p>
      {state.step === 'signedOut' && state.notice ? <p role="status">{state.notice}</p> : null}
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
      <button
        type="button"
        onClick={() => void getAccessToken({ forceRefresh: true }).catch(() => {})}
      >
        Refresh
      </button>
    </section>
  );
}

const clientId = testAppConfig().clientId;

describe('cross-tab sign-out', () => {
  // Issue 12, finding 3: two people, two tabs, session storage (the default).
  it('leaves a stranger signed in when another tab’s session expires; a sign-out revokes each tab’s token', async () => {
    const fake = createCognitoFake();
    server.use(fake.handler);
    fake.addUser({ username: 'ada@example.com', password: 'x' });
    fake.addUser({ username: 'bo@example.com', password: 'x' });
    const seeded = (['ada@example.com', 'bo@example.com'] as const).map((username, i) => {
      const storage = createMemoryStorage();
      const tokens = fake.issueTokens(username);
      new TokenStore(storage, clientId).write({ tokens, signInMethod: 'password' });
      renderWithProviders(<Tab label={`Tab ${'AB'[i]}`} />, { storage });
      return { storage, tokens };
    });
    const a = within(screen.getByRole('region', { name: 'Tab A' }));
    const b = within(screen.getByRole('region', { name: 'Tab B' }));
    await waitFor(() => expect(b.getByText('Step: signedIn')).toBeInTheDocument());
    await waitFor(() => expect(a.getByText('Step: signedIn')).toBeInTheDocument());

    fake.revokedRefreshTokens.add(seeded[0]!.tokens.refreshToken!);
    await act(async () => a.getByRole('button', { name: 'Refresh' }).click());
    await waitFor(() => expect(a.getByText('Step: signedOut')).toBeInTheDocument());
    expect(a.getByRole('status')).toHaveTextContent(/expired/);
    // Give the broadcast time to arrive: B must still be signed in, its tokens untouched.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(b.getByText('Step: signedIn')).toBeInTheDocument();
    expect(new TokenStore(seeded[1]!.storage, clientId).read()).not.toBeNull();
    expect(fake.count('RevokeToken')).toBe(0);

    // A sign-out does reach every tab; B's own refresh token is revoked, not just deleted.
    await act(async () => b.getByRole('button', { name: 'Sign out' }).click());
    await waitFor(() => expect(fake.count('RevokeToken')).toBe(1));
    expect(fake.callsTo('RevokeToken')[0]!.body.Token).toBe(seeded[1]!.tokens.refreshToken);
  });

  it('signs out every tab over BroadcastChannel, whatever the storage', async () => {
    const fake = createCognitoFake();
    server.use(fake.handler);
    fake.addUser({ username: 'ada@example.com', password: 'x' });
    // Two tabs with their own (session-like) storage, each holding a copy of the session.
    const tabs = ['Tab A', 'Tab B'].map((label) => {
      const storage = createMemoryStorage();
      new TokenStore(storage, clientId).write({
        tokens: fake.issueTokens('ada@example.com'),
        signInMethod: 'password',
      });
      // StrictMode mounts, unmounts and remounts: the channel must survive that.
      renderWithProviders(<Tab label={label} />, { storage, strict: true });
      return { label, storage };
    });
    const a = within(screen.getByRole('region', { name: 'Tab A' }));
    const b = within(screen.getByRole('region', { name: 'Tab B' }));
    await waitFor(() => expect(b.getByText('Step: signedIn')).toBeInTheDocument());
    expect(a.getByText('Step: signedIn')).toBeInTheDocument();

    await act(async () => a.getByRole('button', { name: 'Sign out' }).click());
    await waitFor(() => expect(b.getByText('Step: signedOut')).toBeInTheDocument());
    expect(a.getByText('Step: signedOut')).toBeInTheDocument();
    for (const tab of tabs) expect(new TokenStore(tab.storage, clientId).read()).toBeNull();
    // A user's own sign-out is not an expiry: no notice.
    expect(b.queryByRole('status')).toBeNull();
  });

  it('falls back to the storage event when there is no BroadcastChannel', async () => {
    const storage = createMemoryStorage();
    const store = new TokenStore(storage, clientId);
    store.write({ tokens: mintTokens(), signInMethod: 'password' });
    // Shared storage, since only then does another tab's expiry end this tab's session.
    renderWithProviders(<Tab label="Tab" />, {
      storage,
      authOptions: { createChannel: null, sharedStorage: true },
    });
    await screen.findByText('Step: signedIn');
    // What another tab's fallback ping looks like when it arrives here.
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: `${store.prefix}signal`,
          newValue: JSON.stringify({ type: 'signedOut', clientId, reason: 'expired' }),
          storageArea: window.localStorage,
        }),
      );
    });
    expect(await screen.findByText('Step: signedOut')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your session has expired. Please sign in again.',
    );
    expect(store.read()).toBeNull();
  });

  it('signs out when another tab removes the shared localStorage session', async () => {
    const store = new TokenStore(window.localStorage, clientId);
    store.write({ tokens: mintTokens(), signInMethod: 'password' });
    renderWithProviders(<Tab label="Tab" />, {
      config: { tokenStorage: 'local' },
      authOptions: { createChannel: null },
    });
    await screen.findByText('Step: signedIn');
    const oldValue = window.localStorage.getItem(store.key);
    window.localStorage.removeItem(store.key);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: store.key,
          oldValue,
          newValue: null,
          storageArea: window.localStorage,
        }),
      );
    });
    expect(await screen.findByText('Step: signedOut')).toBeInTheDocument();
  });
});

describe('cross-tab sign-in and refresh over shared storage', () => {
  const managers: SessionManager[] = [];
  afterEach(() => {
    for (const m of managers.splice(0)) m.disconnect();
  });

  it('a sign-in in one tab reaches the other', async () => {
    const h = harness({ tokenStorage: 'local' });
    const [a, b] = [0, 1].map(() => h.manager({ createChannel: undefined, sharedStorage: true }));
    managers.push(a!, b!);
    for (const m of [a!, b!]) {
      m.connect();
      await m.restore();
    }
    h.fake.addUser({
      username: 'ada@example.com',
      password: 'x',
      attributes: { email: 'ada@example.com', name: 'Ada' },
    });
    await a!.completeHostedSignIn(h.fake.issueTokens('ada@example.com'));
    await waitFor(() =>
      expect(b!.getState()).toMatchObject({ step: 'signedIn', user: { name: 'Ada' } }),
    );
  });

  it('a refresh in one tab is reused by the other, and the lock allows one refresh in all', async () => {
    const h = harness({ tokenStorage: 'local' });
    h.seed('ada@example.com', { expiresIn: 60 });
    const locks = createLockManager();
    const [a, b] = [0, 1].map(() =>
      h.manager({ createChannel: undefined, sharedStorage: true, locks }),
    );
    managers.push(a!, b!);
    for (const m of [a!, b!]) {
      m.connect();
      await m.restore();
    }
    const [ta, tb] = await Promise.all([a!.getAccessToken(), b!.getAccessToken()]);
    expect(h.fake.refreshCalls()).toHaveLength(1);
    expect(ta).toBe(tb);
    await waitFor(() => {
      const state = b!.getState();
      expect(
        state.step === 'signedIn' && state.user.accessTokenExpiresAt > h.clock.now + 3000_000,
      ).toBe(true);
    });
  });
});
