import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reply } from '../../support/cognito-http-fake';
import { expectNoAxeViolations } from '../../support/a11y';
import { currentLocation, PASSWORD, renderJourney, setupCognito, signInAs } from './support';
import { expectFocus } from '../../support/focus';

async function fillAndSubmit(
  user: ReturnType<typeof renderJourney>['user'],
  email: string,
  password: string,
) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInScreen', () => {
  it('has labelled fields with the right autocomplete, and no axe violations', async () => {
    setupCognito();
    renderJourney('/sign-in');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await expectFocus(heading);
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
    await expectNoAxeViolations();
  });

  it('validates before sending anything and focuses the first invalid field', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/name@example.com/);
    await expectFocus(email);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/enter your password/i);
    expect(fake.calls).toHaveLength(0);
  });

  it('says the same thing for a wrong password and an unknown user, and keeps what was typed', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    const { user } = renderJourney('/sign-in');
    await fillAndSubmit(user, 'ada@example.com', 'Wrong-pass1!');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Incorrect email or password.'),
    );
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('Wrong-pass1!');

    const email = screen.getByLabelText('Email');
    await user.clear(email);
    await user.type(email, 'nobody@example.com');
    fake.script('InitiateAuth', () => reply.error('UserNotFoundException', 'User does not exist.'));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(fake.count('InitiateAuth')).toBe(2));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Incorrect email or password.'),
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(/exist|not found/i);
  });

  it('disables the button and says "Signing in…" while the request runs', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    fake.script('InitiateAuth', async () => {
      await gate;
      return reply.error('NotAuthorizedException', 'Incorrect username or password.');
    });
    const { user } = renderJourney('/sign-in');
    await fillAndSubmit(user, 'ada@example.com', 'Wrong-pass1!');
    const busy = await screen.findByRole('button', { name: 'Signing in…' });
    expect(busy).toBeDisabled();
    await user.click(busy);
    release();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(fake.count('InitiateAuth')).toBe(1);
  });

  it('returns to the requested page after sign-in', async () => {
    const fake = setupCognito();
    fake.addUser({
      username: 'ada@example.com',
      password: PASSWORD,
      attributes: { email: 'ada@example.com', name: 'Ada' },
    });
    const { user } = renderJourney('/sign-in?returnTo=%2Faccount%3Ftab%3D1');
    await fillAndSubmit(user, 'ada@example.com', PASSWORD);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your account' }),
    ).toBeInTheDocument();
    expect(currentLocation()).toBe('/account?tab=1');
  });

  it('refuses a returnTo that leaves the site', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    const { user } = renderJourney('/sign-in?returnTo=%2F%2Fevil.example');
    await fillAndSubmit(user, 'ada@example.com', PASSWORD);
    await waitFor(() => expect(currentLocation()).toBe('/'));
    // Issue 16: Home greets the signed-in person by name (email when there is no name).
    expect(
      screen.getByRole('heading', { level: 1, name: 'Hello, ada@example.com' }),
    ).toBeInTheDocument();
  });

  it('sends an unconfirmed account to confirmation with a fresh code', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'new@example.com', password: PASSWORD, confirmed: false });
    const { user } = renderJourney('/sign-in');
    await fillAndSubmit(user, 'new@example.com', PASSWORD);
    await expectFocus(await screen.findByRole('heading', { level: 1, name: 'Confirm your email' }));
    expect(currentLocation()).toBe('/confirm-sign-up');
    expect(fake.count('ResendConfirmationCode')).toBe(1);
    expect(screen.getByText(/sent a confirmation code to new@example\.com/)).toBeInTheDocument();
  });

  it('sends a forced reset to forgot-password with the email filled in', async () => {
    const fake = setupCognito();
    fake.script('InitiateAuth', () =>
      reply.error('PasswordResetRequiredException', 'Password reset required.'),
    );
    const { user } = renderJourney('/sign-in');
    await fillAndSubmit(user, 'ada@example.com', PASSWORD);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reset your password' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(screen.getByText(/need to reset your password/i)).toBeInTheDocument();
  });

  it('explains throttling and offers to try again', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    fake.script('InitiateAuth', () => reply.error('TooManyRequestsException', 'Rate exceeded'));
    const { user } = renderJourney('/sign-in');
    await fillAndSubmit(user, 'ada@example.com', PASSWORD);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/busy/i));
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(currentLocation()).toBe('/protected'));
  });

  it('offers "Continue as" or "Sign out" when already signed in', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada Lovelace' });
    const { user } = renderJourney('/sign-in?returnTo=%2Faccount');
    const link = await screen.findByRole('link', { name: 'Continue as Ada Lovelace' });
    expect(link).toHaveAttribute('href', '/account');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    // Issue 16: every sign-out ends on the same page.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You’re signed out' }),
    ).toBeInTheDocument();
  });

  // Issue 12, finding 1: dot segments that collapse into `//host` once the URL is normalised.
  it.each(['/..//evil.example/x', '/%2e%2e//evil.example', '/a/..//evil.example'])(
    'links "Continue as" to this site for the returnTo %j',
    async (probe) => {
      const fake = setupCognito();
      signInAs(fake, 'ada@example.com', { name: 'Ada Lovelace' });
      renderJourney(`/sign-in?returnTo=${encodeURIComponent(probe)}`);
      const link = await screen.findByRole('link', { name: 'Continue as Ada Lovelace' });
      expect(link).toHaveAttribute('href', '/');
    },
  );

  it('goes home after sign-in when returnTo collapses into another host', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    const { user } = renderJourney(`/sign-in?returnTo=${encodeURIComponent('/.//evil.example')}`);
    await fillAndSubmit(user, 'ada@example.com', PASSWORD);
    await waitFor(() => expect(currentLocation()).toBe('/'));
    // Issue 16: Home greets the signed-in person by name (email when there is no name).
    expect(
      screen.getByRole('heading', { level: 1, name: 'Hello, ada@example.com' }),
    ).toBeInTheDocument();
  });
});
