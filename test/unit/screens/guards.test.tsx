import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../support/a11y';
import { currentLocation, PASSWORD, renderJourney, setupCognito, signInAs } from './support';

describe('route guards and step routing', () => {
  it('sends a signed-out visit to sign-in with returnTo, and back after signing in', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    const { user } = renderJourney('/account?tab=security');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(currentLocation()).toBe('/sign-in?returnTo=%2Faccount%3Ftab%3Dsecurity');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(currentLocation()).toBe('/account?tab=security'));
  });

  it('shows "You don\'t have access" to a signed-in user without the admin group, without a redirect', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    renderJourney('/admin');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You don’t have access' }),
    ).toBeInTheDocument();
    expect(currentLocation()).toBe('/admin');
    expect(fake.calls).toHaveLength(0);
    await expectNoAxeViolations();
  });

  it('lets an admin in', async () => {
    const fake = setupCognito();
    signInAs(fake, 'root@example.com', { groups: ['admin'] });
    renderJourney('/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Admin' })).toBeInTheDocument();
    expect(await screen.findByText('Welcome, admin.')).toBeInTheDocument();
  });

  it.each(['/mfa', '/new-password'])('sends %s without that step to sign-in', async (path) => {
    setupCognito();
    renderJourney(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(currentLocation()).toBe('/sign-in');
  });
});
