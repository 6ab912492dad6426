import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reply } from '../../support/cognito-http-fake';
import { expectNoAxeViolations } from '../../support/a11y';
import { currentLocation, PASSWORD, renderJourney, setupCognito } from './support';
import { expectFocus } from '../../support/focus';

type User = ReturnType<typeof renderJourney>['user'];

async function fill(user: User, values: { email?: string; name?: string; password?: string }) {
  if (values.email) await user.type(await screen.findByLabelText('Email'), values.email);
  if (values.name) await user.type(screen.getByLabelText('Name'), values.name);
  if (values.password) await user.type(screen.getByLabelText('Password'), values.password);
}

const requirement = (name: RegExp) =>
  within(screen.getByRole('list', { name: 'Password requirements' }))
    .getByText(name)
    .closest('li');

describe('SignUpScreen', () => {
  it('asks for email, name and password with the right autocomplete, and passes axe', async () => {
    setupCognito();
    renderJourney('/sign-up');
    await expectFocus(await screen.findByRole('heading', { level: 1, name: 'Create an account' }));
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByLabelText('Name')).toHaveAttribute('autocomplete', 'name');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expectNoAxeViolations();
  });

  it('adds a field for every configured sign-up attribute', async () => {
    setupCognito();
    renderJourney('/sign-up', {
      config: { signUpAttributes: ['name', 'family_name', 'custom:team_name'] },
    });
    expect(await screen.findByLabelText('Family name')).toHaveAttribute(
      'autocomplete',
      'family-name',
    );
    expect(screen.getByLabelText('Team name')).toBeInTheDocument();
  });

  it('validates every field, ties messages to them and focuses the first', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await fill(user, { password: 'short' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const email = screen.getByLabelText('Email');
    await expectFocus(email);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/enter your email address/i);
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/enter your name/i);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(
      /does not meet every requirement.*a number: not met/i,
    );
    expect(fake.count('SignUp')).toBe(0);
  });

  it('ticks the password checklist while typing', async () => {
    setupCognito();
    const { user } = renderJourney('/sign-up');
    const password = await screen.findByLabelText('Password');
    expect(requirement(/8 characters/)).toHaveAttribute('data-met', 'false');
    expect(requirement(/8 characters/)).toHaveTextContent('not met');
    await user.type(password, 'corr');
    expect(requirement(/lowercase/)).toHaveAttribute('data-met', 'true');
    expect(requirement(/uppercase/)).toHaveAttribute('data-met', 'false');
    await user.type(password, '3ct-Horse');
    for (const rule of [/8 characters/, /number/, /symbol/, /uppercase/, /lowercase/]) {
      expect(requirement(rule)).toHaveAttribute('data-met', 'true');
    }
    expect(password).toHaveAccessibleDescription(/at least 8 characters: met/i);
  });

  it('creates the account and moves on to confirmation with the email carried over', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await fill(user, { email: 'grace@example.com', name: 'Grace Hopper', password: PASSWORD });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await expectFocus(await screen.findByRole('heading', { level: 1, name: 'Confirm your email' }));
    expect(currentLocation()).toBe('/confirm-sign-up');
    expect(screen.getByText('grace@example.com')).toBeInTheDocument();
    expect(fake.callsTo('SignUp')[0]!.body).toMatchObject({
      Username: 'grace@example.com',
      Password: PASSWORD,
      UserAttributes: expect.arrayContaining([{ Name: 'name', Value: 'Grace Hopper' }]),
    });
  });

  it('offers sign-in and reset links for an existing account, keeping what was typed', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    const { user } = renderJourney('/sign-up');
    await fill(user, { email: 'ada@example.com', name: 'Ada', password: PASSWORD });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/already exists/i));
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(within(alert).getByRole('link', { name: 'Forgot password' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(screen.getByLabelText('Name')).toHaveValue('Ada');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);

    await user.click(within(alert).getByRole('link', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
  });

  it('puts a password the pool rejects next to the password field', async () => {
    const fake = setupCognito();
    fake.script('SignUp', () =>
      reply.error(
        'InvalidPasswordException',
        'Password does not conform to policy: Password must have symbol characters',
      ),
    );
    const { user } = renderJourney('/sign-up');
    await fill(user, { email: 'grace@example.com', name: 'Grace', password: PASSWORD });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(/doesn't meet the requirements/i);
    await expectFocus(password);
    expect(password).toHaveValue(PASSWORD);
  });

  it('offers "Try again" after a network failure without losing input', async () => {
    const fake = setupCognito();
    fake.script('SignUp', () => reply.networkError());
    const { user } = renderJourney('/sign-up');
    await fill(user, { email: 'grace@example.com', name: 'Grace', password: PASSWORD });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 5000 });
    expect(screen.getByLabelText('Email')).toHaveValue('grace@example.com');
    await user.click(retry);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Confirm your email' }),
    ).toBeInTheDocument();
  });
});

describe('SignUpScreen: company and the pre sign-up trigger (issue 15)', () => {
  it('sends the optional company only when given', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await fill(user, { email: 'grace@example.com', name: 'Grace Hopper' });
    await user.type(screen.getByLabelText('Company (optional)'), '  Navy  ');
    expect(screen.getByLabelText('Company (optional)')).toHaveAttribute(
      'autocomplete',
      'organization',
    );
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { level: 1, name: 'Confirm your email' });
    expect(fake.callsTo('SignUp')[0]!.body).toMatchObject({
      UserAttributes: expect.arrayContaining([{ Name: 'custom:company', Value: 'Navy' }]),
    });
  });

  it('leaves the company out when empty', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await fill(user, { email: 'grace@example.com', name: 'Grace Hopper', password: PASSWORD });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { level: 1, name: 'Confirm your email' });
    const names = (
      fake.callsTo('SignUp')[0]!.body as { UserAttributes: Array<{ Name: string }> }
    ).UserAttributes.map((a) => a.Name);
    expect(names).not.toContain('custom:company');
  });

  it("shows the trigger's own message next to the email field", async () => {
    const fake = setupCognito();
    fake.script('SignUp', () =>
      reply.error(
        'UserLambdaValidationException',
        'PreSignUp failed with error Please use a permanent email address.',
      ),
    );
    const { user } = renderJourney('/sign-up');
    await fill(user, { email: 'x@mailinator.com', name: 'X', password: PASSWORD });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/Please use a permanent email address\./);
    expect(email).not.toHaveAccessibleDescription(/PreSignUp failed/);
    await expectFocus(email);
  });
});
