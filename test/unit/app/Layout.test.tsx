import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { Layout } from '../../../src/app/Layout';
import { HomeScreen } from '../../../src/screens/HomeScreen';
import { SignedOutScreen } from '../../../src/screens/SignedOutScreen';
import { renderWithProviders } from '../../support/render';
import { expectNoAxeViolations } from '../../support/a11y';
import { setupCognito, signInAs } from '../screens/support';

function renderShell(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<Layout />}>
        <Route index element={<HomeScreen />} />
        <Route path="protected" element={<h1>Protected stand-in</h1>} />
        <Route path="signed-out" element={<SignedOutScreen />} />
      </Route>
    </Routes>,
    { route },
  );
}

describe('Layout (issue 16)', () => {
  it('says who is signed in by name and signs out to /signed-out', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada Lovelace' });
    const { user } = renderShell('/protected');
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Signed in as Ada Lovelace')).toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You’re signed out' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your session on this browser has ended\./)).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    // The revoke runs in the background (issue 12): the person never waits on it.
    await vi.waitFor(() => expect(fake.count('RevokeToken')).toBe(1));
  });

  it('offers sign-in and sign-up in the header when signed out', async () => {
    setupCognito();
    renderShell('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(within(nav).getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/sign-up');
    expect(within(nav).queryByRole('link', { name: 'Account' })).toBeNull();
  });
});
