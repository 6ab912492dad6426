/** The brand config reaches the header, the tab title and the authenticator label, not just env.ts. */
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { expect, it } from 'vitest';
import { Layout } from '../../../src/app/Layout';
import { SignInScreen } from '../../../src/screens/SignInScreen';
import { paths } from '../../../src/config/paths';
import { withDefaults } from '../../../src/auth/session/options';
import { renderWithProviders, testAppConfig } from '../../support/render';

const brand = { name: 'Acme Login', logo: '/brand/acme.svg' };

it('shows the configured name and logo in the header and the name in the tab title', async () => {
  renderWithProviders(
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.signIn} element={<SignInScreen />} />
      </Route>
    </Routes>,
    { route: paths.signIn, config: { brand } },
  );
  const home = await screen.findByRole('link', { name: 'Acme Login' });
  expect(home.querySelector('img')).toHaveAttribute('src', '/brand/acme.svg');
  expect(screen.queryByText('Cognito React Auth')).toBeNull();
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  await waitFor(() => expect(document.title).toBe('Sign in · Acme Login'));
});

it('names the product in authenticator apps', () => {
  expect(withDefaults({ config: testAppConfig({ brand }) }).totpIssuer).toBe('Acme Login');
});
