import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reply } from '../../support/cognito-http-fake';
import { expectNoAxeViolations } from '../../support/a11y';
import { currentLocation, PASSWORD, renderJourney, setupCognito } from './support';
import { expectFocus } from '../../support/focus';

describe('ForgotPasswordScreen', () => {
  it('sends a code, then resets the password and returns to sign-in with a note', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: 'Old-pass1!' });
    const { user } = renderJourney('/forgot-password');
    await expectFocus(
      await screen.findByRole('heading', { level: 1, name: 'Reset your password' }),
    );
    await expectNoAxeViolations();
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    await expectFocus(
      await screen.findByRole('heading', { level: 1, name: 'Choose a new password' }),
    );
    expect(fake.callsTo('ForgotPassword')[0]!.body).toMatchObject({ Username: 'ada@example.com' });
    expect(screen.getByText(/a\*\*\*@e\*\*\*/)).toBeInTheDocument();
    const code = screen.getByLabelText('Code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByRole('list', { name: 'Password requirements' })).toBeInTheDocument();
    await expectNoAxeViolations();

    await user.type(code, '123456');
    await user.type(screen.getByLabelText('New password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(currentLocation()).toBe('/sign-in');
    expect(screen.getByText(/your password has been reset/i)).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(fake.users.get('ada@example.com')!.password).toBe(PASSWORD);
  });

  it('validates the second step and keeps the values after a wrong code', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/forgot-password');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });

    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await expectFocus(screen.getByLabelText('Code'));
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(/enter the code/i);
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /enter a new password/i,
    );
    expect(fake.count('ConfirmForgotPassword')).toBe(0);

    await user.type(screen.getByLabelText('Code'), '999999');
    await user.type(screen.getByLabelText('New password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const code = screen.getByLabelText('Code');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/isn't right/));
    expect(code).toHaveValue('999999');
    expect(screen.getByLabelText('New password')).toHaveValue(PASSWORD);
  });

  it('shows a failure to send the code in the summary', async () => {
    const fake = setupCognito();
    fake.script('ForgotPassword', () =>
      reply.error('LimitExceededException', 'Attempt limit exceeded'),
    );
    const { user } = renderJourney('/forgot-password');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/too many attempts/i));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
  });
});
