import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reply } from '../../support/cognito-http-fake';
import { expectNoAxeViolations } from '../../support/a11y';
import { currentLocation, PASSWORD, renderJourney, setupCognito } from './support';
import { expectFocus } from '../../support/focus';

type User = ReturnType<typeof renderJourney>['user'];

/** Signs up through the real screen, which leaves the session in the confirmSignUp step. */
async function arriveBySignUp(user: User) {
  await user.type(await screen.findByLabelText('Email'), 'grace@example.com');
  await user.type(screen.getByLabelText('Name'), 'Grace');
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { level: 1, name: 'Confirm your email' });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ConfirmSignUpScreen', () => {
  it('shows where the code went, a one-time-code field, the dev inbox link on a local pool, and passes axe', async () => {
    setupCognito();
    const { user } = renderJourney('/sign-up', {
      config: { isLocalPool: true, cognitoEndpoint: 'http://cognito.test' },
    });
    await arriveBySignUp(user);
    // The address as the person typed it, once: not Cognito's mask of their own address.
    expect(
      screen.getByText(/sent a confirmation code to grace@example\.com\./),
    ).toBeInTheDocument();
    expect(screen.queryByText(/g\*\*\*@e\*\*\*/)).not.toBeInTheDocument();
    const code = screen.getByLabelText('Confirmation code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    const inbox = screen.getByRole('link', { name: /open the dev inbox/i });
    expect(inbox).toHaveAttribute('href', 'http://cognito.test/_local/inbox');
    expect(inbox).toHaveAttribute('target', '_blank');
    expect(inbox.getAttribute('rel')).toContain('noopener');
    await expectNoAxeViolations();
  });

  it('signs in straight away when the password from sign-up is still in memory', async () => {
    setupCognito();
    const { user } = renderJourney('/sign-up');
    await arriveBySignUp(user);
    await user.type(screen.getByLabelText('Confirmation code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));
    // Issue 16: a new member lands on Home, welcomed by the name they just gave.
    await waitFor(() => expect(currentLocation()).toBe('/'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Grace' }),
    ).toBeInTheDocument();
  });

  it('goes to sign-in with a note and the email when it cannot sign in by itself', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await arriveBySignUp(user);
    fake.script('InitiateAuth', () => reply.serverError());
    await user.type(screen.getByLabelText('Confirmation code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText(/confirmed\. sign in to continue/i)).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('grace@example.com');
  });

  it.each([
    ['CodeMismatchException', /isn't right/],
    ['ExpiredCodeException', /expired/],
    ['LimitExceededException', /too many attempts/i],
  ])('puts %s next to the code field and keeps the code', async (type, words) => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await arriveBySignUp(user);
    fake.script('ConfirmSignUp', () => reply.error(type, type));
    const code = screen.getByLabelText('Confirmation code');
    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(words);
    await expectFocus(code);
    expect(code).toHaveValue('654321');
  });

  it('resends the code, then counts down before it can be sent again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = setupCognito();
    renderJourney('/sign-up');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await arriveBySignUp(user);
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    const waiting = await screen.findByRole('button', { name: 'Resend code in 30 s' });
    expect(waiting).toBeDisabled();
    expect(screen.getByText(/we sent a new code to grace@example\.com/i)).toBeInTheDocument();
    expect(fake.count('ResendConfirmationCode')).toBe(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(screen.getByRole('button', { name: 'Resend code in 20 s' })).toBeDisabled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20_000);
    });
    expect(screen.getByRole('button', { name: 'Resend code' })).toBeEnabled();
  });

  it('sends a visit without a pending confirmation to sign-in', async () => {
    setupCognito();
    renderJourney('/confirm-sign-up');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(currentLocation()).toBe('/sign-in');
  });

  it('"Back to sign-in" leaves the flow', async () => {
    setupCognito();
    const { user } = renderJourney('/sign-up');
    await arriveBySignUp(user);
    await user.click(screen.getByRole('button', { name: 'Back to sign-in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText(/confirmed/i)).not.toBeInTheDocument();
  });
});
