import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router-dom';
import { useAuth } from '../../../src/auth/useAuth';
import { createMemoryStorage, TokenStore } from '../../../src/auth/storage';
import { Layout } from '../../../src/app/Layout';
import { createCognitoFake } from '../../support/cognito-http-fake';
import { server } from '../../support/msw-server';
import { renderWithProviders, testAppConfig } from '../../support/render';

function Shell() {
  return (
    <Routes>
      <Route path="/" element={<Layout />}>
        <Route index element={<p>Home page</p>} />
        <Route path="signed-out" element={<p>Signed out page</p>} />
      </Route>
    </Routes>
  );
}

function seeded(username: string, groups: string[] = [], name?: string) {
  const fake = createCognitoFake();
  server.use(fake.handler);
  fake.addUser({
    username,
    password: 'x',
    groups,
    attributes: { email: username, ...(name ? { name } : {}) },
  });
  const storage = createMemoryStorage();
  new TokenStore(storage, testAppConfig().clientId).write({
    tokens: fake.issueTokens(username),
    signInMethod: 'password',
  });
  return { fake, storage };
}

describe('useAuth', () => {
  it('throws a clear error outside the provider', () => {
    const Lonely = () => {
      useAuth();
      return null;
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Lonely />)).toThrow(/useAuth\(\) must be used inside <AuthProvider>/);
    spy.mockRestore();
  });
});

describe('Layout', () => {
  it('offers sign in and sign up when signed out', async () => {
    const fake = createCognitoFake();
    server.use(fake.handler);
    renderWithProviders(<Shell />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Sign up' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Account' })).toBeNull();
    expect(screen.getByText('Home page')).toBeInTheDocument();
    expect(fake.calls).toHaveLength(0);
  });

  it('shows who is signed in, the member links, and no Admin link without the group', async () => {
    const { storage } = seeded('ada@example.com', [], 'Ada Lovelace');
    renderWithProviders(<Shell />, { storage });
    expect(await screen.findByText('Signed in as Ada Lovelace')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Protected' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Account' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Admin' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Sign in' })).toBeNull();
  });

  it('shows the Admin link to the admin group and falls back to the email', async () => {
    const { storage } = seeded('root@example.com', ['admin']);
    renderWithProviders(<Shell />, { storage });
    expect(await screen.findByText('Signed in as root@example.com')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Admin' })).toBeInTheDocument();
  });

  it('signs out from the header', async () => {
    const { storage, fake } = seeded('ada@example.com');
    const { user } = renderWithProviders(<Shell />, { storage });
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Signed out page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(fake.count('RevokeToken')).toBe(1);
  });

  it('shows a status message, not a blank page, while the session is checked', async () => {
    const fake = createCognitoFake();
    server.use(fake.handler);
    fake.addUser({ username: 'ada@example.com', password: 'x' });
    // An expired token makes the check wait for a refresh, which this test holds open.
    let release: () => void = () => {};
    fake.always(
      'GetTokensFromRefreshToken',
      () => new Promise((resolve) => (release = () => resolve({ json: {} }))),
    );
    const storage = createMemoryStorage();
    new TokenStore(storage, testAppConfig().clientId).write({
      tokens: fake.issueTokens('ada@example.com', { expiresIn: -10 }),
      signInMethod: 'password',
    });
    renderWithProviders(<Shell />, { storage });
    expect(await screen.findByRole('status')).toHaveTextContent('Checking your session…');
    release();
  });
});
